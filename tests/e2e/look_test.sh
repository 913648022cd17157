#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the board looks as it did. The real binary renders the views of tests/e2e/look/
# under Xvfb, and each is compared with its reference PNG (the rendering before the drawing was
# made fast) over the toolbar and the board (the sidebar's text changes with the guidance and is
# left out): mean absolute difference per channel at most 0.5 (of 255), at most 0.5 % of the
# pixels differing by more than 16 in a channel and at most 2 % by more than 4 (a faint change
# over a large area). A failure leaves NAME.png.diff.png in OUT_DIR.
# LOOK_UPDATE=1 writes the references anew (only after looking at the new rendering).
# Usage: look_test.sh PPS_CANVAS COMPARE_PNG OUT_DIR
set -euo pipefail
app=$1 compare=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
look=$here/look
mkdir -p "$out"
sketches=$(mktemp -d)
trap 'rm -rf "$sketches"' EXIT
# The data as the references were drawn with: the case studies and the activity library (their
# tokens' places and labels) from look/data, so that the content can be edited without touching
# this test; the model, guidance and strings from the app's data (what the board is made of).
data=$sketches/data
mkdir -p "$data"
cp "$here/../../data/model.json" "$here/../../data/guidance.json" "$here/../../data/strings.json" \
  "$data/"
cp -r "$look/data/cases" "$look/data/library.json" "$data/"
python3 "$look/many_tokens.py" "$data/library.json" 1000 "$sketches/many.json"

# name  size  region (x y w h: toolbar and board)  arguments
views=(
  "empty 1280x800 0 0 896 800"
  "civ-water 1280x800 0 0 896 800 --open civ-water"
  "civ-water-en 1280x800 0 0 896 800 --open civ-water --lang en"
  "civil-moved 1280x800 0 0 896 800 --open $look/civil-moved.json"
  "civil-moved-1080 1920x1080 0 0 1344 1080 --open $look/civil-moved.json"
  "many-1080 1920x1080 0 0 1344 1080 --open $sketches/many.json"
)
failures=0
for view in "${views[@]}"; do
  read -r name size x y w h args <<<"$view"
  png="$out/$name.png"
  rm -f "$png" "$png.diff.png"
  # A fresh state folder: no board comes back from an earlier run.
  rm -rf "$out/state" && mkdir -p "$out/state"
  # shellcheck disable=SC2086
  XDG_STATE_HOME="$out/state" "$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1920x1080x24" \
    "$app" --data "$data" --size "$size" --screenshot "$png" $args
  if [ "${LOOK_UPDATE:-0}" = 1 ]; then
    cp "$png" "$look/$name.png"
    echo "updated $look/$name.png"
    continue
  fi
  "$compare" "$look/$name.png" "$png" "$x" "$y" "$w" "$h" || failures=$((failures + 1))
done
[ "${LOOK_UPDATE:-0}" = 1 ] && exit 0
[ "$failures" -eq 0 ] || { echo "look test: $failures view(s) look different"; exit 1; }
echo "look test passed: ${#views[@]} views as in the references"
