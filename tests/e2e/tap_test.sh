#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: taps as a touch screen sends them (move, press and release at once), with real X
# input (xdotool) on the real binary under Xvfb, on buttons of the toolbar and the sidebar, and
# a drag. After each, the real screen must already show the result: a screenshot taken with no
# further input must equal, pixel for pixel, one taken after a harmless key press elsewhere (the
# pixels are compared, never the image files: an xwd dump carries uninitialised pad bytes). Then
# Ctrl+Q with --save-on-exit, and the saved board must classify as opleider.
# Usage: tap_test.sh PPS_CANVAS COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 compare=$3 out=$4
  "$app" --size 1280x800 --save-on-exit "$out/tapped.json" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  sleep 1
  shot() { import -window root "$out/$1.png"; }
  same() { "$compare" "$out/$1.png" "$out/$2.png" 0 0 1280 800 0 0 0 >/dev/null 2>&1; }
  shot start
  last=start
  # still NAME: the screen shows NAME's result now, without waiting for another event. First
  # wait until it stops changing (a trail or a banner fades for up to 2.5 s), then press a key
  # that does nothing: the screen must not change. A type shift's banner stands still for 2 s
  # before it fades: after a shift, pass 3 (seconds) to wait it out.
  still() {
    sleep "${2:-0}"
    shot "$1"
    for _ in $(seq 30); do
      sleep 0.3
      shot "$1-next"
      same "$1" "$1-next" && break
      mv "$out/$1-next.png" "$out/$1.png"
    done
    xdotool key shift
    sleep 0.8
    shot "$1-after-shift"
    same "$1" "$1-after-shift" ||
      { echo "FAIL: after '$1' the screen changed on a harmless key press: the result was not drawn until the next input"; exit 1; }
    ! same "$last" "$1" ||
      { echo "FAIL: '$1' changed nothing on the screen"; exit 1; }
    echo "ok: $1 shown at once"
    last=$1
  }
  tap() { xdotool mousemove "$1" "$2" click 1; }
  # At 1280x800 and scale 1 the toolbar's rows are 44 px tall, 52 px apart, from y=20: New,
  # undo/redo, Reset/Previous, + Activity, then (8 px on) the nine cases. The sidebar starts at
  # x=896; with CIV Water open, its library's first activity is near y=430 and Done near y=334.
  tap 110 362; still "tap case 3"
  tap 110 198; still "tap + Activiteit"
  tap 1076 430; still "tap a library activity"
  # A finger-length tap: press, hold 60 ms, release.
  xdotool mousemove 1076 334 mousedown 1 sleep 0.06 mouseup 1; still "press and release Klaar"
  tap 60 94; still "tap undo"
  tap 110 258; still "tap case 1"
  # "Gezamenlijk uitwerken scenario's" of Zorgboulevard, dragged across the formal axis.
  xdotool mousemove 360 271 mousedown 1
  for x in 420 500 580 660 740 800 876; do xdotool mousemove "$x" 271; sleep 0.05; done
  xdotool mouseup 1
  still "drag across the axis" 3
  quit "$pid" "$wid"
  exit 0
fi

app=$1 compare=$2 out=$3
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME" "$out"/*.png "$out/tapped.json"
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$compare" "$out"
test -s "$out/tapped.json" || { echo "no sketch was written to $out/tapped.json"; exit 1; }
result=$("$app" --classify "$out/tapped.json" --json)
echo "$result"
grep -q '"type": "opleider"' <<<"$result" || { echo "expected opleider"; exit 1; }
grep -q '"id": "zorgboulevard-roosendaal"' "$out/tapped.json" ||
  { echo "expected Zorgboulevard on the board"; exit 1; }
echo "tap test passed"
