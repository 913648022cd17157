#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: presentation mode on the real screen, with real X input (xdotool) under Xvfb.
#  - 1920x1080, --open civil --screen-height 1250: F5 starts presenting (button stop_presenting
#    on screen, the toolbar's "new" gone, the window covers the screen). In a screenshot of the
#    root window the smallest text, a chip's label, has capitals at least as tall as the 1/200
#    rule asks (6 m / 200 = 30 mm, at 1250 mm for 1080 px: 25.92 px), and its ink against the
#    chip's own fill has a WCAG 2.x contrast of at least 4.5:1. B blacks the screen out (every
#    point sampled black), Space brings the board back, Esc ends presenting ("new" back,
#    stop_presenting gone).
#  - 3840x2160, --present on the command line, --screen-height 1250: capitals of 51.84 px.
#  - Under openbox: F5 makes the window fullscreen (its geometry is the screen's), Esc leaves.
# The capital is measured on the first glyph of a label that starts with a capital without a
# descender (check_png --capital): the rows of ink at least half covered in the columns of that
# glyph. A glyph edge at a fraction of a px gives floor(h) or ceil(h) such rows for a glyph h px
# tall, so the test asks for at least ceil(rule) - 1 rows: 1 px for rasterisation, no more.
# The screenshots stay in OUT_DIR (present-1080.png, present-2160.png) for the README.
# Usage: present_test.sh PPS_CANVAS CHECK_PNG OUT_DIR
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=x_app.sh disable=SC1091
. "$here/x_app.sh"
screen_mm=1250 depth_m=6
# The token measured (its label "Modules": a capital M, no descender) and the case it is in.
case_id=civil token=modules

# Prints "yes" when the layout has a line "$1 $2 ..." (button, an id), "no" otherwise; read after
# the app has settled, so that the layout is of the frame it settled on.
has_line() {
  awk -v kind="$1" -v id="$2" '$1 == kind && $2 == id { found = 1 } END { print found ? "yes" : "no" }' \
    "$APP_LAYOUT"
}

# Fails unless the layout, now, is presenting ($1 = yes) or not ($1 = no): stop_presenting drawn
# and the toolbar's "new" not, or the other way round.
expect_presenting() {
  local stop new
  stop=$(has_line button stop_presenting) new=$(has_line button new)
  if [ "$1" = yes ] && { [ "$stop" != yes ] || [ "$new" != no ]; }; then
    echo "FAIL: not presenting: button stop_presenting drawn: $stop, button new drawn: $new"
    exit 1
  fi
  if [ "$1" = no ] && { [ "$stop" != no ] || [ "$new" != yes ]; }; then
    echo "FAIL: still presenting: button stop_presenting drawn: $stop, button new drawn: $new"
    exit 1
  fi
}

# Fails unless window $1 covers the $2 x $3 screen.
expect_fullscreen() {
  local geometry
  geometry=$(xdotool getwindowgeometry --shell "$1" |
    awk -F= '{ v[$1] = $2 } END { printf "%sx%s at (%s,%s)\n", v["WIDTH"], v["HEIGHT"], v["X"], v["Y"] }')
  echo "window: $geometry on a ${2}x${3} screen"
  [ "$geometry" = "${2}x${3} at (0,0)" ] ||
    { echo "FAIL: the presenting window does not cover the screen"; exit 1; }
}

# Measures the capital of token $token's label in screenshot $1 (a screen $2 px tall) and fails
# unless it is as tall as the rule asks and its contrast is at least 4.5:1.
check_text() {
  local shot=$1 height=$2 chip label rule need measured
  local -a m c l
  chip=$(layout_line token "$token") || exit 1
  label=$(layout_line label "$token") || exit 1
  read -r -a c <<<"$(awk '{ print $5, $6, $7, $8 }' <<<"$chip")"
  read -r -a l <<<"$(awk '{ print $3, $4, $5, $6 }' <<<"$label")"
  measured=$("$check_png" --capital "$shot" "${c[@]}" "${l[@]}") ||
    { echo "FAIL: no capital measured: $measured"; exit 1; }
  read -r -a m <<<"$measured"
  # m: capital H width W ink R G B background R G B contrast C
  rule=$(awk -v d="$depth_m" -v mm="$screen_mm" -v px="$height" \
    'BEGIN { c = d * 1000 / 200 * px / mm
             if (c < 0.02 * px) c = 0.02 * px
             if (c > 0.035 * px) c = 0.035 * px
             printf "%.2f\n", c }')
  need=$(awk -v r="$rule" 'BEGIN { n = int(r); if (n < r) n++; print n - 1 }')
  echo "capital height: ${m[1]} px, rule: $rule px (at least $need px counted); contrast ${m[13]}:1" \
    "(ink ${m[5]} ${m[6]} ${m[7]} on ${m[9]} ${m[10]} ${m[11]})"
  ((m[1] >= need)) ||
    { echo "FAIL: the smallest text's capitals are ${m[1]} px, the rule asks $rule px"; exit 1; }
  awk -v c="${m[13]}" 'BEGIN { exit !(c >= 4.5) }' ||
    { echo "FAIL: the label's contrast ${m[13]}:1 is under 4.5:1"; exit 1; }
}

# Prints the largest channel of the brightest of points "$@" (X Y pairs) in screenshot $1.
brightest() {
  local shot=$1
  shift
  "$check_png" --pixels "$shot" "$@" |
    awk '{ for (i = 1; i <= 3; i++) if ($i > m) m = $i } END { print m + 0 }'
}

