#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# What describes the app to a desktop and a distribution, checked as they check it:
#   appstream  the AppStream metainfo passes `appstreamcli validate --strict` (no network)
#   desktop    the desktop entry passes `desktop-file-validate` with nothing to say
#   versions   CMakeLists.txt's version is the newest release of the metainfo, of
#              debian/changelog (the package's changelog.gz) and of CHANGELOG.md
# Usage: metadata_test.sh appstream|desktop|versions SOURCE_DIR VERSION
set -euo pipefail
check=$1 src=$2 version=$3
metainfo=$src/assets/nl.ppscanvas.PpsCanvas.metainfo.xml
need() {
  command -v "$1" >/dev/null ||
    { echo "FAIL: $1 is missing: install $2 (bash third_party/setup.sh)"; exit 1; }
}
case $check in
  appstream)
    need appstreamcli appstream
    appstreamcli validate --no-net --strict "$metainfo"
    ;;
  desktop)
    need desktop-file-validate desktop-file-utils
    said=$(desktop-file-validate "$src/assets/pps-canvas.desktop" 2>&1) ||
      { echo "FAIL: $said"; exit 1; }
    [ -z "$said" ] || { echo "FAIL: desktop-file-validate says: $said"; exit 1; }
    echo "desktop-file-validate: assets/pps-canvas.desktop is valid"
    ;;
  versions)
    need dpkg-parsechangelog dpkg-dev
    release=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -1 | cut -d'"' -f2)
    debian=$(dpkg-parsechangelog -l "$src/debian/changelog" -S Version)
    markdown=$(grep -oE '^## \[[0-9][^]]*\]' "$src/CHANGELOG.md" | head -1 | tr -d '#[] ')
    status=0
    for pair in "metainfo's newest release:$release" "debian/changelog:$debian" \
                "CHANGELOG.md's newest version:$markdown"; do
      if [ "${pair##*:}" != "$version" ]; then
        echo "FAIL: ${pair%:*} is '${pair##*:}', CMakeLists.txt's project() says $version"
        status=1
      fi
    done
    [ "$status" = 0 ] && echo "version $version in the metainfo, debian/changelog and CHANGELOG.md"
    exit "$status"
    ;;
  *) echo "unknown check $check"; exit 2 ;;
esac
