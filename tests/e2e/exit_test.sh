#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: no kill loses a settled step, and a polite end saves like Ctrl+Q.
# 1. Real X input (xdotool) drags two tokens of Zorgboulevard Roosendaal in the real binary under
#    Xvfb; the app is killed (SIGKILL) the moment its save of the second drag renames
#    history.json into place, and in a second round the moment it renames board.json
#    (kill_on_rename.py, inotify). Started again, the board shows both drags, and two taps on
#    undo give the case as published.
# 2. SIGTERM after a drag that the autosave could not write (its folder blocked, then back): the
#    app ends as Ctrl+Q does (exit 0), and the drag is in the autosave and in --save-on-exit.
# 3. A drag while the autosave's folder cannot be written (a file stands in its place), then
#    Ctrl+Q: the app stays and says why; once the folder is back it saves the drag and ends by
#    itself (exit 0). Asked a second time, it ends at once without the drag and says so (exit 1).
# Usage: exit_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
. "$here/x_app.sh"

# Waits up to 10 s for the output of command "$@" to differ from $want (polling it).
wait_change() {
  local want=$1
  shift
  for _ in $(seq 500); do [ "$("$@" 2>/dev/null)" != "$want" ] && return 0; sleep 0.02; done
  echo "FAIL: nothing changed within 10 s: $*"
  exit 1
}

if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3 state=$4
  shift 4
  use_app "$state"
  "$app" "${PROBE[@]}" --size 1280x800 "$@" 2>"$state.log" &
  pid=$!
  trap 'kill -9 "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$state" "$wid" "$pid"
  wait_started
  # "Gezamenlijk uitwerken scenario's" (formal -0.75, outside -0.40) across the formal axis;
  # "Pilot accelerated learning" (formal -0.55, outside 0.20) further outside.
  first=(gezamenlijk-uitwerken-scenarios 0.85 -0.40) second=(pilot-accelerated-learning -0.43 0.90)
  case $step in
    kill-at-*)  # two drags; killed as the second one's save renames NAME into place
      wait_saved "the start"
      drag_token "${first[@]}"
      wait_saved "the first drag"
      rm -f "$state/armed"
      python3 "$here/kill_on_rename.py" "$state" "${step#kill-at-}" "$pid" "$state/armed" &
      killer=$!
      wait_change "" ls "$state/armed"
      # shellcheck disable=SC2046
      send_drag $(token_drag "${second[@]}")
      wait "$killer" || { echo "FAIL: ${step#kill-at-} was not renamed after the second drag"; exit 1; }
      wait "$pid" && { echo "FAIL: the app was not killed"; exit 1; }
      exit 0 ;;
    undo)  # two taps on the undo arrow
      tap undo
      tap undo ;;
    term)  # a drag whose save fails, the folder back, then SIGTERM: only the exit saves it
      wait_saved "the start"
      mv "$state" "$state.aside" && touch "$state"
      drag_token "${second[@]}"
      # The app has taken the whole drag once it says the save failed: a signal before that
      # could end it before it read the drag's last events (TSan takes seconds a drag).
      wait_change 0 grep -c "autosave: " "$state.log"
      rm "$state" && mv "$state.aside" "$state"
      kill -TERM "$pid"
      await_exit "$pid" "the app did not end on SIGTERM"
      wait "$pid" || { echo "FAIL: after SIGTERM the app exited with $?"; exit 1; }
      exit 0 ;;
    unsaved-*)  # the folder blocked, a drag, Ctrl+Q: the app stays until saved or asked again
      wait_saved "the start"
      mv "$state" "$state.aside" && touch "$state"
      drag_token "${second[@]}"
      ctrl_q() { xdotool key --window "$wid" ctrl+q 2>/dev/null || true; xdotool keyup ctrl+q; }
      ctrl_q
      wait_change 0 grep -c "not quitting yet" "$state.log"
      kill -0 "$pid" || { echo "FAIL: Ctrl+Q with an unsaved drag quit at once"; exit 1; }
      if [ "$step" = unsaved-again ]; then
        ctrl_q
      else
        rm "$state" && mv "$state.aside" "$state"
      fi
      await_exit "$pid" "$step: the app did not end"
      code=0 && wait "$pid" || code=$?
      echo "$code" >"$state.code"
      exit 0 ;;
  esac
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
state=$XDG_STATE_HOME/pps-canvas
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
published=$("$app" --classify zorgboulevard-roosendaal --json)
# The place of the token whose label starts with $1 in the sketch file $2, as "formal outside".
place() {
  python3 -c 'import json, sys
for t in json.load(open(sys.argv[2]))["tokens"]:
    if t["label"].startswith(sys.argv[1]): print(t["formal"], t["outside"])' "$1" "$2"
}
first_published="-0.75 -0.4" second_published="-0.55 0.2"

