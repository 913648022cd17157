#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the undo history survives a crash. Real X input (xdotool) drags two tokens of
# Zorgboulevard Roosendaal in the real binary under Xvfb, the app is killed (SIGKILL), started
# again from the autosave, and two clicks on the undo arrow take both drags back: the board
# saved at Ctrl+Q (--save-on-exit) classifies exactly as the case as published.
# Usage: history_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

# Inside Xvfb: "drag" drags two tokens and crashes; "undo" clicks undo twice and quits.
if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3
  shift 3
  "$app" --size 1280x800 "$@" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  sleep 0.5
  if [ "$step" = drag ]; then
    # At 1280x800 the board is the square (236,78)-(880,722): 322 px per board unit, centre
    # (558,400). "Gezamenlijk uitwerken scenario's" stands at formal -0.75, outside -0.40,
    # "Pilot accelerated learning" at formal -0.55, outside 0.20.
    xdotool mousemove --window "$wid" 360 271 mousedown 1
    for x in 420 500 580 660 740 800 876; do xdotool mousemove --window "$wid" "$x" 271; sleep 0.05; done
    xdotool mouseup 1
    sleep 0.5
    xdotool mousemove --window "$wid" 381 464 mousedown 1
    for y in 500 550 600 650 690; do xdotool mousemove --window "$wid" 420 "$y"; sleep 0.05; done
    xdotool mouseup 1
    sleep 1  # the autosave follows the release
    kill -9 "$pid"
    wait "$pid" || true
    exit 0
  fi
  # The undo arrow: the toolbar's second row, left half.
  for _ in 1 2; do
    xdotool mousemove --window "$wid" 60 72 click 1
    sleep 0.4
  done
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
undone="$out/undone.json"
rm -f "$undone"
xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
published=$("$app" --classify zorgboulevard-roosendaal --json)

"${xvfb[@]}" bash "$0" --inside-xvfb drag "$app" --open zorgboulevard-roosendaal
board="$XDG_STATE_HOME/pps-canvas/board.json" history="$XDG_STATE_HOME/pps-canvas/history.json"
test -s "$history" || { echo "no history was written beside $board"; exit 1; }
dragged=$("$app" --classify "$board" --json)
[ "$dragged" != "$published" ] || { echo "the drags did not change the board"; exit 1; }
echo "after the crash: $(grep -c . "$history") line(s), $(wc -c <"$history") bytes of history"

"${xvfb[@]}" bash "$0" --inside-xvfb undo "$app" --save-on-exit "$undone"
test -s "$undone" || { echo "no sketch was written to $undone"; exit 1; }
result=$("$app" --classify "$undone" --json)
if [ "$result" != "$published" ]; then
  echo "after two undos the board is not the case as published:"
  diff <(echo "$published") <(echo "$result") || true
  exit 1
fi
echo "history test passed: $undone"
