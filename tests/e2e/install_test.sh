#!/usr/bin/env bash
# The install made by `cmake --install` runs on its own: the binary finds the installed data,
# and the desktop entry and icon are in place for the desktop's menu.
# Usage: install_test.sh CMAKE BUILD_DIR PREFIX
set -euo pipefail
cmake=$1 build=$2 prefix=$3
rm -rf "$prefix"
"$cmake" --install "$build" --prefix "$prefix" > /dev/null
# Take one case out of the installed data only: the installed binary must not see it, which
# shows it reads the install and not the source tree it was built from.
rm "$prefix/share/pps-canvas/data/cases/09-civil.json"
cases=$(env -u PPS_CANVAS_DATA "$prefix/bin/pps-canvas" --list-cases --json)
grep -q '"id": "civ-water"' <<<"$cases" || { echo "installed binary lists no cases: $cases"; exit 1; }
if grep -q '"id": "civil"' <<<"$cases"; then echo "the installed binary read the source tree"; exit 1; fi
test -f "$prefix/share/applications/pps-canvas.desktop" || { echo "no desktop entry"; exit 1; }
test -f "$prefix/share/icons/hicolor/scalable/apps/pps-canvas.svg" || { echo "no icon"; exit 1; }
grep -q '^Exec=pps-canvas' "$prefix/share/applications/pps-canvas.desktop" ||
  { echo "desktop entry does not start pps-canvas"; exit 1; }
echo "install test passed: $prefix"