for name in history.json board.json; do
  rm -rf "$XDG_STATE_HOME" "$out"/*.json
  mkdir -p "$state"
  "${xvfb[@]}" bash "$0" --inside-xvfb "kill-at-$name" "$app" "$state" --open zorgboulevard-roosendaal
  "${xvfb[@]}" bash "$0" --inside-xvfb start "$app" "$state" --save-on-exit "$out/restarted.json"
  [ "$(place Gezamenlijk "$out/restarted.json")" != "$first_published" ] ||
    { echo "FAIL: killed at $name: the restarted board lost the first drag"; exit 1; }
  [ "$(place Pilot "$out/restarted.json")" != "$second_published" ] ||
    { echo "FAIL: killed at $name: the restarted board lost the second drag"; exit 1; }
  "${xvfb[@]}" bash "$0" --inside-xvfb undo "$app" "$state" --save-on-exit "$out/undone.json"
  result=$("$app" --classify "$out/undone.json" --json)
  [ "$result" = "$published" ] ||
    { echo "FAIL: killed at $name: two undos did not give the case as published"; exit 1; }
  echo "ok: killed at the rename of $name, both drags came back and undo takes both back"
done

rm -rf "$XDG_STATE_HOME" "$out"/*.json
mkdir -p "$state"
"${xvfb[@]}" bash "$0" --inside-xvfb term "$app" "$state" --open zorgboulevard-roosendaal \
  --save-on-exit "$out/terminated.json"
test -s "$out/terminated.json" || { echo "FAIL: SIGTERM skipped --save-on-exit"; exit 1; }
[ "$(place Pilot "$out/terminated.json")" != "$second_published" ] ||
  { echo "FAIL: the drag before SIGTERM is not in --save-on-exit"; exit 1; }
[ "$(place Pilot "$state/board.json")" = "$(place Pilot "$out/terminated.json")" ] ||
  { echo "FAIL: the drag before SIGTERM is not in the autosave"; exit 1; }
echo "ok: SIGTERM saved the drag in the autosave and in --save-on-exit"

for step in unsaved-saved unsaved-again; do
  rm -rf "$XDG_STATE_HOME"
  mkdir -p "$state"
  "${xvfb[@]}" bash "$0" --inside-xvfb "$step" "$app" "$state" --open zorgboulevard-roosendaal
  code=$(cat "$state.code")
  if [ "$step" = unsaved-saved ]; then
    [ "$code" = 0 ] || { echo "FAIL: saved once the folder came back, yet exit $code"; exit 1; }
    [ "$(place Pilot "$state/board.json")" != "$second_published" ] ||
      { echo "FAIL: the drag made while the folder was blocked is not in the autosave"; exit 1; }
    echo "ok: Ctrl+Q waited for the blocked autosave and ended once it saved the drag"
  else
    [ "$code" = 1 ] || { echo "FAIL: Ctrl+Q twice with an unsaved drag: exit $code, not 1"; exit 1; }
    grep -q "quit without the last change" "$state.log" ||
      { echo "FAIL: Ctrl+Q twice did not say the change was lost"; cat "$state.log"; exit 1; }
    echo "ok: Ctrl+Q twice ended unsaved, and said so"
  fi
done
echo "exit test passed"
