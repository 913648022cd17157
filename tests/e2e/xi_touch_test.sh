#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: the XInput 2.2 touch source of the real binary under Xvfb. Xvfb has no touch
# device and XTest cannot make touches, so no finger is simulated here (core touch_points tests
# cover the translation). What can be seen from outside: the app holds its window's XI 2.2 touch
# events (a second client's selection is refused), says nothing about touch, and quits at once on
# Ctrl+Q with its reader thread waiting on the X connection. With a server that seems to have
# XInput 2.0 only (a preloaded XIQueryVersion), it says once that touch is off, leaves the
# window's touch events free, and still takes input (a key opens a case) and quits.
# Usage: xi_touch_test.sh PPS_CANVAS XI_TOUCH_PROBE XI_OLD_SERVER_SO OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 probe=$3 old_server=$4 out=$5

  # With XI 2.2 (Xvfb has 2.4): the app holds the window's touch events once it has started (its
  # window shows before it selects them).
  use_app "$out/touch"
  "$app" "${PROBE[@]}" --size 1280x800 2>"$out/touch.log" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$out/touch" "$wid" "$pid"
  wait_started
  "$probe" "$wid" >"$out/probe-touch.txt" || { cat "$out/probe-touch.txt"; echo "FAIL: the app does not hold its window's touch events"; exit 1; }
  cat "$out/probe-touch.txt"
  start=$(date +%s%N)
  quit "$pid" "$wid"
  echo "Ctrl+Q to exit with touch on: $(( ($(date +%s%N) - start) / 1000000 )) ms"

  # With XI 2.0: touch is off, said once; the app still takes input.
  # Before whatever is preloaded already (the sanitize preset keeps libraries loaded for LSan).
  use_app "$out/old"
  LD_PRELOAD="$old_server${LD_PRELOAD:+:$LD_PRELOAD}" "$app" "${PROBE[@]}" --size 1280x800 \
    --save-on-exit "$out/mouse.json" 2>"$out/old.log" &
  pid=$!
  wid=$(window_of "$pid")
  wait_started
  "$probe" "$wid" >"$out/probe-old.txt" && { cat "$out/probe-old.txt"; echo "FAIL: touch events held though the server has no XI 2.2"; exit 1; }
  cat "$out/probe-old.txt"
  key --window "$wid" 3  # opens case 3, civ-water
  quit "$pid" "$wid"
  exit 0
fi

app=$1 probe=$2 old_server=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$probe" "$old_server" "$out"
fail() { echo "FAIL: $1"; echo "--- touch.log:"; cat "$out/touch.log"; echo "--- old.log:"; cat "$out/old.log"; exit 1; }

if grep -q "touch" "$out/touch.log"; then fail "the app spoke of touch though XI 2.2 is there"; fi
[ "$(grep -c "touch: the X server has XInput 2.0, touch needs 2.2; mouse only" "$out/old.log")" = 1 ] ||
  fail "with XInput 2.0 the app did not say once that touch is off"
grep -q '"id": "civ-water"' "$out/mouse.json" || fail "with touch off, the app did not take a key"
echo "PASS"
