#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: activities carried from the library straight onto the board with real X input
# (xdotool: press on the activity in the sidebar, move sideways across to the board, let go) in
# the real binary under Xvfb, bare and under openbox. On an empty board: "Practoraat" carried
# to formal 0.6, outside 0.55 stands there; "+ Eigen activiteit" carried to formal -0.5, outside
# 0.5 asks its name ("Hackathon", typed on the X keyboard) and stands there; one let go over the
# toolbar adds nothing. Then ↶ says what it undid, on the board.
# Usage: carry_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

# Carries button $1 to window px $2 $3 with real X input (a sideways start, as a hand moves).
carry() {
  local from
  from=($(button_at "$1")) || exit 1
  drag "${from[0]}" "${from[1]}" "$2" "$3" 12
}

if [ "${1:-}" = "--inside-xvfb" ]; then
  how=$2 app=$3 probe=$4 out=$5
  shift 5
  [ "$how" = openbox ] && start_openbox "$out/openbox.log"  # sets wm
  start_app "$app" "$probe" --size 1280x800 "$@"
  tap add_activity
  carry practoraat $(board_at 0.6 0.55)
  wait_saved "the carried activity"
  carry own_activity $(board_at -0.5 0.5)
  wait_settled
  layout_line button key_ok >/dev/null  # the keyboard is open
  act xdotool type --delay 30 "Hackathon"
  key Return
  wait_saved "one's own activity"
  toolbar=($(button_at new))
  carry practoraat "${toolbar[0]}" $((toolbar[1] + 120))  # over the toolbar: nothing
  wait_settled
  tap undo
  import -window root "$out/undone-$how.png"  # "↶ Toevoegen van “Hackathon” ongedaan gemaakt"
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
for wm in bare openbox; do
  export XDG_STATE_HOME="$out/$wm/state" XDG_DATA_HOME="$out/$wm/data"  # away from the user's
  rm -rf "$out/$wm"
  mkdir -p "$out/$wm"
  saved="$out/$wm/carried.json"
  "${xvfb[@]}" bash "$0" --inside-xvfb "$wm" "$app" "$out/$wm/app" "$out" --save-on-exit "$saved"
  # After ↶: Practoraat where it was let go; Hackathon undone.
  python3 - "$saved" <<'EOF'
import json, sys
tokens = json.load(open(sys.argv[1]))["tokens"]
labels = [t["label"] for t in tokens]
assert labels == ["Practoraat"], f"expected only Practoraat after the undo, found {labels}"
t = tokens[0]
assert abs(t["formal"] - 0.6) < 0.01 and abs(t["outside"] - 0.55) < 0.01, \
    f"Practoraat stands at {t['formal']}, {t['outside']}, not 0.6, 0.55"
EOF
  # Before the undo, Hackathon stood where it was let go: the step to redo has it there.
  python3 - "$XDG_STATE_HOME/pps-canvas/history.json" <<'EOF'
import json, sys
history = json.load(open(sys.argv[1], encoding="utf-8"))
added = [history["tokens"][change["after"]["token"]]
         for step in history["redo"] for change in step if "after" in change and "id" in change]
assert [t["label"] for t in added] == ["Hackathon"], f"the step to redo adds {added}"
t = added[0]
assert abs(t["formal"] + 0.5) < 0.01 and abs(t["outside"] - 0.5) < 0.01, \
    f"Hackathon stood at {t['formal']}, {t['outside']}, not -0.5, 0.5"
EOF
  echo "carry test ($wm) passed: $saved"
done
