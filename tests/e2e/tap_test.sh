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
  use_app "$out/app"
  "$app" "${PROBE[@]}" --size 1280x800 --save-on-exit "$out/tapped.json" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$out/app" "$wid" "$pid"
  wait_started
  shot() { import -window root "$out/$1.png"; }
  same() { "$compare" "$out/$1.png" "$out/$2.png" 0 0 1280 800 0 0 0 >/dev/null 2>&1; }
  shot start
  last=start
  # still NAME: once the app says it has settled (it sleeps until the next event; a trail or a
  # type's banner fades first), the screen shows NAME's result: a key that does nothing changes
  # no pixel, and NAME changed some.
  still() {
    wait_settled 0 "$1"
    shot "$1"
    key shift
    wait_settled 0 "a harmless key press"
    shot "$1-after-shift"
    same "$1" "$1-after-shift" ||
      { echo "FAIL: after '$1' the screen changed on a harmless key press: the result was not drawn until the next input"; exit 1; }
    ! same "$last" "$1" ||
      { echo "FAIL: '$1' changed nothing on the screen"; exit 1; }
    echo "ok: $1 shown at once"
    last=$1
  }
  # Each tap (move, press and release at once) waits until the app has taken it and settled.
  tap case2; still "tap case 3"
  tap add_activity; still "tap + Activiteit"
  tap practoraat; still "tap a library activity"
  # A finger-length tap: press, hold 60 ms (xdotool's own pause: the gesture's), release.
  klaar=$(button_at "close_library") || exit 1
  # shellcheck disable=SC2046,SC2086
  act xdotool mousemove $(in_window) $klaar mousedown 1 sleep 0.06 mouseup 1
  still "press and release Klaar"
  tap undo; still "tap undo"
  tap case0; still "tap case 1"
  # "Gezamenlijk uitwerken scenario's" of Zorgboulevard, dragged across the formal axis.
  drag_token gezamenlijk-uitwerken-scenarios 0.85 -0.40
  still "drag across the axis"
  quit "$pid" "$wid"
  exit 0
fi

app=$1 compare=$2 out=$3
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME" "$out"/*.png "$out/tapped.json"
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$compare" "$out"
test -s "$out/tapped.json" || { echo "no sketch was written to $out/tapped.json"; exit 1; }
result=$("$app" --classify "$out/tapped.json" --json)
echo "$result"
grep -q '"type": "opleider"' <<<"$result" || { echo "expected opleider"; exit 1; }
grep -q '"id": "zorgboulevard-roosendaal"' "$out/tapped.json" ||
  { echo "expected Zorgboulevard on the board"; exit 1; }
echo "tap test passed"
