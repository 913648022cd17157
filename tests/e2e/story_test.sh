#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: story lines played with a clicker's keys on the real screen, with real X input
# (xdotool) under Xvfb, 1920x1080.
#  - Every shipped story line (DATA_DIR/stories/*.json, in the order Schetsen lists them) is
#    opened with a tap on its button in Schetsen, presented (F5) and played with PageDown to its
#    last step, the app settling (its glide over) after each. At the end the type on screen (the
#    layout's zwaartepunt line) is the one the story claims, and so is the type of the board the
#    app saved to disk (board.json, classified by --classify --json). Esc, and the next.
#  - Mid-glide: with steps that glide 3 s (settings.json), the first step of the first story that
#    changes the type is taken back (PageUp) and again (PageDown). A screenshot taken while the
#    layout says the step glides shows the zwaartepunt's ring on the way, more than 20 px from
#    where it stood before the step and from where it stands after.
#  - Under openbox: the first story played to its end in the fullscreen window.
# Usage: story_test.sh PPS_CANVAS CHECK_RING DATA_DIR OUT_DIR
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=x_app.sh disable=SC1091
. "$here/x_app.sh"

# Starts the app, its steps gliding $1 s, and waits for it to settle on screen: sets pid, wid.
start_app() {
  mkdir -p "$XDG_STATE_HOME/pps-canvas"
  printf '{"format": "pps-canvas/settings", "version": 1, "step_seconds": %s}\n' "$1" \
    >"$XDG_STATE_HOME/pps-canvas/settings.json"
  use_app "$out/app-$step"
  "$app" "${PROBE[@]}" --data "$data" --size 1920x1080 --screen-height 1250 2>>"$out/app-$step.log" &
  pid=$!
  wid=$(window_of "$pid")
  use_app "$out/app-$step" "$wid" "$pid"
  wait_started
}

# The open story's "STEP STEPS GLIDE" as the layout says now.
story_now() {
  awk '$1 == "story" { print $3, $4, $6; exit }' "$APP_LAYOUT"
}

# The zwaartepunt's "X Y TYPE" as the layout says now.
zwaartepunt_now() {
  awk '$1 == "zwaartepunt" { print $2, $3, $4; exit }' "$APP_LAYOUT"
}

# Whether button $1 is on screen now: "yes" or "no".
shown() {
  awk -v id="$1" '$1 == "button" && $2 == id { found = 1 } END { print found ? "yes" : "no" }' \
    "$APP_LAYOUT"
}

# Opens story line $1 (0-based) from Schetsen and presents it. Schetsen lists them at its foot:
# a message above (dismissed here) or many sketches push them down, and the wheel scrolls there.
open_story() {
  local width height
  [ "$(shown dismiss)" = no ] || { tap dismiss; wait_settled 0 "dismiss"; }
  [ "$(shown "story$1")" = yes ] || [ "$(shown close_gallery)" = yes ] ||
    { tap sketches; wait_settled 0 "Schetsen"; }
  read -r width height < <(awk '$1 == "window" { print $2, $3; exit }' "$APP_LAYOUT")
  for i in $(seq 20); do
    [ "$(shown "story$1")" = no ] || break
    # A px aside at every other turn: a move to where the pointer already is sends no event.
    act xdotool mousemove $(in_window) $((width - 100 - i % 2)) $((height / 2)) click 5
    wait_settled 0 "the wheel"
  done
  tap "story$1"
  wait_settled 0 "story$1"
  key F5
  wait_settled 2 "F5"
  read -r -a now <<<"$(story_now)"
  [ "${#now[@]}" = 3 ] && [ "${now[0]}" = 0 ] ||
    { echo "FAIL: story $1 did not open at its start: story line '$(story_now)'"; exit 1; }
}

# Takes one step with key $1 (Next, Prior) and waits until it has glided and settled; fails
# unless the layout's step is then $2.
step_to() {
  key "$1"
  wait_settled 2 "$1"
  read -r -a now <<<"$(story_now)"
  [ "${now[0]}" = "$2" ] && [ "${now[2]}" = 0 ] ||
    { echo "FAIL: after $1 the story is at '$(story_now)', not at step $2, still"; exit 1; }
}

# Plays story $1 to its end with PageDown; checks the type on screen and on disk.
play_story() {
  local claims steps type saved
  claims=$(sed -n 's/^ *"claims": *"\([a-z]*\)".*/\1/p' "${stories[$1]}")
  open_story "$1"
  read -r -a now <<<"$(story_now)"
  steps=${now[1]}
  for ((k = 1; k <= steps; k++)); do step_to Next "$k"; done
  type=$(zwaartepunt_now | awk '{ print $3 }')
  wait_saved "story $1's last step"
  saved=$("$app" --data "$data" --classify "$XDG_STATE_HOME/pps-canvas/board.json" --json |
    sed -n 's/^ *"type": *"\([a-z]*\)".*/\1/p')
  echo "story $1 ($(basename "${stories[$1]}")): $steps steps, ends $type on screen, $saved saved;" \
    "claims $claims"
  [ "$type" = "$claims" ] && [ "$saved" = "$claims" ] ||
    { echo "FAIL: story $1 ends $type (saved: $saved), it claims $claims"; exit 1; }
  key Escape
  wait_settled 2 "Esc"
}

