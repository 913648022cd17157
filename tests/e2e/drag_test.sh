#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: real X input (xdotool) drags a token of Zorgboulevard Roosendaal across the
# formal axis in the real binary under Xvfb. Twice: once quitting with Ctrl+Q and
# --save-on-exit, once crashing (kill -9) and starting again from the autosave. Both boards
# must classify as opleider.
# Usage: drag_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

# Inside Xvfb: start the app with the given arguments, drag with real X events, then end it:
# "quit" with Ctrl+Q, or "crash" with SIGKILL.
if [ "${1:-}" = "--inside-xvfb" ]; then
  ending=$2 app=$3
  shift 3
  # At 1280x800 and scale 1 the board is the square (236,78)-(880,722): 322 px per board unit,
  # centre (558,400). "Gezamenlijk uitwerken scenario's" stands at formal -0.75, outside -0.40.
  "$app" --size 1280x800 "$@" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  sleep 0.5
  xdotool mousemove --window "$wid" 360 271 mousedown 1
  for x in 420 500 580 660 740 800 876; do xdotool mousemove --window "$wid" "$x" 271; sleep 0.05; done
  xdotool mouseup 1
  sleep 0.5
  if [ "$ending" = crash ]; then
    kill -9 "$pid"
    wait "$pid" || true
    exit 0
  fi
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
saved="$out/dragged.json" recovered="$out/recovered.json"
before="$out/zorgboulevard-before.png" after="$out/zorgboulevard-after.png"
rm -f "$saved" "$recovered"
xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
expect_opleider() {
  test -s "$1" || { echo "no sketch was written to $1"; exit 1; }
  result=$("$app" --classify "$1" --json)
  echo "$result"
  grep -q '"type": "opleider"' <<<"$result" || { echo "expected opleider in $1"; exit 1; }
}

# Quit with Ctrl+Q: the board is written on exit.
"${xvfb[@]}" bash "$0" --inside-xvfb quit "$app" --open zorgboulevard-roosendaal --save-on-exit "$saved"
expect_opleider "$saved"

# Crash right after the drag, then start again without --open: the board comes back.
rm -rf "$XDG_STATE_HOME"
"${xvfb[@]}" bash "$0" --inside-xvfb crash "$app" --open zorgboulevard-roosendaal
"${xvfb[@]}" "$app" --frames 3 --save-on-exit "$recovered"
expect_opleider "$recovered"

# Screenshots of before and after, for people to look at.
"${xvfb[@]}" "$app" --open zorgboulevard-roosendaal --screenshot "$before"
"${xvfb[@]}" "$app" --open "$saved" --screenshot "$after"
echo "drag test passed: $saved, $recovered"
