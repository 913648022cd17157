# SPDX-License-Identifier: EUPL-1.2
# Shared by the end-to-end scripts (sourced): finding the app's window and quitting it, with
# real X input under Xvfb.

# Waits for the visible window of process $1 and prints its id.
window_of() {
  local wid
  wid=$(timeout 20 xdotool search --sync --onlyvisible --pid "$1" | head -n 1)
  [ -n "$wid" ] || { echo "the window of process $1 did not appear within 20 s" >&2; exit 1; }
  echo "$wid"
}

# Quits process $1 (window $2) with Ctrl+Q and waits for it to end; fails when it does not.
quit() {
  # The app may be gone before the keys are released: X then reports the window as bad.
  xdotool key --window "$2" ctrl+q 2>/dev/null || true
  # That xdotool may have ended on the gone window before it let go of the keys: let go here,
  # or Q repeats into the next window.
  xdotool keyup ctrl+q 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$1" 2>/dev/null && { echo "process $1 did not quit on Ctrl+Q within 10 s"; exit 1; }
  wait "$1"
}
