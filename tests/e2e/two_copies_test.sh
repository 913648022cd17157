#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: two copies of the app on one state folder. Copy A starts first, owns the autosave
# and drags a token of Zorgboulevard Roosendaal across the formal axis (real X input, xdotool).
# Copy B starts on the same folder, shows A's board, and opens another case (key 3). Both quit
# with Ctrl+Q. A's board must still be the autosave (it classifies as opleider), B's work must
# be in B's own session folder, and B must have said so, naming A. At the next start, B's work
# is offered back: it is in the gallery, and its session folder is gone.
# Usage: two_copies_test.sh PPS_CANVAS OUT_DIR
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--restart" ]; then  # the next start, until B's session folder is gone
  app=$2 out=$3 session=$4
  use_app "$out/c"
  "$app" "${PROBE[@]}" --size 1280x800 2>"$out/c.log" &
  c=$!
  trap 'kill "$c" 2>/dev/null || true' EXIT
  wid_c=$(window_of "$c")
  use_app "$out/c" "$wid_c" "$c"
  wait_started
  for _ in $(seq 500); do [ -e "$session" ] || break; sleep 0.02; done  # polls for the condition
  quit "$c" "$wid_c"
  exit 0
fi

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 out=$3
  use_app "$out/a"
  "$app" "${PROBE[@]}" --size 1280x800 --open zorgboulevard-roosendaal 2>"$out/a.log" &
  a=$!
  trap 'kill "$a" "${b:-}" 2>/dev/null || true' EXIT
  echo "$a" >"$out/a.pid"
  wid_a=$(window_of "$a")
  use_app "$out/a" "$wid_a" "$a"
  wait_started
  # "Gezamenlijk uitwerken scenario's" (formal -0.75, outside -0.40) across the formal axis.
  drag_token gezamenlijk-uitwerken-scenarios 0.85 -0.40
  wait_saved "A's drag"

  use_app "$out/b"
  "$app" "${PROBE[@]}" --size 1280x800 2>"$out/b.log" &
  b=$!
  echo "$b" >"$out/b.pid"
  wid_b=$(window_of "$b")
  use_app "$out/b" "$wid_b" "$b"
  wait_started
  key --window "$wid_b" 3  # B opens case 3 (civ-water): a change B must save
  wait_saved "B's case 3"
  quit "$b" "$wid_b"
  quit "$a" "$wid_a"
  exit 0
fi

app=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data"  # away from the user's own
state="$XDG_STATE_HOME/pps-canvas"
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$out"
a=$(cat "$out/a.pid") b=$(cat "$out/b.pid")
fail() { echo "FAIL: $1"; echo "--- A ($a):"; cat "$out/a.log"; echo "--- B ($b):"; cat "$out/b.log"; exit 1; }

# A's dragged board is still the autosave: B never wrote over it. (civ-water is an opleider
# too: the id tells the two apart.)
test -s "$state/board.json" || fail "no autosave at $state/board.json"
grep -q '"id": "zorgboulevard-roosendaal"' "$state/board.json" ||
  fail "$state/board.json is not A's board: $(grep -m 1 '"id"' "$state/board.json")"
result=$("$app" --classify "$state/board.json" --json)
echo "$result"
grep -q '"type": "opleider"' <<<"$result" || fail "A's dragged board is not in $state/board.json"

# B's work is in its session folder: the case it opened, and A's board as the one before it.
session="$state/sessions/$b"
grep -q '"id": "civ-water"' "$session/board.json" 2>/dev/null || fail "B's board is not in $session"
grep -q '"id": "zorgboulevard-roosendaal"' "$session/previous.json" ||
  fail "B's previous board is not A's"
result=$("$app" --classify "$session/previous.json" --json)
grep -q '"type": "opleider"' <<<"$result" || fail "B's previous board is not A's dragged one"

# B said so, naming A; A, the owner, had nothing to say about it.
grep -q "process $a" "$out/b.log" || fail "B did not name the process that owns the autosave"
grep -q "$session" "$out/b.log" || fail "B did not say where its work goes"
if grep -q "Another PPS Canvas" "$out/a.log"; then fail "A thought another copy owned the folder"; fi

# No temporary file is left behind by either.
leftover=$(find "$XDG_STATE_HOME" -name '*.json.??????')
[ -z "$leftover" ] || fail "temporary files left: $leftover"

# The next start keeps B's work in the gallery and removes its session folder.
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash "$0" --restart "$app" "$out" "$session"
[ ! -e "$session" ] || fail "the next start left $session in place"
gallery="$XDG_DATA_HOME/pps-canvas/sketches"
grep -l '"id": "civ-water"' "$gallery"/*.json >/dev/null 2>&1 || fail "B's work is not in $gallery"
grep -q "kept in the gallery" "$out/c.log" || fail "the next start did not say where B's work went"
echo "two copies test passed: $state/board.json, B's work in $gallery"
