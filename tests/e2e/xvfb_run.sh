#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs a command under an Xvfb of its own, as `xvfb-run -a -s ARGS` does, but lets the server
# choose a free display itself (-displayfd). xvfb-run -a picks the number by a check that races:
# two started at once on one machine (another build's tests, a second checkout) can get the same
# number, and then one's clients cannot open the display. Exits with the command's status.
# Usage: xvfb_run.sh [-a] [-s "SERVER ARGS"] COMMAND [ARG...]
set -uo pipefail
server_args="-screen 0 1280x1024x24"
while [ $# -gt 0 ]; do
  case $1 in
    -a) shift ;;  # always: the server chooses
    -s) server_args=$2 && shift 2 ;;
    *) break ;;
  esac
done
dir=$(mktemp -d)
xvfb=""
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null; rm -rf "$dir"' EXIT
mkfifo "$dir/display"
# -noreset: by default the server resets when its last client leaves, and while it does a client
# cannot connect. An app that quits and the xdotool or app run next then fail at random ("Can't
# open display", a BadWindow from a window of the app gone in the reset).
# shellcheck disable=SC2086
Xvfb -displayfd 3 -nolisten tcp -noreset $server_args 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
# The server writes its display's number once it accepts clients.
if ! read -r display <"$dir/display" || [ -z "$display" ]; then
  echo "xvfb_run.sh: Xvfb did not start: $(cat "$dir/log")" >&2
  exit 1
fi
DISPLAY=:$display "$@"
