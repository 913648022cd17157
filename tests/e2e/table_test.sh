#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: a table with several people at it, over TUIO on loopback (pps-tuio-send scripts).
# A palm of five contacts on the library, landing at once, 16 ms apart or lifted one by one, adds
# nothing, and a single tap right after adds one activity; a hand resting 1.5 s on the toolbar
# with its heel on the turn button turns nothing; a finger held still on a token for 0.6 s (its
# card opens) and then moved 200 px drags it 200 px; a finger resting on the board keeps nobody
# from tapping a button; two fingers tapping two buttons in one TUIO frame both press; and a
# finger that lifts in the frame another lands on a button does not swallow that tap (the
# language and the turn act on a second tap within 3 s: one tap only asks, and lapses). A tracker
# that reports contact sizes (/tuio/2Dblb, alone or beside /tuio/2Dcur with the same session
# ids): one contact the size of a hand's heel on the library adds nothing, a fingertip-sized one
# adds one activity, and a finger sent in both profiles adds one, not two.
# Usage: table_test.sh PPS_CANVAS PPS_TUIO_SEND OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 send=$3 port=$4 probe=$5 log=$6
  use_app "$probe"
  "$app" "${PROBE[@]}" --size 1280x800 --scale 1 --tuio "$port" --open civil 2>"$log" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$probe" "$wid" "$pid"
  wait_started

  tokens() { grep -c '^token ' "$APP_LAYOUT"; }
  shown() { awk -v id="$1" '$1 == "button" && $2 == id { $1 = $2 = $3 = $4 = $5 = $6 = ""; print; exit }' \
    "$APP_LAYOUT" | sed 's/^ *//'; }
  # Plays the script on stdin (<ms> <finger> <down|move|up> <x> <y>, window px, then optionally
  # the contact's <w> <h>, normalised) over TUIO, with pps-tuio-send's options $3...; waits
  # until the app has taken its $1 events and settled.
  play() {
    local events=$1 what=$2 ms finger phase x y size
    shift 2
    local script=""
    while read -r ms finger phase x y size; do
      script+="$ms $finger $phase $(tuio_xy "$x" "$y")${size:+ $size}"$'\n'
    done
    mark
    "$send" "127.0.0.1:$port" --script - "$@" <<<"$script" >/dev/null || { echo "FAIL: pps-tuio-send: $what"; exit 1; }
    wait_settled "$events" "$what"
  }
  expect() {  # $1 what, $2 got, $3 wanted
    [ "$2" = "$3" ] || { echo "FAIL: $1: $2, expected $3"; exit 1; }
    echo "ok: $1"
  }

  tap add_activity
  wait_settled 2 "opening the library"
  read -r lx ly < <(button_at practoraat)
  before=$(tokens)
  # A hand's five contacts around the library's first button (x within 90 px, y within 40).
  hand() {  # $1: ms between landings, $2: ms between lifts, $3: ms held
    local f
    for f in 0 1 2 3 4; do
      echo "$((f * $1)) $f down $((lx - 40 + f * 20)) $((ly - 20 + (f % 2) * 40))"
    done
    for f in 0 1 2 3 4; do
      echo "$(($3 + f * $2)) $f up $((lx - 40 + f * 20)) $((ly - 20 + (f % 2) * 40))"
    done
  }
  hand 0 0 300 | play 10 "a palm landing at once"
  expect "a palm landing at once on the library adds nothing" "$(tokens)" "$before"
  hand 16 0 300 | play 10 "a palm landing 16 ms apart"
  expect "a palm landing 16 ms apart adds nothing" "$(tokens)" "$before"
  hand 0 60 300 | play 10 "a palm lifted one by one"
  expect "a palm lifted one by one adds nothing" "$(tokens)" "$before"
  printf '0 0 down %d %d\n80 0 up %d %d\n' "$lx" "$ly" "$lx" "$ly" | play 2 "a tap on the library"
  expect "a single tap right after adds one activity" "$(tokens)" "$((before + 1))"

  # Contacts with a size: the heel of a hand is 90 x 72 px (0.07 x 0.09 of 1280 x 800), a
  # fingertip 13 x 13 px.
  heel="0.07 0.09" tip="0.01 0.016"
  blob_tap() {  # $1: the contact's size; pps-tuio-send's options after it
    local size=$1
    shift
    printf '0 0 down %d %d %s\n80 0 up %d %d %s\n' "$lx" "$ly" "$size" "$lx" "$ly" "$size" |
      play 2 "a tap of size $size $*" "$@"
  }
  before=$(tokens)
  blob_tap "$heel" --blobs-only
  expect "a blob the size of a hand's heel tapping the library adds nothing" "$(tokens)" "$before"
  blob_tap "$heel"
  expect "so does a heel sent as a cursor and a blob" "$(tokens)" "$before"
  blob_tap "$tip" --blobs-only
  expect "a fingertip-sized blob tapping the library adds one" "$(tokens)" "$((before + 1))"
  blob_tap "$tip"
  expect "a fingertip sent as a cursor and a blob of one session adds one more, not two" \
    "$(tokens)" "$((before + 2))"
  tap close_library
  wait_settled 2 "closing the library"

  # A hand resting 1.5 s on the toolbar, its heel on the turn button, jittering by a px.
  read -r tx ty < <(button_at turn)
  {
    for f in 0 1 2 3 4; do echo "0 $f down $((tx - 100 + f * 25)) $((ty - 60 + f * 12))"; done
    for f in 0 1 2 3 4; do echo "750 $f move $((tx - 99 + f * 25)) $((ty - 59 + f * 12))"; done
    for f in 0 1 2 3 4; do echo "1500 $f up $((tx - 99 + f * 25)) $((ty - 59 + f * 12))"; done
  } | play 10 "a hand resting on the toolbar"
  expect "a hand resting on the turn button turns nothing" \
    "$(awk '$1 == "window" { print $NF }' "$APP_LAYOUT")" upright

  # A finger held still on a token while its owner talks, then moved 200 px.
  read -r x0 y0 cx cy < <(token_at praktijkcentrum)
  printf '0 0 down %d %d\n300 0 move %d %d\n650 0 move %d %d\n950 0 move %d %d\n1000 0 up %d %d\n' \
    "$cx" "$cy" "$((cx + 1))" "$cy" "$((cx + 1))" "$cy" "$((cx + 201))" "$cy" "$((cx + 201))" "$cy" |
    play 4 "a hold, then a drag"
  read -r x1 y1 _ < <(token_at praktijkcentrum)
  moved=$((x1 - x0))
  ((moved >= 197 && moved <= 203)) || { echo "FAIL: held 0.6 s then dragged 200 px, the token moved $moved px"; exit 1; }
  echo "ok: held still 0.65 s then dragged 200 px, the token moved $moved px (y $((y1 - y0)))"

  # Someone points at an empty spot of the board while another taps English (twice: the
  # language changes everything for everyone, and asks for a second tap within 3 s).
  read -r ex ey < <(button_at other_language)
  read -r px py < <(board_at -0.9 0.9)
  printf '0 0 down %d %d\n300 1 down %d %d\n380 1 up %d %d\n700 1 down %d %d\n780 1 up %d %d\n1200 0 up %d %d\n' \
    "$px" "$py" "$ex" "$ey" "$ex" "$ey" "$ex" "$ey" "$ex" "$ey" "$px" "$py" |
    play 6 "two taps beside a resting finger"
  expect "two taps beside a finger resting on the board switch the language" \
    "$(shown other_language)" Nederlands

  # Two fingers tap two buttons in the same TUIO frame; then English's second tap. Had the
  # language's first tap been lost, the second would only ask again.
  read -r ax ay < <(button_at add_activity)
  printf '0 0 down %d %d\n0 1 down %d %d\n80 0 up %d %d\n80 1 up %d %d\n400 0 down %d %d\n480 0 up %d %d\n' \
    "$ex" "$ey" "$ax" "$ay" "$ex" "$ey" "$ax" "$ay" "$ex" "$ey" "$ex" "$ey" |
    play 6 "two taps in one frame"
  expect "of two taps in one frame, the language's" "$(shown other_language)" English
  expect "and the library's" "$([ -n "$(shown close_library)" ] && echo open)" open

  # A finger lifts from the board in the very frame another lands on English; English's second
  # tap after it.
  printf '0 0 down %d %d\n900 0 up %d %d\n900 1 down %d %d\n980 1 up %d %d\n1300 1 down %d %d\n1380 1 up %d %d\n' \
    "$px" "$py" "$px" "$py" "$ex" "$ey" "$ex" "$ey" "$ex" "$ey" "$ex" "$ey" |
    play 6 "a lift and a landing in one frame"
  expect "a tap landing as another finger lifts" "$(shown other_language)" Nederlands

  # One tap on the turn button only asks (its confirm state, in the same place); it lapses
  # after 3 s; two taps turn the view.
  printf '0 0 down %d %d\n80 0 up %d %d\n' "$tx" "$ty" "$tx" "$ty" | play 2 "one tap on the turn button"
  expect "one tap on the turn button turns nothing" \
    "$(awk '$1 == "window" { print $NF }' "$APP_LAYOUT")" upright
  expect "and its lapsed confirm state is the turn button again" "$(shown turn)" "↻"
  printf '0 0 down %d %d\n80 0 up %d %d\n400 0 down %d %d\n480 0 up %d %d\n' \
    "$tx" "$ty" "$tx" "$ty" "$tx" "$ty" "$tx" "$ty" | play 4 "two taps on the turn button"
  expect "two taps on the turn button turn the view" \
    "$(awk '$1 == "window" { print $NF }' "$APP_LAYOUT")" turned

  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app died"; exit 1; }
  quit "$pid" "$wid"
  exit 0
fi

app=$1 send=$2 out=$3
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
log="$out/app.log"
port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$send" "$port" \
  "$out/app" "$log" || { echo "--- app's stderr:"; cat "$log"; exit 1; }
echo "table test passed"
