#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: --kiosk fills the screen and ignores a window manager's close request (Alt+F4,
# the title bar's X); only Ctrl+Q quits. The close request is a real WM_DELETE_WINDOW message
# (close_request.py); first, without --kiosk, it must close the app, so the message works.
# The screen is not the app's default 1280x800, so only fullscreen can cover it.
# Usage: kiosk_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail

here=$(dirname "${BASH_SOURCE[0]}")
. "$here/x_app.sh"
screen_w=1600 screen_h=900

# Waits up to 10 s for process $1 to end and fails with $2 when it does not, or ends in error.
wait_exit() {
  await_exit "$1" "$2"
  wait "$1" || { echo "FAIL: process $1 exited with $?"; exit 1; }
}

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 out=$3
  # Without --kiosk, a close request closes the app, as any window does.
  use_app "$out/plain"
  "$app" "${PROBE[@]}" 2>"$out/plain.log" &
  plain=$!
  trap 'kill "$plain" "${kiosk:-}" 2>/dev/null || true' EXIT
  wid=$(window_of "$plain")
  use_app "$out/plain" "$wid" "$plain"
  wait_started
  python3 "$here/close_request.py" "$wid"
  wait_exit "$plain" "without --kiosk, a close request did not close the app"

  use_app "$out/kiosk"
  "$app" "${PROBE[@]}" --kiosk 2>"$out/kiosk.log" &
  kiosk=$!
  wid=$(window_of "$kiosk")
  use_app "$out/kiosk" "$wid" "$kiosk"
  wait_started
  eval "$(xdotool getwindowgeometry --shell "$wid")"
  echo "kiosk window: ${WIDTH}x${HEIGHT} at ($X,$Y) on a ${screen_w}x${screen_h} screen"
  [ "$WIDTH" = "$screen_w" ] && [ "$HEIGHT" = "$screen_h" ] && [ "$X" = 0 ] && [ "$Y" = 0 ] ||
    { echo "FAIL: the kiosk window does not cover the screen"; exit 1; }

  mark
  python3 "$here/close_request.py" "$wid"
  wait_frame "the close request"  # the app has taken it, and drawn and settled after it
  kill -0 "$kiosk" 2>/dev/null || { echo "FAIL: a close request closed the kiosk"; exit 1; }
  xdotool search --onlyvisible --pid "$kiosk" >/dev/null ||
    { echo "FAIL: the kiosk window is gone after a close request"; exit 1; }
  quit "$kiosk" "$wid"
  exit 0
fi

app=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 ${screen_w}x${screen_h}x24" bash "$0" --inside-xvfb "$app" "$out" ||
  { echo "--- without --kiosk:"; cat "$out/plain.log"; echo "--- --kiosk:"; cat "$out/kiosk.log"; exit 1; }
echo "kiosk test passed"
