#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the presenter's view on a second screen, with real X input (xdotool) under Xvfb.
#  - Two screens (Xvfb +xinerama, 1920x1080 and 1280x800): F5 fills the first with the board
#    (the app's window 1920x1080) and opens "PPS Canvas — presenter" on the second, as large as
#    it is. Xvfb lays its screens' heads one over the other at (0,0), so each window's place and
#    size are checked, and the presenter's own pixels (import -window): its notes have ink, and
#    paper, not the board. The app's window stays mapped (no iconify when the presenter's takes
#    the focus). A click on its Wissel schermen gives the room the 1280x800 screen and the
#    presenter the 1920x1080 one, and is kept in settings.json; Esc, pressed in the presenter's
#    window, ends presenting: the presenter's window closes, the app's comes back to its own
#    1000x700 (a size neither screen has).
#  - One screen: F5 presents, and no presenter's window opens.
#  - Under openbox, two screens: F5 opens the presenter's window; a click in it takes the focus
#    and the room's window stays fullscreen and mapped; Esc closes it.
# Usage: presenter_test.sh PPS_CANVAS CHECK_PNG OUT_DIR
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=x_app.sh disable=SC1091
. "$here/x_app.sh"
title="PPS Canvas — presenter"

# Prints the presenter's window "X Y W H" from the layout, or nothing while it is closed.
speaker_rect() {
  awk '$1 == "speaker" { print $2, $3, $4, $5 }' "$APP_LAYOUT"
}

# Waits until the layout shows the presenter's window at "$1" ("X Y W H"; "" closed) and the app
# has settled there at $2 (its window's WxH).
wait_speaker() {
  await 20 "[ \"\$(speaker_rect)\" = \"$1\" ] && [ \"\${S[size]}\" = $2 ] && (( \${S[settled]} == 1 ))" \
    "the presenter's window at \"$1\" and the app's at $2 (layout: $(grep speaker "$APP_LAYOUT" | head -n 1))"
}

# Prints the id of the visible presenter's window, or nothing.
speaker_window() {
  xdotool search --onlyvisible --name "$title" 2>/dev/null | head -n 1 || true
}

