#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the zwaartepunt is seen, and hides no letter. At 1280x800 and 1920x1080 (scale 1),
# two apps stand side by side on one Xvfb screen: at the left the app as it is, at the right one
# started with PPS_TEST_HIDE_ZWAARTEPUNT=1, which draws no marker. Both open each of the nine case
# studies (a tap on its button), upright and then turned (a tap on ↻), and once both have settled
# the screen is taken (import). In each of the 36 views, check_ring finds the marker's ring
# (dark, white, dark; absent without the marker) centred where `--list-cases --json` puts the
# case's zwaartepunt, mapped to the screen by the board's axes that --dump-layout gives, and the
# text of every label the layout lists the same to the last pixel in both boards. Last, the PNG
# that `--export` draws of each case at 1280x800 must be the upright screen's board, pixel for
# pixel: it shows the same marker and labels (at 1920x1080 the board fills the window's height,
# and the export draws it smaller to make room for its legend).
# Usage: zwaartepunt_test.sh PPS_CANVAS CHECK_RING COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 out=$3 size=$4
  width=${size%x*}
  # Meanwhile, each case's export, drawn in windows never shown.
  for k in 1 2 3 4 5 6 7 8 9; do
    XDG_STATE_HOME="$out/export-state" "$app" --export "$out/export-$k.png" \
      --open "$(sed -n "${k}p" "$out/../cases.txt" | cut -d' ' -f1)" --size "$size" --scale 1
  done &
  exports=$!
  # Two apps at $size side by side: without the marker at the right, with it at the left.
  start() {  # start NAME PPS_TEST_HIDE_ZWAARTEPUNT
    use_app "$out/$1"
    PPS_TEST_HIDE_ZWAARTEPUNT=$2 XDG_STATE_HOME="$out/$1-state" \
      "$app" "${PROBE[@]}" --size "$size" --scale 1 &
    pids+=($!)
    wids+=("$(window_of $!)")
    use_app "$out/$1" "${wids[-1]}" "${pids[-1]}"
  }
  pids=() wids=()
  trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
  start unmarked 1
  xdotool windowmove --sync "${wids[0]}" "$width" 0
  wait_started
  start marked 0
  wait_started
  # Each taps what a user taps: ↻ for the turned view, a case's button in the left column.
  both() {
    local i=0
    for name in unmarked marked; do
      use_app "$out/$name" "${wids[i]}" "${pids[i]}"
      tap "$1"
      wait_settled 0 "$1"
      i=$((i + 1))
    done
  }
  for view in upright turned; do
    [ "$view" = upright ] || both turn
    for k in 1 2 3 4 5 6 7 8 9; do
      both "case$((k - 1))"
      import -window root "$out/$view-$k.png"
      cp "$out/marked.layout" "$out/marked-$view-$k.layout"
      cp "$out/unmarked.layout" "$out/unmarked-$view-$k.layout"
    done
  done
  quit "${pids[1]}" "${wids[1]}"
  quit "${pids[0]}" "${wids[0]}"
  trap - EXIT
  wait "$exports"
  exit 0
fi

app=$1 check=$2 compare=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
# Each case's id and zwaartepunt (formal, outside), in the order of the keys 1-9.
"$app" --list-cases --json | python3 -c '
import json, sys
for c in json.load(sys.stdin):
    print(c["id"], *c["zwaartepunt"])' >"$out/cases.txt"
[ "$(wc -l <"$out/cases.txt")" -eq 9 ] || { echo "FAIL: expected nine cases"; exit 1; }
failures=0 checks=0
for size in 1280x800 1920x1080; do
  mkdir -p "$out/$size"
  "$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 $((2 * ${size%x*}))x${size#*x}x24" bash "$0" --inside-xvfb "$app" \
    "$out/$size" "$size"
  for view in upright turned; do
    for k in 1 2 3 4 5 6 7 8 9; do
      read -r case f o < <(sed -n "${k}p" "$out/cases.txt")
      marked=$out/$size/marked-$view-$k unmarked=$out/$size/unmarked-$view-$k
      shot=$out/$size/$view-$k.png
      checks=$((checks + 1))
      if ! cmp -s <(grep '^label ' "$marked.layout") <(grep '^label ' "$unmarked.layout"); then
        echo "FAIL: $case $size $view: the two apps laid out other labels"
        failures=$((failures + 1))
        continue
      fi
      APP_LAYOUT=$marked.layout
      at=$(board_at "$f" "$o")
      labels=$(awk '$1 == "label" { print $3, $4, $5, $6 }' "$marked.layout")
      if [ -z "$labels" ]; then
        echo "FAIL: $case $size $view: no label on screen"
        failures=$((failures + 1))
        continue
      fi
      # shellcheck disable=SC2086
      "$check" "$shot" "${size%x*}" $at $labels || failures=$((failures + 1))
    done
  done
  # The export: the board of the upright screen, with its paper margin (the PNG's width), over
  # the legend (below the square, left out here). At 1920x1080 the board fills the window's
  # height and leaves no room below it: the picture draws it smaller over its legend, as tall as
  # the window, and is not the screen's.
  for k in 1 2 3 4 5 6 7 8 9; do
    export=$out/$size/export-$k.png upright=$out/$size/marked-upright-$k
    side=$(identify -format %w "$export")
    if [ "$size" = 1920x1080 ]; then
      checks=$((checks + 1))
      height=$(identify -format %h "$export")
      if [ "$height" -ne 1080 ] || [ "$((height - side))" -lt 56 ]; then
        echo "FAIL: the export of case $k at $size is ${side}x$height, not a smaller board over a legend"
        failures=$((failures + 1))
      fi
      continue
    fi
    convert "$export" -crop "${side}x${side}+0+0" +repage "$export.board.png"
    export=$export.board.png
    crop=$(awk -v side="$side" '$1 == "board" {
      m = (side - ($4 - $2)) / 2; printf "%dx%d+%d+%d\n", side, side, $2 - m, $3 - m; exit }' \
      "$upright.layout")
    convert "$out/$size/upright-$k.png" -crop "$crop" +repage "$upright-board.png"
    checks=$((checks + 1))
    if ! "$compare" "$upright-board.png" "$export" 0 0 "$side" "$side" 0 0 0 >/dev/null; then
      echo "FAIL: the export of case $k at $size differs from the screen (see $export.diff.png)"
      failures=$((failures + 1))
    fi
  done
done
[ "$checks" -eq 54 ] || { echo "FAIL: $checks checks, not 54 (nine cases, two sizes, two views, export)"; exit 1; }
[ "$failures" -eq 0 ] || { echo "zwaartepunt test: $failures of $checks checks failed"; exit 1; }
echo "zwaartepunt test passed: the ring shows and every label is whole in all 36 views, and the 18 exports show the same"
