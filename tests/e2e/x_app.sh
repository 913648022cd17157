# SPDX-License-Identifier: EUPL-1.2
# shellcheck shell=bash
# PROBE and the MARK_ values are read by the scripts that source this and inside await's tests;
# the helpers print positions as words, split on purpose:
# shellcheck disable=SC2034,SC2046,SC2207
# Shared by the end-to-end scripts (sourced): finding the app's window, tapping its buttons by
# id, waiting until it has settled or saved, and quitting it, with real X input under Xvfb.
#
# Nothing here waits a fixed time. An app started with "${PROBE[@]}" (see use_app) writes after
# every frame a status line (app/shell/probe.h) and, whenever it changes, what is on screen
# (app/ui/frame/layout_dump.h): each button by id, the board, its axes and every token, in px of
# the window as the screen shows it. The helpers read positions from there and wait on the status,
# each with a timeout that fails the test and says what it waited for.

# The app the helpers below talk to: its status and layout files are $1.status and $1.layout, and
# PROBE holds the arguments that make an app write them. Called before the app starts, with $1
# alone, it removes what an app before it left there; called again once they are known, with
# its window $2 (the pointer moves relative to it) and its process $3 (a wait ends at once when
# it is gone). Call again to talk to another copy.
use_app() {
  APP_STATUS=$1.status APP_LAYOUT=$1.layout
  PROBE=(--status-file "$APP_STATUS" --dump-layout "$APP_LAYOUT")
  APP_WID=${2:-} APP_PID=${3:-}
  [ -n "$APP_WID$APP_PID" ] || rm -f "$APP_STATUS" "$APP_LAYOUT"
}

MARK_FRAME=0 MARK_INPUT=0 MARK_EXPOSED=0

# Starts the app $1 writing its status and layout as $2 (use_app), with the arguments after them,
# finds its window and waits for its first frame. Sets pid and wid; the app is killed when the
# script ends.
start_app() {
  local app=$1 probe=$2
  shift 2
  use_app "$probe"
  "$app" "${PROBE[@]}" "$@" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$probe" "$wid" "$pid"
  wait_started
}

# Starts openbox, its log in $1, and waits until it manages the screen; sets wm to its process.
# Fails the test when it does not within 10 s.
start_openbox() {
  openbox --sm-disable >"$1" 2>&1 &
  wm=$!
  for _ in $(seq 500); do  # polls for the condition
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && return 0
    sleep 0.02
  done
  echo "FAIL: openbox did not take the screen within 10 s"
  exit 1
}

