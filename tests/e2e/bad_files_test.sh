#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: files that once killed or hung the app now give an error and the app runs on.
# The real binary in a real window (Xvfb), each for 30 frames: --open of a 20 KB value, of
# 58,000 levels of nesting, of a device and of a FIFO, and a data folder with such a case file.
# Usage: bad_files_test.sh PPS_CANVAS DATA_DIR OUT_DIR
set -euo pipefail
app=$1 data=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
open(f"{out}/long.json", "w").write('{"format":"' + "x" * 20000 + '","version":1,"tokens":[]}')
open(f"{out}/deep.json", "w").write('{"format":"pps-canvas/sketch","version":1,"tokens":'
                                    + "[" * 58000 + "]" * 58000 + "}")
PY
mkfifo "$out/fifo.json"
run() {  # run NAME EXPECTED_MESSAGE ARGS...: the app must run its frames and say what is wrong
  local name=$1 expect=$2
  shift 2
  set +e
  timeout 60 "$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$app" --size 1280x800 --frames 30 "$@" \
    > "$out/$name.log" 2>&1
  local code=$?
  set -e
  [ "$code" -eq 0 ] || { echo "FAIL $name: exit code $code"; cat "$out/$name.log"; exit 1; }
  grep -q "$expect" "$out/$name.log" ||
    { echo "FAIL $name: no \"$expect\" in:"; cat "$out/$name.log"; exit 1; }
  echo "ok: $name"
}
run long "at most 4000" --open "$out/long.json"
run deep "nested more than 64 levels" --open "$out/deep.json"
run device "not a regular file" --open /dev/zero
run fifo "not a regular file" --open "$out/fifo.json"
cp -r "$data" "$out/data"
cp "$out/deep.json" "$out/data/cases/10-deep.json"
cp "$out/long.json" "$out/data/cases/11-long.json"
run bad-case "nested more than 64 levels" --data "$out/data"
echo "bad files test passed"
