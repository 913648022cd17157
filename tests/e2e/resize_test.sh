#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the window may change size at any time under a window manager, and frames that
# draw only what changed follow it. Under Xvfb the app draws with llvmpipe, whose back buffer
# takes a new size only at a swap (app/platform/presenter): a copy of the new size from the old
# buffer was an X error that ended the app. With openbox managing the screen, --kiosk (made
# fullscreen by openbox) must live 3 s; then a 1280x800 window grows and shrinks 20 times and
# must live after each; at the end the window as the X server shows it is compared with the same
# window after it was unmapped and mapped again, which loses its pixels and has the app draw it
# whole: they must not differ in one pixel. Only the window is compared, not the root: openbox
# places a window it maps again elsewhere.
# Usage: resize_test.sh PPS_CANVAS COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"
screen_w=1920 screen_h=1080

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 compare=$3 out=$4
  openbox --sm-disable >"$out/openbox.log" 2>&1 &
  wm=$!
  trap 'kill "${pid:-}" "$wm" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
    sleep 0.1
  done
  xprop -root _NET_SUPPORTING_WM_CHECK | grep -q "window id" ||
    { echo "FAIL: openbox did not take the screen within 10 s"; exit 1; }

  "$app" --kiosk --open civ-water 2>"$out/kiosk.log" &
  pid=$!
  wid=$(window_of "$pid") || { kill -0 "$pid" 2>/dev/null || echo "FAIL: the kiosk ended"; exit 1; }
  for _ in $(seq 30); do
    kill -0 "$pid" 2>/dev/null || { echo "FAIL: the kiosk ended within 3 s"; exit 1; }
    sleep 0.1
  done
  eval "$(xdotool getwindowgeometry --shell "$wid")"
  [ "$WIDTH" = "$screen_w" ] && [ "$HEIGHT" = "$screen_h" ] ||
    { echo "FAIL: the kiosk is ${WIDTH}x${HEIGHT}, not ${screen_w}x${screen_h}"; exit 1; }
  echo "the kiosk lived 3 s at ${WIDTH}x${HEIGHT}"
  quit "$pid" "$wid"
  # Under a window manager xdotool types into the focused window with XTEST, and ends on the X
  # error of the window gone before it lets go of Q: the key would repeat into the next window.
  xdotool keyup ctrl+q
  # Away from where the window will be (the kiosk left the pointer mid-screen): a window mapped
  # again lies elsewhere under the pointer, and what it hovers would differ.
  xdotool mousemove 0 $((screen_h - 1))

  # Grabs window $1 into $2; import waits for a click on a window when $1 is gone.
  grab() { timeout 10 import -window "$1" "$2" 2>/dev/null || true; }
  # Grabs window $1 into $3 once two grabs in a row show the same pixels at size $2 (WxH): the
  # app has drawn all it will. Fails when the app ends or the window does not settle.
  grab_settled() {
    local wid=$1 w=${2%x*} h=${2#*x} png=$3
    grab "$wid" "$png.last.png"
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app ended at $2"; exit 1; }
      sleep 0.1
      grab "$wid" "$png"
      if "$compare" "$png.last.png" "$png" 0 0 "$w" "$h" 0 0 0 >/dev/null 2>&1; then
        rm -f "$png.last.png" "$png.diff.png"
        return
      fi
      mv -f "$png" "$png.last.png" 2>/dev/null || true
    done
    echo "FAIL: the window did not settle at $2 within 50 grabs"
    exit 1
  }

  "$app" --size 1280x800 --open civ-water 2>"$out/app.log" &
  pid=$!
  wid=$(window_of "$pid")
  grab_settled "$wid" 1280x800 "$out/start.png"
  # Grow past the size before, shrink, and again: the last is 1000x700.
  for size in 1600x900 1000x700 1900x1050 800x600 1700x1000 1100x650 1820x980 700x500 \
              1500x950 1200x760 1880x1040 900x560 1650x920 1050x690 1760x1010 760x540 \
              1540x870 1150x720 1900x1000 1000x700; do
    timeout 10 xdotool windowsize --sync "$wid" "${size%x*}" "${size#*x}" ||
      { echo "FAIL: the window did not take the size $size within 10 s"; exit 1; }
    grab_settled "$wid" "$size" "$out/now.png"
    echo "$size: lives"
  done
  mv "$out/now.png" "$out/resized.png"
  xdotool windowunmap --sync "$wid"
  xdotool windowmap --sync "$wid"
  grab_settled "$wid" "$size" "$out/whole.png"
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
xvfb-run -a -s "-screen 0 ${screen_w}x${screen_h}x24" bash "$0" --inside-xvfb "$app" "$compare" \
  "$out" || { for log in kiosk app; do echo "--- $log.log:"; cat "$out/$log.log" || true; done
              exit 1; }
echo "resize test passed"
