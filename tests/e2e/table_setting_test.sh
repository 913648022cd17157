#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the sides of the table, chosen in the app, are kept for the next start. Real X
# input (xdotool) in the real binary under Xvfb: one tap on "4" beside "Tafel" in the toolbar
# changes nothing, the second (on the same button, now asking to be sure) gives every side its
# strip; after Ctrl+Q the app starts again with four sides and no --table. --table 1 still wins
# for one run without changing what is kept; a settings file that holds 3 sides starts the app at
# one side, saying which file and where.
# Usage: table_setting_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

# Inside Xvfb: "choose" taps 4 (once, then to be sure) and quits; "look" prints whether the left
# side's strip shows, and quits.
if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3 probe=$4 log=$5
  shift 5
  use_app "$probe"
  "$app" "${PROBE[@]}" --size 1280x800 "$@" 2>"$log" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$probe" "$wid" "$pid"
  wait_started
  if [ "$step" = choose ]; then
    tap table_sides4
    layout_line button confirm-table_sides4 >/dev/null  # armed, for 3 s
    if grep -q '^button strip1_undo ' "$APP_LAYOUT"; then
      echo "FAIL: one tap on 4 changed the table"
      exit 1
    fi
    tap confirm-table_sides4
    layout_line button strip1_undo >/dev/null
  else
    wait_settled 0 "starting"
    if grep -q '^button strip1_undo ' "$APP_LAYOUT"; then echo "sides: 4"; else echo "sides: 1"; fi
  fi
  quit "$pid" "$wid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the settings and autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
settings="$XDG_STATE_HOME/pps-canvas/settings.json"
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
inside() { "${xvfb[@]}" bash "$0" --inside-xvfb "$1" "$app" "$out/app" "$out/app.log" "${@:2}"; }
expect() {
  local got
  got=$(inside look "${@:2}") || { echo "FAIL: the app ($*): $(cat "$out/app.log")"; exit 1; }
  [ "$got" = "sides: $1" ] || { echo "FAIL: started with ${*:2}: $got, expected $1"; exit 1; }
}

expect 1
inside choose || { echo "FAIL: choosing 4 sides: $(cat "$out/app.log")"; exit 1; }
grep -q '"table_sides": 4' "$settings" || { echo "FAIL: $settings: $(cat "$settings")"; exit 1; }
expect 4
expect 1 --table 1
expect 4  # --table changed nothing that is kept

printf '{"format": "pps-canvas/settings", "version": 1, "table_sides": 3}\n' >"$settings"
expect 1
grep -q "settings.json: /table_sides: expected 1, 2 or 4 sides, not 3" "$out/app.log" ||
  { echo "FAIL: a bad settings file was not named: $(cat "$out/app.log")"; exit 1; }
echo "table setting test passed"
