#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: round a table of four sides (--table 4) at 1920 x 1080, over TUIO on loopback
# (pps-tuio-send scripts). A token dragged to the bottom, the left and the top of the board and
# tapped there opens its card facing that side (angle 0, 90, 180 in the layout's card line),
# beside the finger (within 400 px of the chip, not over its middle), 320 px wide as its reader
# sees it (so across the screen for the left); a screenshot of the screen, turned to read as
# that side does, is kept for each (OUT_DIR/side-bottom.png, side-left.png, side-top.png). A
# tap on the empty board near that side closes the card. Then two people, at the left and the
# top, open a card each and tap Rename: two keyboards open at once, facing their sides, each
# for its own token. In one TUIO script a third finger drags a token no card or keyboard covers
# 150 px while the left one deletes a letter and the top one types "q": the token moved 150 px,
# each keyboard typed into its own text, and Klaar on both renames both tokens.
# Usage: table_sides_test.sh PPS_CANVAS PPS_TUIO_SEND OUT_DIR
# The helpers print positions as words, split on purpose:
# shellcheck disable=SC2207
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 send=$3 port=$4 probe=$5 log=$6 out=$7
  use_app "$probe"
  "$app" "${PROBE[@]}" --size 1920x1080 --scale 1 --table 4 --tuio "$port" --open civil 2>"$log" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$probe" "$wid" "$pid"
  wait_started

  # Plays the script on stdin (<ms> <finger> <down|move|up> <x> <y>, window px) over TUIO;
  # waits until the app has taken its $1 events and settled (as table_test.sh does).
  play() {
    local events=$1 what=$2 ms finger phase x y
    local script=""
    while read -r ms finger phase x y; do
      script+="$ms $finger $phase $(tuio_xy "$x" "$y")"$'\n'
    done
    mark
    "$send" "127.0.0.1:$port" --script - <<<"$script" >/dev/null || { echo "FAIL: pps-tuio-send: $what"; exit 1; }
    wait_settled "$events" "$what"
  }
  # A finger's tap at window px $1 $2 (down, up 100 ms later); "$3" says what it is.
  finger_tap() {
    printf '0 0 down %d %d\n100 0 up %d %d\n' "$1" "$2" "$1" "$2" | play 2 "$3"
  }
  # Drags token $1 by one finger, from the middle of its chip, to the board point formal $2,
  # outside $3 over 0.5 s; fails unless it then stands there (within 2 px).
  finger_drag_token() {
    local p to now
    p=($(token_drag "$1" "$2" "$3")) || exit 1
    printf '0 0 down %d %d\n500 0 move %d %d\n550 0 up %d %d\n' \
      "${p[0]}" "${p[1]}" "${p[2]}" "${p[3]}" "${p[2]}" "${p[3]}" | play 2 "dragging $1 to ($2, $3)"
    to=($(board_at "$2" "$3"))
    now=($(token_at "$1")) || exit 1
    if (((now[0] - to[0]) ** 2 > 4 || (now[1] - to[1]) ** 2 > 4)); then
      echo "FAIL: token $1, dragged by a finger to (${to[*]}), stands at (${now[*]:0:2})"
      exit 1
    fi
  }
  # The side of the screen nearest window px $1 $2, as the app picks it for four sides
  # (app/core/model/table_sides.cpp, NearestSide; the bottom first on a tie).
  side_of() {
    awk -v x="$1" -v y="$2" '$1 == "window" {
      d[0] = $3 - y; d[1] = x; d[2] = y; d[3] = $2 - x; best = 0
      for (s = 1; s < 4; s++) if (d[s] < d[best]) best = s
      split("bottom left top right", name); print name[best + 1]; exit }' "$APP_LAYOUT"
  }
  # The card of token $1: "X0 Y0 X1 Y1 ANGLE" (layout_line waits for it, or fails).
  card_of() {
    local line
    line=$(layout_line card "$1") || exit 1
    awk '{ print $3, $4, $5, $6, $8 }' <<<"$line"
  }
  # The open keyboard for token $1: "X0 Y0 X1 Y1 ANGLE TEXT" (TEXT to the end of the line).
  entry_of() {
    local line
    line=$(awk -v t="$1" '$1 == "entry" && $8 == t {
        text = $0; for (i = 1; i <= 8; i++) sub(/^[^ ]+ /, "", text)
        if (NF == 8) text = ""
        print $2, $3, $4, $5, $7, text; exit }' "$APP_LAYOUT")
    [ -n "$line" ] || { echo "FAIL: no keyboard open for $1; the entry lines are:" \
      "$(grep '^entry' "$APP_LAYOUT" | tr '\n' ';')" >&2; exit 1; }
    echo "$line"
  }
  # The label token $1 shows (the layout's token line, from its 9th word).
  label_of() {
    awk -v id="$1" '$1 == "token" && $2 == id {
      text = $0; for (i = 1; i <= 8; i++) sub(/^[^ ]+ /, "", text); print text; exit }' "$APP_LAYOUT"
  }
  # The middle "X Y" of the button $1 (its id, or that id with a -2, -3... suffix: several
  # cards or keyboards draw the same buttons) whose middle lies in the rect $2 $3 $4 $5.
  button_in() {
    local xy
    xy=$(awk -v id="$1" -v x0="$2" -v y0="$3" -v x1="$4" -v y1="$5" '$1 == "button" {
        base = $2; sub(/-[0-9]+$/, "", base)
        x = ($3 + $5) / 2; y = ($4 + $6) / 2
        if (base == id && x > x0 && x < x1 && y > y0 && y < y1) {
          printf "%d %d\n", x + 0.5, y + 0.5; exit } }' "$APP_LAYOUT")
    [ -n "$xy" ] || { echo "FAIL: no button $1 in ($2 $3 $4 $5); those drawn:" \
      "$(awk '$1 == "button" { printf "%s(%d,%d) ", $2, ($3 + $5) / 2, ($4 + $6) / 2 }' "$APP_LAYOUT")" >&2; exit 1; }
    echo "$xy"
  }
  # Whether window px $1 $2 lies, with a margin of $3 px, in any chip, button, card or keyboard.
  covered() {
    awk -v x="$1" -v y="$2" -v m="$3" '
      function in_rect(a, b, c, d) { return x > a - m && x < c + m && y > b - m && y < d + m }
      $1 == "token" && in_rect($5, $6, $7, $8) { hit = 1 }
      ($1 == "button" || $1 == "card") && in_rect($3, $4, $5, $6) { hit = 1 }
      $1 == "entry" && in_rect($2, $3, $4, $5) { hit = 1 }
      END { exit !hit }' "$APP_LAYOUT"
  }
  # An empty spot "X Y" of the board (nothing within 30 px of it) nearest to side $1: a tap
  # there closes that side's card.
  empty_near() {
    local f o xy
    local -a spots
    case $1 in
      bottom) spots=("-0.5 0.95" "0.5 0.95" "-0.3 0.9" "0.3 0.9" "-0.7 0.9" "0.7 0.9") ;;
      left) spots=("-0.95 -0.5" "-0.95 0.5" "-0.9 -0.3" "-0.9 0.3" "-0.9 -0.7" "-0.9 0.7") ;;
      top) spots=("-0.5 -0.95" "0.3 -0.95" "-0.3 -0.9" "-0.7 -0.9" "0.1 -0.9" "-0.1 -0.95") ;;
    esac
    for f in "${spots[@]}"; do
      read -r f o <<<"$f"
      xy=$(board_at "$f" "$o")
      # shellcheck disable=SC2086
      if [ "$(side_of $xy)" = "$1" ] && ! covered $xy 30; then echo "$xy"; return 0; fi
    done
    echo "FAIL: no empty spot of the board near the $1 side" >&2
    exit 1
  }
  # Taps token $1 (the middle of its chip) and checks that its card opens facing side $2 at
  # angle $3, beside the chip: within 400 px of its middle and not over it. Sets CARD to the
  # card's "X0 Y0 X1 Y1 ANGLE".
  open_card() {
    local at card w h gap
    at=($(token_at "$1")) || exit 1
    [ "$(side_of "${at[2]}" "${at[3]}")" = "$2" ] ||
      { echo "FAIL: token $1's chip (${at[*]:2}) is not nearest the $2 side"; exit 1; }
    finger_tap "${at[2]}" "${at[3]}" "a tap on $1 from the $2 side"
    card=($(card_of "$1")) || exit 1
    [ "${card[4]}" = "$3" ] ||
      { echo "FAIL: $1's card, tapped from the $2 side, is turned ${card[4]} degrees, expected $3"; exit 1; }
    w=$(awk -v a="${card[0]}" -v b="${card[2]}" 'BEGIN { printf "%d", b - a + 0.5 }')
    h=$(awk -v a="${card[1]}" -v b="${card[3]}" 'BEGIN { printf "%d", b - a + 0.5 }')
    # How far the chip's middle is from the card's rect (0 inside it).
    gap=$(awk -v x="${at[2]}" -v y="${at[3]}" -v x0="${card[0]}" -v y0="${card[1]}" \
      -v x1="${card[2]}" -v y1="${card[3]}" 'BEGIN {
        dx = x < x0 ? x0 - x : (x > x1 ? x - x1 : 0); dy = y < y0 ? y0 - y : (y > y1 ? y - y1 : 0)
        printf "%d", sqrt(dx * dx + dy * dy) + 0.5 }')
    ((gap > 0)) || { echo "FAIL: $1's card (${card[*]:0:4}) covers the middle of its chip (${at[*]:2})"; exit 1; }
    ((gap <= 400)) || { echo "FAIL: $1's card (${card[*]:0:4}) is $gap px from its chip (${at[*]:2}), not beside it"; exit 1; }
    # A card is 320 px wide and taller than that as its reader sees it (the unit test
    # tests/ui/table_sides_test.cpp): turned a quarter, it lies across the screen, 320 px tall.
    if [ "$3" = 90 ] || [ "$3" = 270 ]; then
      (((h - 320) ** 2 <= 1 && w > h)) || { echo "FAIL: $1's card turned $3 degrees is $w x $h px, expected 320 px (±1) tall and wider than that (a card 320 px wide, turned a quarter)"; exit 1; }
    else
      (((w - 320) ** 2 <= 1 && h > w)) || { echo "FAIL: $1's card turned $3 degrees is $w x $h px, expected 320 px (±1) wide and taller than that"; exit 1; }
    fi
    echo "ok: a tap on $1 from the $2 side opens its card at angle $3: (${card[*]:0:4}), $w x $h px, $gap px from the chip's middle (${at[*]:2})"
    CARD=("${card[@]}")
  }
  # Closes token $1's card with a tap on an empty spot of the board near side $2.
  close_card() {
    local xy
    xy=$(empty_near "$2") || exit 1
    # shellcheck disable=SC2086
    finger_tap $xy "a tap on the empty board near the $2 side"
    if grep -q "^card $1 " "$APP_LAYOUT"; then
      echo "FAIL: $1's card is still open after a tap on the empty board at ($xy) near the $2 side"
      exit 1
    fi
  }

  # 1. A token at the bottom, the left and the top, each tapped by the person sitting there.
  #    Left: kennisdeling at the left edge; top: modules at the top edge, right of the middle
  #    (clear of the left one's keyboard); bottom: praktijkcentrum at the bottom edge.
  finger_drag_token kennisdeling -0.92 0
  finger_drag_token modules 0.6 -0.92
  finger_drag_token praktijkcentrum 0 0.92
  for s in "bottom praktijkcentrum 0 0" "left kennisdeling 90 -90" "top modules 180 180"; do
    read -r side token angle rotate <<<"$s"
    open_card "$token" "$side" "$angle"
    import -window root "$out/screen-$side.png"
    # Turned to read as the person at that side does: a card turned A degrees clockwise reads
    # upright once the screen is turned A degrees back.
    convert "$out/screen-$side.png" -rotate "$rotate" "$out/side-$side.png"
    echo "ok: the screen as the $side side reads it: $out/side-$side.png"
    close_card "$token" "$side"
  done

  # 2. Two people type at once, at the left and the top, while a third drags a token.
  open_card kennisdeling left 90
  left_card=("${CARD[@]}")
  open_card modules top 180
  grep -q '^card kennisdeling ' "$APP_LAYOUT" ||
    { echo "FAIL: the left card closed when the top one opened"; exit 1; }
  xy=($(button_in token_rename "${left_card[@]:0:4}")) || exit 1
  finger_tap "${xy[@]}" "Rename on the left card"
  left_entry=($(entry_of kennisdeling)) || exit 1
  top_card=($(card_of modules)) || exit 1
  xy=($(button_in token_rename "${top_card[@]:0:4}")) || exit 1
  finger_tap "${xy[@]}" "Rename on the top card"
  left_entry=($(entry_of kennisdeling)) || exit 1
  top_entry=($(entry_of modules)) || exit 1
  [ "${left_entry[4]}" = 90 ] || { echo "FAIL: the left keyboard is turned ${left_entry[4]} degrees, expected 90"; exit 1; }
  [ "${top_entry[4]}" = 180 ] || { echo "FAIL: the top keyboard is turned ${top_entry[4]} degrees, expected 180"; exit 1; }
  echo "ok: two keyboards open at once: the left one at angle 90 (${left_entry[*]:0:4}) for kennisdeling" \
    "(\"${left_entry[*]:5}\"), the top one at angle 180 (${top_entry[*]:0:4}) for modules (\"${top_entry[*]:5}\")"
  left_before="${left_entry[*]:5}" top_before="${top_entry[*]:5}"
  # Each name comes selected: a tap past its end puts the caret there, to type after it.
  xy=($(button_in entry_text "${left_entry[@]:0:4}")) || exit 1
  finger_tap "${xy[@]}" "the left keyboard's text"
  xy=($(button_in entry_text "${top_entry[@]:0:4}")) || exit 1
  finger_tap "${xy[@]}" "the top keyboard's text"

  # A third finger takes a token that neither card nor keyboard covers, whose chip's middle is
  # under no other chip, and drags it 150 px toward the board's middle.
  third=""
  for t in maatwerktrainingen docentstages masterclasses evc bbl-zij-instroom; do
    read -r _ _ cx cy < <(token_at "$t")
    clear=$(awk -v id="$t" -v x="$cx" -v y="$cy" '
      function over(a, b, c, d) { return x > a && x < c && y > b && y < d }
      $1 == "token" && $2 != id && over($5, $6, $7, $8) { hit = 1 }
      ($1 == "card" || $1 == "button") && over($3, $4, $5, $6) { hit = 1 }
      $1 == "entry" && over($2, $3, $4, $5) { hit = 1 }
      $1 == "card" || $1 == "entry" { n = $1 == "card" ? 3 : 2
        # the whole chip, not just its middle, clear of every card and keyboard
        if (chip_x1 > $n && chip_x0 < $(n + 2) && chip_y1 > $(n + 1) && chip_y0 < $(n + 3)) hit = 1 }
      $1 == "token" && $2 == id { chip_x0 = $5; chip_y0 = $6; chip_x1 = $7; chip_y1 = $8 }
      END { print hit ? "no" : "yes" }' <(grep '^token' "$APP_LAYOUT"; grep -v '^token' "$APP_LAYOUT"))
    [ "$clear" = yes ] && { third=$t; break; }
  done
  [ -n "$third" ] || { echo "FAIL: every token is under a card, a keyboard or another chip"; exit 1; }
  read -r tx0 ty0 cx cy < <(token_at "$third")
  read -r mx _ < <(board_at 0 0)
  dx=$((cx > mx ? -150 : 150))
  xy=($(button_in key_backspace "${left_entry[@]:0:4}")) || exit 1
  bx=${xy[0]} by=${xy[1]}
  xy=($(button_in key_1_0 "${top_entry[@]:0:4}")) || exit 1
  qx=${xy[0]} qy=${xy[1]}
  # Fingers 0 and 1 tap the keys while finger 2 drags: down at 0, at the left and the top keys
  # 300 and 600 ms in, lifted after 1 s.
  {
    echo "0 2 down $cx $cy"
    echo "300 0 down $bx $by"
    echo "400 0 up $bx $by"
    echo "600 1 down $qx $qy"
    echo "700 1 up $qx $qy"
    echo "1000 2 move $((cx + dx)) $cy"
    echo "1050 2 up $((cx + dx)) $cy"
  } | play 6 "a drag of $third beside two people typing"
  read -r tx1 ty1 _ < <(token_at "$third")
  moved=$((tx1 - tx0))
  ((moved * (dx > 0 ? 1 : -1) >= 147 && moved * (dx > 0 ? 1 : -1) <= 153 && (ty1 - ty0) ** 2 <= 9)) ||
    { echo "FAIL: $third, dragged $dx px while two people typed, moved ($moved, $((ty1 - ty0))) px"; exit 1; }
  echo "ok: $third, dragged $dx px by a third finger while two people typed, moved $moved px (y $((ty1 - ty0)))"
  left_entry=($(entry_of kennisdeling)) || exit 1
  top_entry=($(entry_of modules)) || exit 1
  left_text="${left_entry[*]:5}" top_text="${top_entry[*]:5}"
  [ "$left_text" = "${left_before%?}" ] ||
    { echo "FAIL: the left keyboard's text after ← is \"$left_text\", expected \"${left_before%?}\""; exit 1; }
  [ "$top_text" = "${top_before}q" ] ||
    { echo "FAIL: the top keyboard's text after q is \"$top_text\", expected \"${top_before}q\""; exit 1; }
  echo "ok: each keyboard typed into its own text: left \"$left_before\" -> \"$left_text\", top \"$top_before\" -> \"$top_text\""

  # Klaar on both: each renames its own token.
  xy=($(button_in key_ok "${left_entry[@]:0:4}")) || exit 1
  finger_tap "${xy[@]}" "Klaar on the left keyboard"
  top_entry=($(entry_of modules)) || exit 1
  xy=($(button_in key_ok "${top_entry[@]:0:4}")) || exit 1
  finger_tap "${xy[@]}" "Klaar on the top keyboard"
  if grep -q '^entry' "$APP_LAYOUT"; then
    echo "FAIL: a keyboard is still open after Klaar on both: $(grep '^entry' "$APP_LAYOUT")"
    exit 1
  fi
  [ "$(label_of kennisdeling)" = "$left_text" ] ||
    { echo "FAIL: kennisdeling's label is \"$(label_of kennisdeling)\", expected \"$left_text\""; exit 1; }
  [ "$(label_of modules)" = "$top_text" ] ||
    { echo "FAIL: modules' label is \"$(label_of modules)\", expected \"$top_text\""; exit 1; }
  echo "ok: Klaar on both renames both: kennisdeling \"$(label_of kennisdeling)\", modules \"$(label_of modules)\""

  # 3. The app is alive at the end, and quits.
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app died"; exit 1; }
  quit "$pid" "$wid"
  exit 0
fi

app=$1 send=$2 out=$3
mkdir -p "$out"
rm -f "$out"/side-*.png "$out"/screen-*.png
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
log="$out/app.log"
port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1920x1080x24" bash "$0" --inside-xvfb "$app" "$send" "$port" \
  "$out/app" "$log" "$out" || { echo "--- app's stderr:"; cat "$log"; exit 1; }
echo "table sides test passed"
