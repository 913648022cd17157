#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the Debian package a table's administrator installs. CPack builds the .deb from
# BUILD_DIR into OUT_DIR; its control file must declare the dependencies, it must hold exactly
# what a table needs (no test binaries) and what a distribution asks for (manual pages, AppStream
# metainfo, copyright, changelog), lintian must find no error and no warning in it, and, unpacked
# into a scratch root, the packaged binary runs headless and in a window (Xvfb) on the packaged
# data and says the package's version.
# Usage: deb_test.sh CPACK BUILD_DIR CHECK_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/installed_tree.sh"
cpack=$1 build=$2 check=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log"; exit 1; }
debs=("$out"/pps-canvas_*.deb)
[ "${#debs[@]}" = 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: no single .deb in $out"; exit 1; }
deb=${debs[0]}
echo "package: $deb ($(stat -c %s "$deb") bytes)"

# The control file: the shared libraries' packages (dpkg-shlibdeps) and what is loaded at run
# time without being linked.
info=$(dpkg-deb -I "$deb")
depends=$(grep '^ Depends:' <<<"$info") || { echo "FAIL: no Depends in:"; echo "$info"; exit 1; }
echo "$depends"
for p in libglfw3 fonts-dejavu-core libgl1-mesa-dri hyphen-nl hyphen-en-us libhyphen0 libc6; do
  grep -Eq "[ ,]$p( |,|$)" <<<"$depends" || { echo "FAIL: Depends lacks $p"; exit 1; }
done
grep -q '^ Package: pps-canvas$' <<<"$info" || { echo "FAIL: the package is not pps-canvas"; exit 1; }

# Exactly what a table needs: the programs, their data, the desktop entry and the icon; and what
# a distribution asks for: the manual pages, the metainfo, the copyright file and the changelog.
allowed='^\./usr/(bin/(pps-canvas|pps-tuio-send)|share/pps-canvas/data/([a-z0-9-]+/)?[a-z0-9-]+\.json|share/applications/pps-canvas\.desktop|share/icons/hicolor/scalable/apps/pps-canvas\.svg|share/man/man1/(pps-canvas|pps-tuio-send)\.1\.gz|share/metainfo/nl\.ppscanvas\.PpsCanvas\.metainfo\.xml|share/doc/pps-canvas/(copyright|changelog\.gz))$'
files=$(dpkg-deb -c "$deb" | grep -v '^d' | awk '{print $6}')
extra=$(grep -Ev "$allowed" <<<"$files" || true)
[ -z "$extra" ] || { echo "FAIL: the package holds what a table does not need:"; echo "$extra"; exit 1; }
grep -qx './usr/bin/pps-canvas' <<<"$files" || { echo "FAIL: no usr/bin/pps-canvas"; exit 1; }
grep -q '^\./usr/share/pps-canvas/data/cases/' <<<"$files" || { echo "FAIL: no case studies"; exit 1; }

root="$out/root"
dpkg-deb -x "$deb" "$root"
app="$root/usr/bin/pps-canvas"
data="$root/usr/share/pps-canvas/data"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own: a first start
unset PPS_CANVAS_DATA

# Headless.
"$app" --list-cases | tee "$out/cases.txt" | grep -q '^civ-water ' ||
  { echo "FAIL: --list-cases:"; cat "$out/cases.txt"; exit 1; }
result=$("$app" --classify civil --json)
grep -q '"type": "ondernemer"' <<<"$result" || { echo "FAIL: --classify civil: $result"; exit 1; }

# In a window: CIV Water's 8 tokens against the empty board, the same check as the screenshot
# test, with the packaged model.
png="$out/civ-water.png" empty="$out/empty.png"
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash -c \
  '"$1" --open civ-water --size 1280x800 --screenshot "$2" && "$1" --size 1280x800 --screenshot "$3"' \
  _ "$app" "$png" "$empty"
"$check" "$png" 1280 800 "$data/model.json" "$empty" 8

# It read the packaged data, not the source tree's (this takes a case out of the package).
check_installed_tree "$root/usr"

# The version the package says is the one the binary says.
version=$(dpkg-deb -f "$deb" Version)
said=$("$app" --version)
said=${said%%$'\n'*}  # its first line
[ "$said" = "pps-canvas $version" ] ||
  { echo "FAIL: the package is version $version, pps-canvas --version says: $said"; exit 1; }

# The metainfo as a software centre reads it from the installed tree: its launchable is the
# packaged desktop entry.
appstreamcli validate-tree --no-net --strict "$root" ||
  { echo "FAIL: appstreamcli validate-tree on the unpacked package"; exit 1; }

# Debian's own checks: no error and no warning (informational tags are shown, not failed on).
command -v lintian >/dev/null ||
  { echo "FAIL: lintian is missing: install lintian (bash third_party/setup.sh)"; exit 1; }
echo "lintian:"
lintian --display-info --fail-on error,warning "$deb" 2>&1 | tee "$out/lintian.txt" ||
  { echo "FAIL: lintian found errors or warnings in $deb (above)"; exit 1; }
echo "deb test passed: $deb"