# Takes a step with key $1 to step $2 and screenshots it while it glides: the ring must be on
# the way, more than 20 px from where the zwaartepunt stood before ($3 $4) and after ($5 $6).
shot_mid_glide() {
  local deadline a b ring shot=$out/glide-$2.png
  mark
  xdotool key "$1"
  # Until the layout says the step glides and its zwaartepunt has left its place.
  deadline=$((${EPOCHREALTIME//[!0-9]/} + 10000000))
  while :; do
    read -r -a g <<<"$(story_now)"
    read -r -a a <<<"$(zwaartepunt_now)"
    [ "${g[0]:-}" = "$2" ] && [ "${g[2]:-}" = 1 ] &&
      awk -v x="${a[0]}" -v y="${a[1]}" -v x0="$3" -v y0="$4" \
        'BEGIN { exit !((x - x0)^2 + (y - y0)^2 > 400) }' && break
    ((${EPOCHREALTIME//[!0-9]/} < deadline)) ||
      { echo "FAIL: $1 did not glide (story '$(story_now)', zwaartepunt '$(zwaartepunt_now)')"; exit 1; }
    sleep 0.01  # polls the layout for the condition
  done
  import -window root "$shot"
  read -r -a b <<<"$(zwaartepunt_now)"
  [ "$(story_now | awk '{ print $3 }')" = 1 ] ||
    { echo "FAIL: the glide ended before the screenshot was taken: a 3 s glide is too short here"; exit 1; }
  ring=$("$check_ring" --find "$shot" "${a[0]}" "${a[1]}" "${b[0]}" "${b[1]}") || exit 1
  read -r -a r <<<"$ring"
  echo "mid-glide $1: ring at (${r[1]}, ${r[2]}); before ($3, $4), after ($5, $6)"
  awk -v x="${r[1]}" -v y="${r[2]}" -v x0="$3" -v y0="$4" -v x1="$5" -v y1="$6" \
    'BEGIN { exit !((x - x0)^2 + (y - y0)^2 > 400 && (x - x1)^2 + (y - y1)^2 > 400) }' ||
    { echo "FAIL: the ring in $shot is not on the way"; exit 1; }
  wait_settled 2 "$1"
}

if [ "${1:-}" = "--inside-xvfb" ]; then
  step=$2 app=$3 check_ring=$4 data=$5 out=$6
  mapfile -t stories < <(ls "$data"/stories/*.json)
  trap 'kill "${pid:-}" "${wm:-}" 2>/dev/null || true' EXIT
  case $step in
    play)
      start_app 0.5
      for ((s = 0; s < ${#stories[@]}; s++)); do play_story "$s"; done
      ;;
    glide)
      start_app 3
      open_story 0
      read -r -a z0 <<<"$(zwaartepunt_now)"
      read -r -a now <<<"$(story_now)"
      for ((k = 1; k <= now[1]; k++)); do
        step_to Next "$k"
        read -r -a z1 <<<"$(zwaartepunt_now)"
        [ "${z1[2]}" != "${z0[2]}" ] && break
        z0=("${z1[@]}")
      done
      ((k <= now[1])) || { echo "FAIL: no step of story 0 changes its type"; exit 1; }
      echo "story 0's step $k: ${z0[2]} -> ${z1[2]}"
      shot_mid_glide Prior $((k - 1)) "${z1[0]}" "${z1[1]}" "${z0[0]}" "${z0[1]}"
      shot_mid_glide Next "$k" "${z0[0]}" "${z0[1]}" "${z1[0]}" "${z1[1]}"
      ;;
    openbox)
      start_openbox "$out/openbox.log"
      start_app 0.5
      play_story 0
      ;;
  esac
  quit "$pid" "$wid"
  exit 0
fi

app=$1 check_ring=$2 data=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # the autosave, away from the user's own
failed=""
for step in play glide openbox; do
  echo "--- $step"
  rm -rf "$XDG_STATE_HOME"
  "$here/xvfb_run.sh" -a -s "-screen 0 1920x1080x24" \
    bash "$0" --inside-xvfb "$step" "$app" "$check_ring" "$data" "$out" ||
    { failed+=" $step"; echo "--- the app's log:"; cat "$out/app-$step.log"; }
done
[ -z "$failed" ] || { echo "story test FAILED:$failed"; exit 1; }
echo "story test passed: $out/glide-*.png"
