#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: a frame that draws only what changed leaves the screen as a whole frame draws it.
# Under Xvfb the app draws with llvmpipe, so it draws and shows only the rects that changed
# (app/platform/presenter), and draws its layer of still chips again only where a press or a
# release changed it (app/platform/layer_cache). Real X input drags a token, undoes and redoes
# the drag with the keys, taps one (its card opens), taps the board (the card closes), switches
# to English (the labels of the chips change in their texture, under the same quads); five TUIO
# fingers drag five tokens at once (more changed places than a frame draws rects: they are
# merged); the view turns and a drag follows
# in it; the mouse hovers over the panels; the view turns back. After each, the screen as the X
# server has it (import) is compared with the same screen after the window was unmapped and
# mapped again, which loses its pixels and has the app draw it whole: they must not differ in
# one pixel. Then a new app with --whole-frames opens the board as the first one saved it: its
# board must not differ in one pixel from the first app's last screen. The frame log must show
# frames that drew a small part of the screen, so that the test cannot pass with whole frames
# only.
# Usage: damage_test.sh PPS_CANVAS PPS_TUIO_SEND COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"
# The helpers print positions as words, split on purpose into arguments:
# shellcheck disable=SC2046,SC2207

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 send=$3 compare=$4 out=$5 port=$6
  use_app "$out/app"
  "$app" "${PROBE[@]}" --size 1280x800 --open civ-water --frame-log "$out/frames.txt" \
    --tuio "$port" --save-on-exit "$out/saved.json" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$out/app" "$wid" "$pid"
  wait_started
  failures=0
  # The screen once the app has settled (a trail fades for 1.2 s, a type's banner for 2.5 s), and
  # again after the window lost its pixels and was drawn whole.
  check() {
    local name=$1
    wait_settled 0 "$name"
    import -window root "$out/$name.png"
    mark
    xdotool windowunmap --sync "$wid"
    xdotool windowmap --sync "$wid"
    wait_exposed
    import -window root "$out/$name-whole.png"
    if "$compare" "$out/$name-whole.png" "$out/$name.png" 0 0 1280 800 0 0 0; then
      echo "$name: the same as drawn whole"
    else
      echo "$name: differs from the screen drawn whole (see $out/$name.png.diff.png)"
      failures=$((failures + 1))
    fi
  }
  drag_token cursussen -0.49 0.40 40
  check dragged
  # Undo and redo: the token jumps back and forth with nothing held; only the still chips'
  # texture shows it.
  key ctrl+z
  check undone
  key ctrl+y
  check redone
  tap_token modules  # a tap: the token's card opens beside it
  check card
  tap_at $(board_at -0.80 0.93)  # the board, away from the card: it closes
  check card-closed
  tap_twice other_language  # English: every chip's label, in the still chips' texture
  check english
  # Five fingers, each on a token, apart at once.
  act "$send" "127.0.0.1:$port" --duration 700 \
    --drag $(tuio_token co-creatie-sessies) 0.2500 0.1500 \
    --drag $(tuio_token opleidingen) 0.5500 0.4000 \
    --drag $(tuio_token trainingen) 0.3200 0.8200 \
    --drag $(tuio_token bedrijfsopleidingen) 0.6500 0.8500 \
    --drag $(tuio_token bbl-trajecten-groen) 0.6600 0.3300
  check fingers
  tap_twice turn  # ↻: the view turns for the other side of the table
  check turned
  drag_token modules 0.09 -0.33 30  # in the turned view: the layout gives the screen's px
  check turned-dragged
  mark
  xdotool mousemove 1000 120 sleep 0.05 mousemove 1060 120 sleep 0.05 mousemove 1120 120 \
    sleep 0.05 mousemove 1180 120
  wait_settled 4 "hovering over the panels"
  check hovered
  # Upright again, the mouse away from the board: the board as the last frames left it, its still
  # chips in a texture drawn again only where presses and releases changed it.
  tap_twice turn
  mark
  xdotool mousemove 8 792
  wait_settled 1 "the mouse moved away"
  check upright
  board=($(awk '$1 == "board" { print $2, $3, $4 - $2, $5 - $3 }' "$APP_LAYOUT"))
  quit "$pid" "$wid"
  trap - EXIT
  # The same board in a new app that draws everything whole: the board must not differ.
  "$app" --size 1280x800 --open "$out/saved.json" --lang en --whole-frames --screenshot "$out/fresh.png"
  if "$compare" "$out/fresh.png" "$out/upright.png" "${board[@]}" 0 0 0; then
    echo "the board is the same as a new app draws it whole"
  else
    echo "the board differs from a new app's, drawn whole (see $out/upright.png.diff.png)"
    failures=$((failures + 1))
  fi
  # Some frames drew a small part of the screen: the frame log's last column.
  small=$(awk '!/^#/ && $5 > 0 && $5 < 0.25 { n++ } END { print n + 0 }' "$out/frames.txt")
  echo "$small frames drew less than a quarter of the screen"
  [ "$small" -ge 20 ] || { echo "expected frames that draw only what changed"; exit 1; }
  exit "$failures"
fi

app=$1 send=$2 compare=$3 out=$4
rm -rf "$out"
mkdir -p "$out"
export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data"
port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$send" "$compare" "$out" \
  "$port"
