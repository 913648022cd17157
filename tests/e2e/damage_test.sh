#!/usr/bin/env bash
# End to end: a frame that draws only what changed leaves the screen as a whole frame draws it.
# Under Xvfb the app draws with llvmpipe, so it draws and shows only the rects that changed
# (app/platform/presenter). Real X input drags a token, taps one (its card opens), taps the
# board (the card closes); five TUIO fingers drag five tokens at once (more changed places than
# a frame draws rects: they are merged); the view turns and a drag follows in it; the mouse
# hovers over the panels. After each,
# the screen as the X server has it (import) is compared with the same screen after the window
# was unmapped and mapped again, which loses its pixels and has the app draw it whole: they
# must not differ in one pixel. The frame log must show frames that drew a small part of the
# screen, so that the test cannot pass with whole frames only.
# Usage: damage_test.sh PPS_CANVAS PPS_TUIO_SEND COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 send=$3 compare=$4 out=$5 port=$6
  "$app" --size 1280x800 --open civ-water --frame-log "$out/frames.txt" --tuio "$port" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  sleep 1
  failures=0
  # The screen now, and again after the window lost its pixels and was drawn whole.
  check() {
    local name=$1
    sleep 2.8  # a trail fades for 1.2 s, a type's banner for 2.5 s: the screen settles first
    import -window root "$out/$name.png"
    xdotool windowunmap --sync "$wid"
    sleep 0.2
    xdotool windowmap --sync "$wid"
    sleep 0.8
    import -window root "$out/$name-whole.png"
    if "$compare" "$out/$name-whole.png" "$out/$name.png" 0 0 1280 800 0 0 0; then
      echo "$name: the same as drawn whole"
    else
      echo "$name: differs from the screen drawn whole (see $out/$name.png.diff.png)"
      failures=$((failures + 1))
    fi
  }
  drag() {  # from x y, by dx dy per step, steps
    xdotool mousemove "$1" "$2" mousedown 1
    for i in $(seq 1 "$5"); do
      xdotool mousemove $(($1 + i * $3)) $(($2 + i * $4))
      sleep 0.02
    done
    xdotool mouseup 1
  }
  # At 1280x800 and scale 1: civ-water's "Cursussen" at (718,287), "Modules" at (766,142).
  drag 718 287 -8 6 40
  check dragged
  xdotool mousemove 766 142 click 1  # a tap: the token's card opens beside it
  check card
  xdotool mousemove 300 700 click 1  # the board, away from the card: it closes
  check card-closed
  # Five fingers (TUIO: the window's px over 1280 and 800), each on a token, apart at once:
  # Co-creatie sessies (445,255), Opleidingen (814,222), Trainingen (606,432),
  # Bedrijfsopleidingen (686,544), BBL-trajecten groen (781,464).
  "$send" "127.0.0.1:$port" --duration 700 \
    --drag 0.3477 0.3188 0.2500 0.1500 --drag 0.6359 0.2775 0.5500 0.4000 \
    --drag 0.4734 0.5400 0.3200 0.8200 --drag 0.5359 0.6800 0.6500 0.8500 \
    --drag 0.6102 0.5800 0.6600 0.3300
  check fingers
  xdotool mousemove 174 735 click 1  # ↻: the view turns for the other side of the table
  check turned
  drag $((1280 - 766)) $((800 - 142)) 6 -5 30
  check turned-dragged
  for x in 1000 1060 1120 1180; do xdotool mousemove "$x" 120; sleep 0.1; done
  check hovered
  quit "$pid" "$wid"
  trap - EXIT
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
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$send" "$compare" "$out" \
  "$port"
