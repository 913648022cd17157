#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the zwaartepunt is seen. For every case study at 1280x800 and 1920x1080, the real
# binary under Xvfb writes a screenshot, and its ring (dark, white, dark along each diagonal) is
# checked at the place `--classify CASE --json` gives, mapped to the screen as the app lays out
# the board at scale 1: the toolbar (220 px) on the left, the sidebar (30 % of the width, at
# least 360 px) on the right, the board the largest square between them less 16 px a side, its
# horizontal axis formal (positive right), its vertical axis outside (positive down).
# Usage: zwaartepunt_test.sh PPS_CANVAS CHECK_RING OUT_DIR
set -euo pipefail
app=$1 check=$2 out=$3
mkdir -p "$out"
failures=0 checks=0
for size in 1280x800 1920x1080; do
  width=${size%x*} height=${size#*x}
  for case in $("$app" --list-cases --json | python3 -c 'import json,sys; [print(c["id"]) for c in json.load(sys.stdin)]'); do
    at=$("$app" --classify "$case" --json | python3 -c '
import json, sys
w, h = float(sys.argv[1]), float(sys.argv[2])
f, o = json.load(sys.stdin)["zwaartepunt"]
sidebar = max(360.0, w * 0.3)
board = w - sidebar - 220.0
side = max(1.0, min(board - 32.0, h - 32.0))
cx, cy = 220.0 + board / 2, h / 2
print(cx + f * side / 2, cy + o * side / 2)' "$width" "$height")
    png="$out/$case-$size.png"
    rm -rf "$out/state" && mkdir -p "$out/state"
    XDG_STATE_HOME="$out/state" xvfb-run -a -s "-screen 0 1920x1080x24" \
      "$app" --size "$size" --scale 1 --open "$case" --screenshot "$png" >/dev/null
    checks=$((checks + 1))
    # shellcheck disable=SC2086
    "$check" "$png" $at || failures=$((failures + 1))
  done
done
[ "$checks" -eq 18 ] || { echo "zwaartepunt test: $checks views, not 18 (nine cases, two sizes)"; exit 1; }
[ "$failures" -eq 0 ] || { echo "zwaartepunt test: the ring is missing in $failures of $checks views"; exit 1; }
echo "zwaartepunt test passed: the ring shows in all $checks views"
