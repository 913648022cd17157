#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: a token renamed on the on-screen keyboard, with real X input (xdotool taps: move,
# press and release at once) in the real binary under Xvfb. Tap "Cursussen" of CIV Water, tap
# Hernoem on its card, type " één" on the keys, Klaar; undo and redo with the toolbar's arrows;
# SIGKILL. Started again, the autosave has the new label, and one tap on undo takes it back:
# the history survived too.
# Usage: rename_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3 probe=$4
  shift 4
  start_app "$app" "$probe" --size 1280x800 "$@"
  if [ "$step" = rename ]; then
    tap_token cursussen  # its card opens
    tap token_rename     # Hernoem: the keyboard opens, the name selected
    tap entry_text       # past the name's end: the caret there, the name kept
    tap key_space
    tap_label "é"
    tap_label "é"
    tap_label "n"
    tap key_ok           # Klaar
    tap undo             # "Cursussen" again
    tap redo             # "Cursussen één"
    wait_saved "the rename"
    kill -9 "$pid"
    wait "$pid" || true
    exit 0
  fi
  tap undo  # after the restart
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data"  # away from the user's own
rm -rf "$XDG_STATE_HOME" "$XDG_DATA_HOME"
undone="$out/undone.json"
rm -f "$undone"
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
labels() {  # the token labels of sketch file $1, one per line
  python3 -c 'import json,sys; [print(t["label"]) for t in json.load(open(sys.argv[1]))["tokens"]]' "$1"
}

"${xvfb[@]}" bash "$0" --inside-xvfb rename "$app" "$out/app" --open civ-water
board="$XDG_STATE_HOME/pps-canvas/board.json"
if ! labels "$board" | grep -qx "Cursussen één"; then
  echo "after the crash the board has no token \"Cursussen één\":"
  labels "$board"
  exit 1
fi

"${xvfb[@]}" bash "$0" --inside-xvfb undo "$app" "$out/app" --save-on-exit "$undone"
if ! labels "$undone" | grep -qx "Cursussen" || labels "$undone" | grep -q "één"; then
  echo "one undo after the restart did not take the rename back:"
  labels "$undone"
  exit 1
fi
echo "rename test passed: $board, $undone"