# Starts the app with "$@" and waits for it to settle on screen: sets pid and wid.
start_app() {
  use_app "$out/app-$step"
  "$app" "${PROBE[@]}" "$@" 2>"$out/app-$step.log" &
  pid=$!
  wid=$(window_of "$pid")
  use_app "$out/app-$step" "$wid" "$pid"
  wait_started
}

if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3 check_png=$4 out=$5
  read -r screen_w screen_h < <(xdpyinfo | awk '$1 == "dimensions:" { sub("x", " ", $2); print $2 }')
  trap 'kill "${pid:-}" "${wm:-}" 2>/dev/null || true' EXIT
  case $step in
    1080)
      start_app --open "$case_id" --screen-height "$screen_mm"
      expect_presenting no
      key F5
      wait_settled 2 "F5"
      expect_presenting yes
      expect_fullscreen "$wid" "$screen_w" "$screen_h"
      shot="$out/present-$screen_h.png"
      import -window root "$shot"
      check_text "$shot" "$screen_h"

      # A point of the board: the token's chip's fill, left of its label; and points all over
      # the screen.
      read -r -a at <<<"$(awk '$1 == "token" && $2 == id { c = $5 }
        $1 == "label" && $2 == id { printf "%d %d\n", (c + $3) / 2, ($4 + $6) / 2 }' \
        id="$token" "$APP_LAYOUT")"
      points=("${at[0]}" "${at[1]}" 5 5 $((screen_w / 2)) $((screen_h / 2)) $((screen_w - 5)) 5
              5 $((screen_h - 5)) $((screen_w - 5)) $((screen_h - 5)) $((screen_w * 3 / 4)) 100)
      lit=$(brightest "$shot" "${at[0]}" "${at[1]}")
      ((lit > 60)) || { echo "FAIL: the chip at (${at[0]},${at[1]}) is dark before B"; exit 1; }
      key b
      wait_settled 2 "B"
      import -window root "$out/black.png"
      max=$(brightest "$out/black.png" "${points[@]}")
      echo "after B: the brightest of $((${#points[@]} / 2)) points has $max of 255"
      ((max <= 8)) || { echo "FAIL: B did not black the screen out"; exit 1; }
      key space
      wait_settled 2 "Space"
      import -window root "$out/back.png"
      back=$(brightest "$out/back.png" "${at[0]}" "${at[1]}")
      ((back == lit)) ||
        { echo "FAIL: after Space the chip's middle is $back, before B it was $lit"; exit 1; }
      expect_presenting yes
      # The room panel's 8 m: the text grows to the rule for 8 m at once (its fonts baked again).
      tap room_depth8
      wait_settled 0 "8 m"
      depth_m=8
      import -window root "$out/present-8m.png"
      check_text "$out/present-8m.png" "$screen_h"
      grep -q '"room_depth_m": 8' "$XDG_STATE_HOME/pps-canvas/settings.json" ||
        { echo "FAIL: 8 m was not kept in settings.json"; exit 1; }
      key Escape
      wait_settled 2 "Esc"
      expect_presenting no
      echo "F5 presents, B blacks out, Space shows the board, 8 m sizes the text, Esc ends presenting"
      ;;
    2160)
      start_app --open "$case_id" --screen-height "$screen_mm" --present
      wait_size "${screen_w}x${screen_h}"
      expect_presenting yes
      expect_fullscreen "$wid" "$screen_w" "$screen_h"
      shot="$out/present-$screen_h.png"
      import -window root "$shot"
      check_text "$shot" "$screen_h"
      ;;
    openbox)
      start_openbox "$out/openbox.log"
      start_app --open "$case_id" --screen-height "$screen_mm"
      read -r -a before <<<"$(awk '$1 == "window" { print $2, $3 }' "$APP_LAYOUT")"
      expect_presenting no
      xdotool windowactivate --sync "$wid"
      key F5
      wait_size "${screen_w}x${screen_h}"
      expect_presenting yes
      expect_fullscreen "$wid" "$screen_w" "$screen_h"
      key Escape
      await 20 "[ \"\${S[size]}\" = ${before[0]}x${before[1]} ] && (( \${S[settled]} == 1 ))" \
        "after Esc the window did not return to ${before[0]}x${before[1]}"
      expect_presenting no
      echo "under openbox: F5 made the window fullscreen, Esc brought back ${before[0]}x${before[1]}"
      ;;
  esac
  quit "$pid" "$wid"
  xdotool keyup ctrl+q 2>/dev/null || true
  exit 0
fi

app=$1 check_png=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
# Each run, even after one failed: all the numbers are in the output.
failed=""
for run in 1080:1920x1080 2160:3840x2160 openbox:1920x1080; do
  step=${run%%:*} size=${run#*:}
  echo "--- $step, a ${size} screen"
  rm -f "$XDG_STATE_HOME/pps-canvas/settings.json"  # each run in the default room (6 m)
  "$here/xvfb_run.sh" -a -s "-screen 0 ${size}x24" \
    bash "$0" --inside-xvfb "$step" "$app" "$check_png" "$out" ||
    { failed+=" $step"; echo "--- the app's log:"; cat "$out/app-$step.log"; }
done
[ -z "$failed" ] || { echo "present test FAILED:$failed"; exit 1; }
echo "present test passed: $out/present-1080.png $out/present-2160.png"
