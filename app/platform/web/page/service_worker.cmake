# SPDX-License-Identifier: EUPL-1.2
# cmake -DSITE=DIR -DTEMPLATE=sw.js.in -P service_worker.cmake: writes DIR/sw.js, which keeps
# every file of the site offline, under a version that is the hash of them all.
file(GLOB files RELATIVE ${SITE} ${SITE}/*)
list(REMOVE_ITEM files sw.js)
list(SORT files)
set(hashes "")
set(PPS_SITE_FILES "'./'")
foreach(file IN LISTS files)
  file(SHA256 ${SITE}/${file} hash)
  string(APPEND hashes "${hash}")
  string(APPEND PPS_SITE_FILES ", '${file}'")
endforeach()
string(SHA256 PPS_SITE_HASH "${hashes}")
string(SUBSTRING ${PPS_SITE_HASH} 0 16 PPS_SITE_HASH)
configure_file(${TEMPLATE} ${SITE}/sw.js @ONLY)
