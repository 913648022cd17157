#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: a sketch file given on the command line (`pps-canvas FILE`) is saved back to that
# file when a drag by real X input (xdotool) ends, and a SIGKILL right after loses nothing; a
# second copy of the app on the same file, whose change would overwrite the first's, writes
# nothing; a run that only renders (--screenshot) leaves the file alone.
# Usage: sketch_file_test.sh PPS_CANVAS DATA_DIR OUT_DIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

# Inside Xvfb: start the app on FILE, drag "Gezamenlijk uitwerken scenario's" (formal -0.75,
# outside -0.40) across the formal axis, wait until the app has saved it, then SIGKILL it. With
# THEIRS, that file is copied over FILE once the app has read it, before the drag.
if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 probe=$3 file=$4 theirs=${5:-}
  start_app "$app" "$probe" --size 1280x800 "$file"
  if [ -n "$theirs" ]; then cp "$theirs" "$file"; fi
  drag_token gezamenlijk-uitwerken-scenarios 0.85 -0.40
  wait_saved "the drag"  # the autosave, and FILE (or, theirs being there, the app asks)
  kill -9 "$pid"
  wait "$pid" || true
  exit 0
fi

app=$1 data=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data"  # away from the user's own
file="$out/mijn schets.json"
cp "$data/cases/01-zorgboulevard-roosendaal.json" "$file"
fail() { echo "FAIL: $*"; exit 1; }
type_of() { "$app" --data "$data" --classify "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["type"])'; }

[ "$(type_of "$file")" = ontwikkelaar ] || fail "the copied case is not an ontwikkelaar"
cp "$file" "$out/original.json"
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$0" --inside-xvfb "$app" "$out/app" "$file"
[ "$(type_of "$file")" = opleider ] || fail "the drag was not saved back to $file"
echo "ok: pps-canvas FILE saves the drag back to FILE"

# Rendering only never writes the file.
cp "$file" "$out/after-drag.json"
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$app" --size 1280x800 --open "$file" \
  --screenshot "$out/shot.png" >/dev/null
cmp -s "$file" "$out/after-drag.json" || fail "--screenshot --open FILE changed FILE"
echo "ok: a run that only renders leaves the file alone"

# Someone else writes the file after the app read it and before its drag ends: theirs stays.
cp "$out/original.json" "$file"
python3 - "$out/after-drag.json" "$out/theirs.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); s["name"] = "Hun versie"; json.dump(s, open(sys.argv[2], "w"))
PY
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$0" --inside-xvfb "$app" "$out/app" "$file" "$out/theirs.json"
cmp -s "$file" "$out/theirs.json" || fail "a file changed on disk was written over without asking"
echo "ok: a file changed on disk is not written over"
