#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: with real X input (xdotool) on the real binary under Xvfb, CIV Water open, a tap on
# the Doel button "Ondernemer" draws the aim's plan over the board; a tap on "Verslag" then
# writes the board's PNG, HTML and Markdown into $XDG_DOCUMENTS_DIR/PPS Canvas. The PNG is the
# board alone and plain: the same as --export draws it (no aim on it), every quadrant's colour;
# the reports hold the type and every label. With a third argument, the screen with the aim is
# kept there (the README's picture).
# Usage: aim_report_test.sh PPS_CANVAS CHECK_PNG COMPARE_PNG DATA_DIR OUT_DIR [AIM_SHOT.png]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/x_app.sh"

if [ "${1:-}" = "--inside-xvfb" ]; then
  app=$2 compare=$3 out=$4 shot=${5:-}
  export XDG_STATE_HOME="$out/state" XDG_DATA_HOME="$out/data" XDG_DOCUMENTS_DIR="$out/docs"
  "$app" --export "$out/reference.png" --open civ-water --size 1280x800
  use_app "$out/app"
  "$app" "${PROBE[@]}" --size 1280x800 --open civ-water &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wid=$(window_of "$pid")
  use_app "$out/app" "$wid" "$pid"
  wait_started
  import -window root "$out/before.png"
  # CIV Water open: the sidebar shows the type, then the Doel buttons as the quadrants lie
  # (Ontwikkelaar Opleider / Katalysator Ondernemer), the plan's lines and Toepassen, then
  # Verslag.
  tap aim4  # Ondernemer, type 4
  wait_settled 0 "the Doel tap"
  import -window root "$out/aim.png"
  [ -n "$shot" ] && cp "$out/aim.png" "$shot"
  # Pixels, not files: two PNGs of the same screen differ in their time stamps.
  "$compare" "$out/before.png" "$out/aim.png" 0 0 1280 800 0 0 0 >/dev/null &&
    { echo "FAIL: the Doel tap changed nothing"; exit 1; }
  tap report  # Verslag: written from the next frame, before the app settles
  for _ in $(seq 500); do  # polls for the condition, in case writing the files took longer
    [ -n "$(ls "$out/docs/PPS Canvas/"*.md 2>/dev/null)" ] && break
    sleep 0.02
  done
  quit "$pid" "$wid"
  exit 0
fi

app=$1 check=$2 compare=$3 data=$4 out=$5 shot=${6:-}
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" "$0" --inside-xvfb "$app" "$compare" "$out" "$shot"
folder="$out/docs/PPS Canvas"
png=$(ls "$folder"/CIV\ Water\ *.png 2>/dev/null | head -n 1)
[ -n "$png" ] || fail "no PNG in $folder: $(ls "$folder" 2>&1)"
base=${png%.png}
[ -f "$base.html" ] || fail "no $base.html"
[ -f "$base.md" ] || fail "no $base.md"
echo "ok: Verslag wrote $(basename "$base") .png .html .md"
# The board, 644 px and a margin of 16 each side, every quadrant's colour, over its legend (56
# px: the name, the type, the day); and plain: as --export draws it, legend and all, with no aim
# over it (the aim's arrows and ghosts would differ at once).
"$check" "$png" 676 732 "$data/model.json"
"$compare" "$out/reference.png" "$png" 0 0 676 732 || fail "the report's picture differs from --export's"
python3 - "$data" "$base" <<'PY'
import base64, html, json, sys
data, base = sys.argv[1], sys.argv[2]
case = json.load(open(f"{data}/cases/03-civ-water.json", encoding="utf-8"))
md = open(base + ".md", encoding="utf-8").read()
page = open(base + ".html", encoding="utf-8").read()
png = open(base + ".png", "rb").read()
for name, text, esc in [("md", md, lambda s: s), ("html", page, lambda s: html.escape(s, quote=True).replace("&#x27;", "&#39;"))]:
    for needed in ["Opleider"] + [t["label"] for t in case["tokens"]]:
        if esc(needed) not in text and needed not in text:
            sys.exit(f"{name}: {needed!r} missing")
if base64.b64encode(png).decode() not in page:
    sys.exit("html: the board picture is not the PNG written beside it")
print(f"ok: the reports hold the type and all {len(case['tokens'])} labels; the HTML embeds the PNG")
PY
