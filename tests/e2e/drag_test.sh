#!/usr/bin/env bash
# End to end: real X input (xdotool) drags a token of Zorgboulevard Roosendaal across the
# formal axis in the real binary under Xvfb; the sketch saved on exit must classify as opleider.
# Usage: drag_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail

# Inside Xvfb: start the app, drag with real X events, quit with Ctrl+Q.
if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 saved=$3
  # At 1280x800 and scale 1 the board is the square (236,78)-(880,722): 322 px per board unit,
  # centre (558,400). "Gezamenlijk uitwerken scenario's" stands at formal -0.75, outside -0.40.
  "$app" --open zorgboulevard-roosendaal --size 1280x800 --save-on-exit "$saved" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(timeout 20 xdotool search --sync --onlyvisible --name "PPS Canvas" | head -n 1)
  [ -n "$wid" ] || { echo "the app's window did not appear within 20 s"; exit 1; }
  sleep 0.5
  xdotool mousemove --window "$wid" 360 271 mousedown 1
  for x in 420 500 580 660 740 800 876; do xdotool mousemove --window "$wid" "$x" 271; sleep 0.05; done
  xdotool mouseup 1
  sleep 0.5
  xdotool key --window "$wid" ctrl+q
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && { echo "the app did not quit on Ctrl+Q within 10 s"; exit 1; }
  wait "$pid"
  exit 0
fi

app=$1 out=$2
mkdir -p "$out"
saved="$out/dragged.json" before="$out/zorgboulevard-before.png" after="$out/zorgboulevard-after.png"
rm -f "$saved"
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$saved"

test -s "$saved" || { echo "no sketch was saved on exit"; exit 1; }
result=$("$app" --classify "$saved" --json)
echo "$result"
grep -q '"type": "opleider"' <<<"$result" || { echo "expected opleider after the drag"; exit 1; }

# Screenshots of before and after, for people to look at.
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --open zorgboulevard-roosendaal --screenshot "$before"
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --open "$saved" --screenshot "$after"
echo "drag test passed: $saved"
