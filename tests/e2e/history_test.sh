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
  step=$2 app=$3 probe=$4
  shift 4
  start_app "$app" "$probe" --size 1280x800 "$@"
  if [ "$step" = drag ]; then
    # "Gezamenlijk uitwerken scenario's" (formal -0.75, outside -0.40) across the formal axis,
    # "Pilot accelerated learning" (formal -0.55, outside 0.20) further outside.
    drag_token gezamenlijk-uitwerken-scenarios 0.85 -0.40
    drag_token pilot-accelerated-learning -0.43 0.90
    wait_saved "the drags"  # the autosave follows the release
    kill -9 "$pid"
    wait "$pid" || true
    exit 0
  fi
  # The undo arrow, twice.
  tap undo
  tap undo
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
undone="$out/undone.json"
rm -f "$undone"
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
published=$("$app" --classify zorgboulevard-roosendaal --json)

"${xvfb[@]}" bash "$0" --inside-xvfb drag "$app" "$out/app" --open zorgboulevard-roosendaal
board="$XDG_STATE_HOME/pps-canvas/board.json" history="$XDG_STATE_HOME/pps-canvas/history.json"
test -s "$history" || { echo "no history was written beside $board"; exit 1; }
dragged=$("$app" --classify "$board" --json)
[ "$dragged" != "$published" ] || { echo "the drags did not change the board"; exit 1; }
echo "after the crash: $(grep -c . "$history") line(s), $(wc -c <"$history") bytes of history"

"${xvfb[@]}" bash "$0" --inside-xvfb undo "$app" "$out/app" --save-on-exit "$undone"
test -s "$undone" || { echo "no sketch was written to $undone"; exit 1; }
result=$("$app" --classify "$undone" --json)
if [ "$result" != "$published" ]; then
  echo "after two undos the board is not the case as published:"
  diff <(echo "$published") <(echo "$result") || true
  exit 1
fi
echo "history test passed: $undone"
