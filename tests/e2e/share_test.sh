#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: a report people take home from a table, with real X input (xdotool) on the real
# binary under Xvfb. CIV Water open, one token dragged; a tap on Verslag opens the report in the
# sidebar (Klaar and Op USB-stick on top), beside the board. The QR code on the real screen
# (import) is read by zbarimg: a link at --share-url whose sketch, opened with --open and saved
# at exit, is the board as it stood. A USB stick (a folder in $PPS_MEDIA_ROOT, as a desktop mounts
# one) plugged in then: Op USB-stick copies the report and the sketch onto it.
# Usage: share_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 out=$3
  export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data" XDG_DOCUMENTS_DIR="$out/docs"
  export PPS_MEDIA_ROOT="$out/media"
  mkdir -p "$PPS_MEDIA_ROOT"
  use_app "$out/app"
  "$app" "${PROBE[@]}" --size 1920x1080 --open civ-water --share-url https://pps.example.org/ &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$out/app" "$wid" "$pid"
  wait_started
  drag_token modules 0.5 0.5
  wait_settled 0 "the drag"
  tap report
  wait_settled 0 "Verslag"
  grep -q '^button close_report ' "$APP_LAYOUT" ||
    { echo "FAIL: Verslag did not open the report in the app: $(grep -c '^button' "$APP_LAYOUT") buttons"; exit 1; }
  echo "ok: Verslag opened the report in the sidebar, Klaar and Op USB-stick on top"
  import -window root "$out/screen.png"
  wait_saved "the drag"  # the board as it stands, for the link's sketch to be compared with
  cp "$XDG_STATE_HOME/pps-canvas/board.json" "$out/board.json" 2>/dev/null || true
  # A stick is plugged in: its button works at the next tap.
  mkdir -p "$PPS_MEDIA_ROOT/STICK"
  tap to_usb
  wait_settled 0 "Op USB-stick"
  quit "$pid" "$wid"
  # The link, opened as the app opens one, and saved as it then stands.
  link=$(zbarimg --quiet --raw "$out/screen.png") || { echo "FAIL: no QR code on the screen"; exit 1; }
  echo "$link" >"$out/link.txt"
  XDG_STATE_HOME="$out/state2" "$app" --open "$link" --save-on-exit "$out/from-link.json" --frames 3
  XDG_STATE_HOME="$out/state3" "$app" --open "$out/link.txt" --save-on-exit "$out/from-file.json" --frames 3
  exit 0
fi

app=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1920x1080x24" "$0" --inside-xvfb "$app" "$out"
link=$(cat "$out/link.txt")
case "$link" in
  https://pps.example.org/#sketch=*) echo "ok: the QR code on screen reads as a link of ${#link} characters at --share-url" ;;
  *) fail "the QR code reads \"${link:0:80}\", not a link at https://pps.example.org/" ;;
esac
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
def tokens(path):
    doc = json.load(open(path))
    return {t["id"]: (t["label"], t["formal"], t["outside"], t["weight"], t.get("note", ""))
            for t in doc["tokens"]}
board = tokens(out + "/board.json")
for name in ("from-link.json", "from-file.json"):
    got = tokens(out + "/" + name)
    if got != board:
        sys.exit("FAIL: the sketch opened from the QR code's link (%s) differs from the board:\n%s\n%s"
                 % (name, sorted(got.items()), sorted(board.items())))
print("ok: the link's sketch, opened with --open (the link, and a file holding it), is the board: %d tokens" % len(board))
PY
stick="$out/media/STICK/PPS Canvas"
for extension in png html md json; do
  ls "$stick"/CIV\ Water\ *."$extension" >/dev/null 2>&1 || fail "no .$extension on the stick: $(ls "$stick" 2>&1)"
done
echo "ok: Op USB-stick copied the report (.png .html .md) and the sketch (.json) onto the stick"
