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
  ending=$2 app=$3 probe=$4
  shift 4
  start_app "$app" "$probe" --size 1280x800 "$@"
  # "Gezamenlijk uitwerken scenario's" (formal -0.75, outside -0.40) to the formal side.
  drag_token gezamenlijk-uitwerken-scenarios 0.85 -0.40
  wait_saved "the drag"
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
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
expect_opleider() {
  test -s "$1" || { echo "no sketch was written to $1"; exit 1; }
  result=$("$app" --classify "$1" --json)
  echo "$result"
  grep -q '"type": "opleider"' <<<"$result" || { echo "expected opleider in $1"; exit 1; }
}

# Quit with Ctrl+Q: the board is written on exit.
"${xvfb[@]}" bash "$0" --inside-xvfb quit "$app" "$out/app" --open zorgboulevard-roosendaal --save-on-exit "$saved"
expect_opleider "$saved"

# Crash right after the drag, then start again without --open: the board comes back.
rm -rf "$XDG_STATE_HOME"
"${xvfb[@]}" bash "$0" --inside-xvfb crash "$app" "$out/app" --open zorgboulevard-roosendaal
"${xvfb[@]}" "$app" --frames 3 --save-on-exit "$recovered"
expect_opleider "$recovered"

# Screenshots of before and after, for people to look at.
"${xvfb[@]}" "$app" --open zorgboulevard-roosendaal --screenshot "$before"
"${xvfb[@]}" "$app" --open "$saved" --screenshot "$after"
echo "drag test passed: $saved, $recovered"
