#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the real binary in a real X window (Xvfb) writes a screenshot, which is checked.
# Usage: screenshot_test.sh PPS_CANVAS CHECK_PNG MODEL_JSON OUT_DIR
set -euo pipefail
app=$1 check=$2 model=$3 out=$4
mkdir -p "$out"
rm -rf "$out/empty-state"
png="$out/board-civ-water.png" empty="$out/board-empty.png"
rm -f "$png" "$empty"
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$app" --open civ-water --size 1280x800 --screenshot "$png"
# The empty board of a first start (no autosave): the same screen without tokens.
XDG_STATE_HOME="$out/empty-state" "$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$app" --size 1280x800 --screenshot "$empty"
# CIV Water has 8 tokens.
"$check" "$png" 1280 800 "$model" "$empty" 8

# Without a display the app explains what to do instead of failing obscurely.
set +e
msg=$(env -u DISPLAY -u WAYLAND_DISPLAY "$app" 2>&1)
code=$?
set -e
[ "$code" -ne 0 ] || { echo "expected a failure without a display"; exit 1; }
grep -q "xvfb-run" <<<"$msg" || { echo "no hint about xvfb-run in: $msg"; exit 1; }
echo "screenshot test passed: $png"
