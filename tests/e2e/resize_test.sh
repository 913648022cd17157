#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the window may change size at any time under a window manager, and frames that
# draw only what changed follow it. Under Xvfb the app draws with llvmpipe, whose back buffer
# takes a new size only at a swap (app/platform/presenter): a copy of the new size from the old
# buffer was an X error that ended the app. With openbox managing the screen, --kiosk (made
# fullscreen by openbox) must draw at the screen's size, settle and live; then a 1280x800 window
# grows and shrinks 20 times and must draw at each size, settle and live; at the end the window as the X server shows it is compared with the same
# window after it was unmapped and mapped again, which loses its pixels and has the app draw it
# whole: they must not differ in one pixel. Only the window is compared, not the root: openbox
# places a window it maps again elsewhere. Each wait is for the app's own word that it has drawn
# at the size and settled (--status-file).
# Usage: resize_test.sh PPS_CANVAS COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"
screen_w=1920 screen_h=1080

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 compare=$3 out=$4
  start_openbox "$out/openbox.log"
  trap 'kill "${pid:-}" "$wm" 2>/dev/null || true' EXIT

  use_app "$out/kiosk"
  "$app" "${PROBE[@]}" --kiosk --open civ-water 2>"$out/kiosk.log" &
  pid=$!
  wid=$(window_of "$pid") || { kill -0 "$pid" 2>/dev/null || echo "FAIL: the kiosk ended"; exit 1; }
  use_app "$out/kiosk" "$wid" "$pid"
  # Made fullscreen by openbox, it draws at the screen's size (whole, then only what changed)
  # and settles; it dies, if at all, on one of those frames.
  wait_size "${screen_w}x${screen_h}"
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the kiosk ended"; exit 1; }
  eval "$(xdotool getwindowgeometry --shell "$wid")"
  [ "$WIDTH" = "$screen_w" ] && [ "$HEIGHT" = "$screen_h" ] ||
    { echo "FAIL: the kiosk is ${WIDTH}x${HEIGHT}, not ${screen_w}x${screen_h}"; exit 1; }
  echo "the kiosk drew and settled at ${WIDTH}x${HEIGHT}, and lives"
  quit "$pid" "$wid"
  # Under a window manager xdotool types into the focused window with XTEST, and ends on the X
  # error of the window gone before it lets go of Q: the key would repeat into the next window.
  xdotool keyup ctrl+q
  # Away from where the window will be (the kiosk left the pointer mid-screen): a window mapped
  # again lies elsewhere under the pointer, and what it hovers would differ.
  xdotool mousemove 0 $((screen_h - 1))

  # Grabs window $1 into $2; import waits for a click on a window when $1 is gone.
  grab() { timeout 10 import -window "$1" "$2" 2>/dev/null || true; }

  use_app "$out/app"
  "$app" "${PROBE[@]}" --size 1280x800 --open civ-water 2>"$out/app.log" &
  pid=$!
  wid=$(window_of "$pid")
  use_app "$out/app" "$wid" "$pid"
  wait_started
  # Grow past the size before, shrink, and again: the last is 1000x700. After each the app must
  # draw at the new size and settle (a wait that fails at once when the app ends).
  for size in 1600x900 1000x700 1900x1050 800x600 1700x1000 1100x650 1820x980 700x500 \
              1500x950 1200x760 1880x1040 900x560 1650x920 1050x690 1760x1010 760x540 \
              1540x870 1150x720 1900x1000 1000x700; do
    timeout 10 xdotool windowsize --sync "$wid" "${size%x*}" "${size#*x}" ||
      { echo "FAIL: the window did not take the size $size within 10 s"; exit 1; }
    wait_size "$size"
    echo "$size: lives"
  done
  grab "$wid" "$out/resized.png"
  mark
  xdotool windowunmap --sync "$wid"
  xdotool windowmap --sync "$wid"
  wait_exposed
  grab "$wid" "$out/whole.png"
  if ! "$compare" "$out/whole.png" "$out/resized.png" 0 0 "${size%x*}" "${size#*x}" 0 0 0; then
    echo "FAIL: the window differs from it drawn whole (see $out/resized.png.diff.png)"
    exit 1
  fi
  echo "the window after resizing is the same as drawn whole"
  quit "$pid" "$wid"
  exit 0
fi

app=$1 compare=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 ${screen_w}x${screen_h}x24" bash "$0" --inside-xvfb "$app" "$compare" \
  "$out" || { for log in kiosk app; do echo "--- $log.log:"; cat "$out/$log.log" || true; done
              exit 1; }
echo "resize test passed"