# Clicks the presenter's button $1, as the mouse of the trainer's laptop does.
click_speaker() {
  local at
  at=$(awk -v id="$1" '$1 == "speaker" { x = $2; y = $3 }
    $1 == "speaker-button" && $2 == id { printf "%d %d\n", x + ($3 + $5) / 2, y + ($4 + $6) / 2 }' \
    "$APP_LAYOUT")
  [ -n "$at" ] || { echo "FAIL: no button $1 in the presenter's window"; exit 1; }
  # shellcheck disable=SC2086
  xdotool mousemove $at click 1
}

# Fails unless the presenter's window $1 (W H $2 $3) shows its notes: ink below its top rows, on
# paper (not the room's board).
check_notes() {
  local shot="$out/speaker-$step.png" ink
  import -window "$1" "$shot"
  ink=$("$check_png" --ink "$shot" 0 140 "$2" "$3")
  echo "the presenter's notes: $ink px"
  read -r -a n <<<"$ink"
  ((n[1] * 100 >= n[3])) || { echo "FAIL: the presenter's window shows no notes"; exit 1; }
  # Points over the notes: most are the paper between the lines (the board has none there).
  paper=$("$check_png" --pixels "$shot" $(($2 / 4)) $(($3 / 4)) $(($2 * 3 / 4)) $(($3 / 4)) \
    $(($2 / 4)) $(($3 * 3 / 4)) $(($2 * 3 / 4)) $(($3 * 3 / 4)) |
    awk '$1 == 247 && $2 == 245 && $3 == 240 { n++ } END { print n + 0 }')
  ((paper >= 2)) || { echo "FAIL: the presenter's window shows no paper: the board?"; exit 1; }
}

# Fails unless window $1 is mapped and viewable: not iconified, not withdrawn.
expect_viewable() {
  xwininfo -id "$1" | grep -q "Map State: IsViewable" ||
    { echo "FAIL: the room's window is not on screen: $(xwininfo -id "$1" | grep 'Map State')"; exit 1; }
}

# Starts the app with "$@" and waits for it to settle on screen: sets pid and wid.
start_app() {
  use_app "$out/app-$step"
  "$app" "${PROBE[@]}" --size 1000x700 "$@" 2>"$out/app-$step.log" &
  pid=$!
  wid=$(window_of "$pid")
  use_app "$out/app-$step" "$wid" "$pid"
  wait_started
}

if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3 check_png=$4 out=$5
  trap 'kill "${pid:-}" "${wm:-}" 2>/dev/null || true' EXIT
  if [ "$step" = openbox ]; then start_openbox "$out/openbox.log"; fi
  start_app --open civil
  [ -z "$(speaker_rect)" ] || { echo "FAIL: a presenter's window before presenting"; exit 1; }
  [ "$step" = openbox ] && xdotool windowactivate --sync "$wid"
  key F5
  case $step in
    two)
      wait_speaker "0 0 1280 800" 1920x1080
      sid=$(speaker_window)
      [ -n "$sid" ] || { echo "FAIL: no window named \"$title\" on screen"; exit 1; }
      echo "presenting: the room's window $(xdotool getwindowgeometry "$wid" | tr -s '\n ' ' ')"
      echo "the presenter's: $(xdotool getwindowgeometry "$sid" | tr -s '\n ' ' ')"
      check_notes "$sid" 1280 800
      expect_viewable "$wid"
      click_speaker swap_screens
      wait_speaker "0 0 1920 1080" 1280x800
      expect_viewable "$wid"
      grep -q '"room_screen": 1' "$XDG_STATE_HOME/pps-canvas/settings.json" ||
        { echo "FAIL: the room's screen was not kept in settings.json"; exit 1; }
      echo "after Wissel schermen: the room has the 1280x800 screen, the presenter the 1920x1080"
      mark
      sid=$(speaker_window)
      xdotool windowfocus --sync "$sid"
      xdotool key Escape  # to the presenter's window, which has the focus
      wait_speaker "" 1000x700
      [ -z "$(speaker_window)" ] || { echo "FAIL: the presenter's window stayed open"; exit 1; }
      echo "Esc in the presenter's window ended presenting and closed it"
      ;;
    one)
      wait_size 1920x1080
      [ -z "$(speaker_rect)" ] && [ -z "$(speaker_window)" ] ||
        { echo "FAIL: a presenter's window with one screen"; exit 1; }
      echo "one screen: presenting, and no presenter's window"
      ;;
    openbox)
      await 20 "[ -n \"\$(speaker_rect)\" ] && (( \${S[settled]} == 1 ))" \
        "the presenter's window under openbox"
      sid=$(speaker_window)
      [ -n "$sid" ] || { echo "FAIL: no window named \"$title\" on screen"; exit 1; }
      echo "under openbox: the presenter's window $(speaker_rect)"
      # A click in the presenter's window gives it the focus: the room's stays on screen, whole.
      click_speaker swap_screens
      await 20 "[ \"\$(speaker_rect | cut -d' ' -f3)\" = 1920 ] && (( \${S[settled]} == 1 ))" \
        "the presenter's window on the 1920x1080 screen after Wissel schermen"
      expect_viewable "$wid"
      [ "$(xdotool getactivewindow)" = "$sid" ] || echo "note: the presenter's window has no focus"
      echo "under openbox: after Wissel schermen the room's window $(xdotool getwindowgeometry "$wid" | tr -s '\n ' ' ')"
      xdotool windowactivate --sync "$wid"
      key Escape
      await 20 "[ -z \"\$(speaker_rect)\" ] && (( \${S[settled]} == 1 ))" \
        "the presenter's window to close on Esc under openbox"
      echo "under openbox: Esc closed the presenter's window"
      ;;
  esac
  quit "$pid" "$wid"
  exit 0
fi

app=$1 check_png=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
two="+xinerama -screen 0 1920x1080x24 -screen 1 1280x800x24"
failed=""
for run in "two:$two" "one:-screen 0 1920x1080x24" "openbox:$two"; do
  step=${run%%:*} server=${run#*:}
  echo "--- $step: $server"
  rm -f "$XDG_STATE_HOME/pps-canvas/settings.json"  # each run with the room on the primary
  "$here/xvfb_run.sh" -a -s "$server" bash "$0" --inside-xvfb "$step" "$app" "$check_png" "$out" ||
    { failed+=" $step"; echo "--- the app's log:"; cat "$out/app-$step.log"; }
done
[ -z "$failed" ] || { echo "presenter test FAILED:$failed"; exit 1; }
echo "presenter test passed"
