#!/usr/bin/env bash
# End to end: a frame that draws only what changed leaves the screen as a whole frame draws it.
# Under Xvfb the app draws with llvmpipe, so it draws and shows only the rects that changed
# (app/platform/presenter). Real X input drags a token, taps one (its card opens), taps the
# board (the card closes), turns the view and drags in it, hovers over the panels; after each,
# the screen as the X server has it (import) is compared with the same screen after the window
# was unmapped and mapped again, which loses its pixels and has the app draw it whole: they
# must not differ in one pixel. The frame log must show frames that drew a small part of the
# screen, so that the test cannot pass with whole frames only.
# Usage: damage_test.sh PPS_CANVAS COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 compare=$3 out=$4
  "$app" --size 1280x800 --open civ-water --frame-log "$out/frames.txt" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  sleep 1
  failures=0
  # The screen now, and again after the window lost its pixels and was drawn whole.
  check() {
    local name=$1
    sleep 1.6  # the zwaartepunt's trail fades for 1.2 s: the screen settles first
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

app=$1 compare=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data"
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$compare" "$out"
