#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: TUIO. The real app listens on a free UDP port under Xvfb; pps-tuio-send drags two
# tokens of Horticampus Westland at the same time (two fingers) across the formal axis, which
# turns the Ontwikkelaar into an Opleider (either token alone does not). Garbage datagrams
# before the drag must not stop the app, among them the 12- and 20-byte ones whose blob size runs
# past the datagram (they crashed it: oscpack 1.1.0 never throws for them), and a second copy
# that finds the port taken says so and runs on. Ctrl+Q then writes the board (--save-on-exit):
# both tokens must be where the fingers let go, and the type must be opleider.
# Usage: tuio_test.sh PPS_CANVAS PPS_TUIO_SEND MALFORMED_DIR OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 send=$3 malformed=$4 port=$5 saved=$6 log=$7 probe=$8
  use_app "$probe"
  "$app" "${PROBE[@]}" --size 1280x800 --tuio "$port" --open horticampus-westland \
    --save-on-exit "$saved" 2>"$log" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$probe" "$wid" "$pid"
  wait_started

  # Garbage first: random bytes, four zero bytes, text, blob sizes of 0x7ffffff0 and 0xfffffff0
  # in 12 and 20 bytes (each killed the app once), and the fuzz seeds that are meant to be
  # refused (a truncated frame, a set with an int for x).
  for _ in 1 2 3 4 5; do head -c 200 /dev/urandom >"/dev/udp/127.0.0.1/$port"; done
  printf '\0\0\0\0' >"/dev/udp/127.0.0.1/$port"
  printf 'not OSC at all!!' >"/dev/udp/127.0.0.1/$port"
  printf '/x\0\0,bb\0\x7f\xff\xff\xf0' >"/dev/udp/127.0.0.1/$port"
  printf '/tuio/2Dcur\0,bb\0\xff\xff\xff\xf0' >"/dev/udp/127.0.0.1/$port"
  for f in "$malformed"/edge-rejected-*; do cat "$f" >"/dev/udp/127.0.0.1/$port"; done
  # The app reads them (it says so on stderr) and lives; the drag below comes after them on the
  # same socket, so once the app has taken the drag it has read them all.
  for _ in $(seq 500); do grep -q "malformed packet" "$log" && break; sleep 0.02; done
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app died of garbage datagrams"; exit 1; }

  # A second copy on the same port cannot listen: it says so and runs on without TUIO.
  second=$("$app" --size 640x400 --tuio "$port" --frames 3 2>&1 >/dev/null) ||
    { echo "FAIL: a second copy on a taken port exited with an error: $second"; exit 1; }
  grep -q "TUIO: cannot listen on 127.0.0.1:$port" <<<"$second" ||
    { echo "FAIL: a taken port was not reported: $second"; exit 1; }

  # Two fingers at once, each pressing its token where it stands and letting go across the axis:
  # docentstages (-0.6, 0.55) to (0.6, 0.55), floormeetings (-0.85, -0.05) to (0.85, -0.05).
  # shellcheck disable=SC2046
  act "$send" "127.0.0.1:$port" --duration 800 \
    --drag $(tuio_board -0.6 0.55) $(tuio_board 0.6 0.55) \
    --drag $(tuio_board -0.85 -0.05) $(tuio_board 0.85 -0.05)
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app died during the TUIO drag"; exit 1; }
  quit "$pid" "$wid"
  exit 0
fi

app=$1 send=$2 malformed=$3 out=$4
mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
rm -rf "$XDG_STATE_HOME"
saved="$out/tuio-dragged.json" log="$out/app.log" shot="$out/tuio-after.png"
rm -f "$saved" "$log" "$shot"
port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
xvfb=("$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24")
"${xvfb[@]}" bash "$0" --inside-xvfb "$app" "$send" "$malformed" "$port" "$saved" "$log" \
  "$out/app" ||
  { echo "--- app's stderr:"; cat "$log"; exit 1; }
cat "$log"
grep -q "TUIO: a malformed packet from 127.0.0.1" "$log" ||
  { echo "FAIL: the malformed packets were not reported on stderr"; exit 1; }
test -s "$saved" || { echo "FAIL: no sketch was written to $saved"; exit 1; }

# Both tokens where the fingers let go (0.03 board units is 10 px).
python3 - "$saved" <<'EOF'
import json, sys
tokens = {t["id"]: t for t in json.load(open(sys.argv[1]))["tokens"]}
ok = True
for id, formal, outside in [("docentstages", 0.6, 0.55), ("floormeetings", 0.85, -0.05)]:
    t = tokens[id]
    off = max(abs(t["formal"] - formal), abs(t["outside"] - outside))
    print(f"{id}: at ({t['formal']:.3f}, {t['outside']:.3f}), expected ({formal}, {outside})")
    if off > 0.03:
        print(f"FAIL: {id} is {off:.3f} board units from where its finger let go")
        ok = False
sys.exit(0 if ok else 1)
EOF
result=$("$app" --classify "$saved" --json)
echo "$result"
grep -q '"type": "opleider"' <<<"$result" || { echo "FAIL: expected opleider in $saved"; exit 1; }
"${xvfb[@]}" "$app" --open "$saved" --screenshot "$shot"
echo "TUIO test passed: $saved, $shot"