# Waits for the visible window of process $1 and prints its id. Polls rather than xdotool's
# --sync: xdotool ends on an X error, and a window that goes while it walks the tree (another
# app's, closing) is one.
window_of() {
  local wid="" deadline=$((${EPOCHREALTIME//[!0-9]/} + 20000000))
  while [ -z "$wid" ] && ((${EPOCHREALTIME//[!0-9]/} < deadline)); do
    wid=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -n 1) || true
    [ -n "$wid" ] || sleep 0.05  # polls for the condition
  done
  [ -n "$wid" ] || { echo "the window of process $1 did not appear within 20 s" >&2; exit 1; }
  echo "$wid"
}

# Reads the app's status line into the associative array S (S[frame], S[input], S[settled]...);
# false before the app's first frame.
read_status() {
  local line k
  local -a w
  declare -gA S=()
  IFS= read -r line 2>/dev/null <"$APP_STATUS" || return 1
  read -r -a w <<<"$line"
  for ((k = 0; k + 1 < ${#w[@]}; k += 2)); do S[${w[k]}]=${w[k + 1]}; done
}

# Notes how far the app has got (frames, input events, exposures): the waits below look for what
# comes after.
mark() {
  if read_status; then
    MARK_FRAME=${S[frame]} MARK_INPUT=${S[input]} MARK_EXPOSED=${S[exposed]}
  else
    MARK_FRAME=0 MARK_INPUT=0 MARK_EXPOSED=0
  fi
}

# Waits up to $1 seconds for the status to pass the test "$2" (a bash condition on ${S[...]} and
# the MARK_ values), polling it; fails the test with "$3" and the last status when it does not.
await() {
  local seconds=$1 test=$2 what=$3
  local deadline=$((${EPOCHREALTIME//[!0-9]/} + seconds * 1000000))
  while ((${EPOCHREALTIME//[!0-9]/} < deadline)); do
    if read_status && eval "$test"; then return 0; fi
    if [ -n "${APP_PID:-}" ] && ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "FAIL: $what: the app (process $APP_PID) ended"
      exit 1
    fi
    sleep 0.02  # polls the status file: the condition, not this, is what is waited for
  done
  echo "FAIL: $what within $seconds s (status: $(cat "$APP_STATUS" 2>/dev/null || echo none))"
  exit 1
}

# Waits until the app has taken at least ${1:-0} input events since the last mark and nothing is
# held (a button, a key, a finger): it has taken what a gesture or a key sent, up to the release.
# "$2" says what it waited after.
wait_taken() {
  await 20 "(( \${S[input]} >= MARK_INPUT + ${1:-0} && \${S[held]} == 0 ))" \
    "the app did not take ${1:-0} input event(s) and the release${2:+ of $2}"
}

# Waits until the app has taken at least ${1:-0} input events since the last mark and has
# settled: the screen is still (a trail, a banner fade first), nothing is held, and it sleeps
# until the next event. "$2" says what it waited after.
wait_settled() {
  await 20 "(( \${S[input]} >= MARK_INPUT + ${1:-0} && \${S[settled]} == 1 ))" \
    "the app did not take ${1:-0} input event(s) and settle${2:+ after $2}"
}

# Waits until the app has settled after its start, with its window on screen and drawn.
wait_started() {
  await 20 "(( \${S[settled]} == 1 && \${S[exposed]} >= 1 ))" \
    "the app did not draw its window and settle"
}

# Waits until the board as it stands is on disk: its autosave, and its own sketch file when it
# has one. Call after wait_settled (or act), so that the status is of a frame after the change.
wait_saved() {
  await 20 "(( \${S[held]} == 0 )) && [ \"\${S[saved]}\" = \"\${S[revision]}\" ]" \
    "the app did not save its board${1:+ after $1}"
}

# Waits until the window was exposed (mapped again, uncovered) since the last mark and the app
# has drawn it again and settled.
wait_exposed() {
  await 20 "(( \${S[exposed]} > MARK_EXPOSED && \${S[settled]} == 1 ))" \
    "the app did not draw its window again after it was exposed"
}

# Waits until the app has run a frame since the last mark and settled (after an event that is
# not input: a window manager's message, say). "$1" says what it waited after.
wait_frame() {
  await 20 "(( \${S[frame]} > MARK_FRAME && \${S[settled]} == 1 ))" \
    "the app ran no frame and settled${1:+ after $1}"
}

# Waits until the app has drawn its window at $1 (WxH px) and settled.
wait_size() {
  await 20 "[ \"\${S[size]}\" = $1 ] && (( \${S[settled]} == 1 ))" "the app did not settle at $1"
}

# Runs "$@" (an xdotool command, pps-tuio-send) and waits until the app has taken its input, at
# least a press and a release or a key's press and release (wait_taken).
act() {
  mark
  "$@"
  wait_taken 2 "$*"
}

# The xdotool arguments that place the pointer relative to the app's window, when it is known.
in_window() {
  [ -n "${APP_WID:-}" ] && echo "--window $APP_WID"
  return 0
}

# Prints the line of the layout whose first words are $1 (button, token) and $2 (an id). A step
# just taken may not be drawn yet (a card opens, the library lists its activities in the next
# frame): waits until the line is there, or the app has settled without it; then fails the test
# naming what is on screen.
layout_line() {
  local line deadline=$((${EPOCHREALTIME//[!0-9]/} + 20000000))
  while ((${EPOCHREALTIME//[!0-9]/} < deadline)); do
    line=$(awk -v kind="$1" -v id="$2" '$1 == kind && $2 == id { print; exit }' \
      "$APP_LAYOUT" 2>/dev/null)
    [ -n "$line" ] && { echo "$line"; return 0; }
    read_status && ((${S[settled]} == 1)) && break
    sleep 0.02  # polls the layout: the line, or the app settling without it, is waited for
  done
  echo "FAIL: no $1 \"$2\" on screen; those drawn are:" \
    "$(awk -v kind="$1" '$1 == kind { printf "%s ", $2 }' "$APP_LAYOUT" 2>/dev/null)" >&2
  exit 1
}

# Prints the centre "X Y" of the button with id $1 as the app drew it (layout_line).
button_at() {
  local line
  line=$(layout_line button "$1") || exit 1
  awk '{ printf "%d %d\n", ($3 + $5) / 2 + 0.5, ($4 + $6) / 2 + 0.5 }' <<<"$line"
}

# Prints where token $1 stands ("X Y", window px) and the middle of its chip ("X Y"), as the app
# drew it (layout_line).
token_at() {
  local line
  line=$(layout_line token "$1") || exit 1
  awk '{ printf "%d %d %d %d\n", $3 + 0.5, $4 + 0.5, ($5 + $7) / 2 + 0.5, ($6 + $8) / 2 + 0.5 }' \
    <<<"$line"
}

# The window px "X Y" of the point formal $1, outside $2 (board units) on the board as drawn.
board_at() {
  awk -v f="$1" -v o="$2" '$1 == "axes" {
    x = $2 + f * $4 + o * $6; y = $3 + f * $5 + o * $7
    printf "%d %d\n", x + (x < 0 ? -0.5 : 0.5), y + (y < 0 ? -0.5 : 0.5); exit }' "$APP_LAYOUT"
}

# TUIO's x and y of window px "$1 $2": the px over the window's width and height.
tuio_xy() {
  awk -v x="$1" -v y="$2" '$1 == "window" { printf "%.4f %.4f\n", x / $2, y / $3; exit }' \
    "$APP_LAYOUT"
}

# TUIO's x and y of the middle of token $1's chip.
tuio_token() {
  local at
  at=($(token_at "$1")) || exit 1
  tuio_xy "${at[2]}" "${at[3]}"
}

# TUIO's x and y of the board point formal $1, outside $2.
tuio_board() {
  tuio_xy $(board_at "$1" "$2")
}

# Taps button $1 (its id in the layout) as a touch screen does: move, press and release at
# once. Waits until the app has taken the tap (wait_settled before looking at the screen).
tap() {
  local xy
  xy=$(button_at "$1") || exit 1
  # shellcheck disable=SC2086
  act xdotool mousemove $(in_window) $xy click 1
}

# Taps button $1 twice, as a button that changes everything for everyone asks (new, the
# language, the turn): the first tap puts it in its confirm state, button confirm-$1 in the same
# place; the second tap, on that, acts.
tap_twice() {
  tap "$1"
  tap "confirm-$1"
}

# Taps the button whose label, as shown, is "$1" (a key of the on-screen keyboard: "é").
tap_label() {
  local xy
  xy=$(awk -v text="$1" '$1 == "button" {
      label = $0; for (i = 1; i <= 6; i++) sub(/^[^ ]+ /, "", label)
      if (label == text) { printf "%d %d\n", ($3 + $5) / 2 + 0.5, ($4 + $6) / 2 + 0.5; exit } }' \
    "$APP_LAYOUT")
  [ -n "$xy" ] || { echo "FAIL: no button labelled \"$1\" on screen"; exit 1; }
  # shellcheck disable=SC2086
  act xdotool mousemove $(in_window) $xy click 1
}

# Taps token $1 (in the middle of its chip): its card opens.
tap_token() {
  local at
  at=($(token_at "$1")) || exit 1
  tap_at "${at[2]}" "${at[3]}"
}

# The same as tap, at window px $1 $2.
tap_at() {
  act xdotool mousemove $(in_window) "$1" "$2" click 1
}

# Presses key(s) "$@" (xdotool key's arguments) and waits until the app has taken them.
key() {
  act xdotool key "$@"
}

# Drags with real X input from window px ($1,$2) to ($3,$4) in ${5:-8} moves, 20 ms apart
# (xdotool's own pacing, as a hand moves: it paces the gesture, it does not wait for the app).
# Returns once the release is sent.
send_drag() {
  local x0=$1 y0=$2 x1=$3 y1=$4 steps=${5:-8} i
  local -a moves=()
  for ((i = 1; i <= steps; i++)); do
    moves+=(mousemove $(in_window) $((x0 + (x1 - x0) * i / steps)) $((y0 + (y1 - y0) * i / steps))
            sleep 0.02)
  done
  xdotool mousemove $(in_window) "$x0" "$y0" mousedown 1 "${moves[@]}" mouseup 1
}

# The same, then waits until the app has taken the release (not until it settles: a dragged
# zwaartepunt's trail fades for 1.2 s, a type shift's banner for 2.5 s; wait_settled for that).
drag() {
  act send_drag "$@"
}

# The press and the release "X0 Y0 X1 Y1" (window px) of a drag that takes token $1, pressed in
# the middle of its chip, to the board point formal $2, outside $3.
token_drag() {
  local at to
  at=($(token_at "$1")) || exit 1
  to=($(board_at "$2" "$3"))
  echo "${at[2]} ${at[3]} $((at[2] + to[0] - at[0])) $((at[3] + to[1] - at[1]))"
}

# Drags token $1 to the board point formal $2, outside $3 (token_drag) in ${4:-8} moves and
# waits until the app has taken the release; fails unless the token then stands there (within
# 2 px): another chip on top of it took the press, or the board refused the drop.
drag_token() {
  local points to now
  points=($(token_drag "$1" "$2" "$3")) || exit 1
  drag "${points[@]}" "${4:-8}"
  to=($(board_at "$2" "$3"))
  now=($(token_at "$1")) || exit 1
  if (((now[0] - to[0]) ** 2 > 4 || (now[1] - to[1]) ** 2 > 4)); then
    echo "FAIL: token $1, dragged to (${to[*]}), stands at (${now[*]:0:2})"
    exit 1
  fi
}

# Quits process $1 (window $2) with Ctrl+Q and waits for it to end; fails when it does not.
quit() {
  # The app may be gone before the keys are released: X then reports the window as bad.
  xdotool key --window "$2" ctrl+q 2>/dev/null || true
  # That xdotool may have ended on the gone window before it let go of the keys: let go here,
  # or Q repeats into the next window.
  xdotool keyup ctrl+q 2>/dev/null || true
  await_exit "$1" "process $1 did not quit on Ctrl+Q"
  wait "$1"
}

# Waits up to 10 s for process $1 to end (polling); fails the test with "$2" when it does not.
await_exit() {
  local deadline=$((${EPOCHREALTIME//[!0-9]/} + 10000000))
  while ((${EPOCHREALTIME//[!0-9]/} < deadline)); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.02  # polls the process: its end, not this, is what is waited for
  done
  echo "FAIL: $2 within 10 s"
  exit 1
}
