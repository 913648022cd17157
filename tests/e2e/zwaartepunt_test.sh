#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the zwaartepunt is seen, and hides no letter. At 1280x800 and 1920x1080 (scale 1),
# under an Xvfb screen of that size, one app opens each of the nine case studies (keys 1-9),
# upright and then turned (↻), and the screen is taken (import) once it has settled; a second
# app, started with PPS_TEST_HIDE_ZWAARTEPUNT=1, does the same without the marker. In each of the
# 36 views, check_ring finds the marker's ring (dark, white, dark; absent without the marker)
# centred where `--list-cases --json` puts the case's zwaartepunt, mapped to the screen by the
# board's axes that --dump-layout gives, and finds the text of every label the layout lists the
# same to the last pixel in both screens. Last, `--export` of each case at that size must be the
# upright screen's board, pixel for pixel: the exported PNG shows the same marker and labels.
# Usage: zwaartepunt_test.sh PPS_CANVAS CHECK_RING COMPARE_PNG OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 out=$3 size=$4
  # One app at $size: the nine cases upright, then turned, the screen and the layout of each.
  # $1 names the run, $2 is PPS_TEST_HIDE_ZWAARTEPUNT.
  views() {
    local name=$1 hide=$2 pid wid view k
    use_app "$out/$name"
    PPS_TEST_HIDE_ZWAARTEPUNT=$hide XDG_STATE_HOME="$out/$name-state" \
      "$app" "${PROBE[@]}" --size "$size" --scale 1 &
    pid=$!
    wid=$(window_of "$pid")
    use_app "$out/$name" "$wid" "$pid"
    wait_started
    for view in upright turned; do
      [ "$view" = upright ] || tap turn
      for k in 1 2 3 4 5 6 7 8 9; do
        key "$k"
        wait_settled 0 "opening case $k"
        import -window root "$out/$name-$view-$k.png"
        cp "$APP_LAYOUT" "$out/$name-$view-$k.layout"
      done
    done
    quit "$pid" "$wid"
  }
  views marked 0
  views unmarked 1
  for k in 1 2 3 4 5 6 7 8 9; do
    XDG_STATE_HOME="$out/export-state" "$app" --export "$out/export-$k.png" \
      --open "$(sed -n "${k}p" "$out/../cases.txt" | cut -d' ' -f1)" --size "$size" --scale 1
  done
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
  xvfb-run -a -s "-screen 0 ${size}x24" bash "$0" --inside-xvfb "$app" "$out/$size" "$size"
  for view in upright turned; do
    for k in 1 2 3 4 5 6 7 8 9; do
      read -r case f o < <(sed -n "${k}p" "$out/cases.txt")
      marked=$out/$size/marked-$view-$k unmarked=$out/$size/unmarked-$view-$k
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
      "$check" "$marked.png" "$unmarked.png" $at $labels || failures=$((failures + 1))
    done
  done
  # The export: the board of the upright screen, with its paper margin (the PNG's width).
  for k in 1 2 3 4 5 6 7 8 9; do
    export=$out/$size/export-$k.png upright=$out/$size/marked-upright-$k
    side=$(identify -format %w "$export")
    crop=$(awk -v side="$side" '$1 == "board" {
      m = (side - ($4 - $2)) / 2; printf "%dx%d+%d+%d\n", side, side, $2 - m, $3 - m; exit }' \
      "$upright.layout")
    convert "$upright.png" -crop "$crop" +repage "$upright-board.png"
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
