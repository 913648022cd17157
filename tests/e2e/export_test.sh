#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# End to end: --export writes a case's board as a PNG (drawn by the real binary in a hidden
# window under Xvfb and cropped to the board), its report as Markdown (no display needed) and as
# one HTML page with the board embedded, in Dutch and English; a grensgeval's report has both
# types; wrong arguments, a bad --open, an unwritable path and a missing display are refused by
# name. The state folder is never written.
# Usage: export_test.sh PPS_CANVAS CHECK_PNG DATA_DIR OUT_DIR COMPARE_PNG
set -euo pipefail
app=$1 check=$2 data=$3 out=$4 compare=$5
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"
fail() { echo "FAIL: $*"; exit 1; }

# The board as a PNG and the report as HTML, each from a window; Markdown without a display.
"$(dirname "${BASH_SOURCE[0]}")/xvfb_run.sh" -a -s "-screen 0 1280x800x24" bash -c '
  set -e
  "$1" --export "$2/civ-water.png" --open civ-water
  "$1" --export "$2/civ-water.html" --open civ-water
  "$1" --export "$2/civ-water-en.html" --open civ-water --lang en
  "$1" --export "$2/small.png" --open civ-water --size 1280x800
' _ "$app" "$out"
env -u DISPLAY -u WAYLAND_DISPLAY "$app" --export "$out/civ-water.md" --open civ-water

# The PNG: the board (845 px: 805 of board and 20 of margin each side at 1600x1000, 644 + 2 x 16
# at 1280x800), with every quadrant's colour from the model, over its legend (70 and 56 px).
"$check" "$out/civ-water.png" 845 915 "$data/model.json"
"$check" "$out/small.png" 676 732 "$data/model.json"

# What the reports must say: every label of the case, the type, the guidance's headings (each
# group of preconditions numbered), in the report's language and escaped for its format.
python3 - "$data" "$out" <<'PY'
import base64, html, json, re, sys
data, out = sys.argv[1], sys.argv[2]
case = json.load(open(f"{data}/cases/03-civ-water.json", encoding="utf-8"))
strings = json.load(open(f"{data}/strings.json", encoding="utf-8"))["strings"]
model = json.load(open(f"{data}/model.json", encoding="utf-8"))
guidance = json.load(open(f"{data}/guidance.json", encoding="utf-8"))["types"]["opleider"]

def text(obj, key, lang):
    return obj.get("i18n", {}).get(lang, {}).get(key) or obj[key] if lang == "en" else obj[key]

def esc_html(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")

def esc_md(s):  # as the report escapes text inside a line (a heading, a table cell)
    return re.sub(r"([\\`*_\[\]<>|~&#])", r"\\\1", s)

def check(name, report, lang, esc):
    problems = []
    def need(part, what):
        if part not in report:
            problems.append(f"{what}: {part!r}")
    opleider = model["types"]["opleider"]
    type_name = text(opleider, "name", lang)
    need(esc(f"{strings['type_number'][lang]} 2: {type_name}"), "type")
    for token in case["tokens"]:
        need(esc(text(token, "label", lang)), "label")
    for key in ["propositions", "preconditions", "pitfalls", "guidance", "reading", "stability",
                "spread", "shares", "nearest_case", "activity", "place", "quadrant", "weight",
                "note", "stability_moderate", "spread_wide"]:
        need(esc(strings[key][lang]), f"string {key}")
    for number, group in enumerate(guidance[lang]["preconditions"], 1):
        need(esc(f"{number}. {group['heading']}"), "preconditions heading")
    for number, group in enumerate(guidance[lang]["pitfalls"], 1):
        need(esc(f"{number}. {group['heading']}"), "pitfalls heading")
        for item in group["items"]:
            need(esc(item), "pitfall")
    if strings["grensgeval"][lang] in report:
        problems.append("CIV Water is no grensgeval")
    if problems:
        sys.exit(f"{name}:\n  " + "\n  ".join(problems))
    print(f"ok: {name} says the type, {len(case['tokens'])} labels and the guidance headings")

md = open(f"{out}/civ-water.md", encoding="utf-8").read()
check("civ-water.md", md, "nl", esc_md)
for name, lang in [("civ-water.html", "nl"), ("civ-water-en.html", "en")]:
    page = open(f"{out}/{name}", encoding="utf-8").read()
    check(name, page, lang, esc_html)
    if not page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">'):
        sys.exit(f"{name}: not an HTML page in {lang}")
    # Opens with no network: nothing is fetched, nothing runs.
    for bad in ["http://", "https://", "<script", "<link", "url(", "@import"]:
        if bad in page:
            sys.exit(f"{name}: refers outside itself: {bad}")
    if "@page { size: A4;" not in page:
        sys.exit(f"{name}: no A4 page rule")
    pictures = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    if len(pictures) != 1 or len(re.findall(r"src=", page)) != 1:
        sys.exit(f"{name}: expected exactly one embedded PNG and no other source")
    open(f"{out}/{name}.png", "wb").write(base64.b64decode(pictures[0], validate=True))
print("ok: the HTML pages embed the board and refer to nothing outside")
PY
for page in civ-water civ-water-en; do
  "$check" "$out/$page.html.png" 845 915 "$data/model.json" > /dev/null
done
# The Dutch page's board is the exported PNG's, pixel for pixel (pixels, not files).
"$compare" "$out/civ-water.png" "$out/civ-water.html.png" 0 0 845 845 0 0 0 >/dev/null ||
  fail "the board embedded in civ-water.html differs from civ-water.png"

# A grensgeval (zwaartepunt just on the formal side of the formal axis): both types' guidance.
cat > "$out/borderline.json" <<'JSON'
{"format": "pps-canvas/sketch", "version": 1, "name": "Grens <&>",
 "tokens": [{"id": "a", "label": "Formeel *a*", "formal": 0.45, "outside": -0.6},
            {"id": "b", "label": "Non-formeel _b_", "formal": -0.35, "outside": -0.6}]}
JSON
"$app" --export "$out/borderline.md" --open "$out/borderline.json"
for expect in '# Grens \<\&\>' '### Grensgeval' '## Wat dit type vraagt: Opleider' \
              '## Ook aan de orde: Ontwikkelaar' 'Formeel \*a\*' 'Non-formeel \_b\_'; do
  grep -qF -- "$expect" "$out/borderline.md" || fail "borderline.md lacks $expect"
done
[ "$(grep -c '^### Randvoorwaarden en succesfactoren$' "$out/borderline.md")" -eq 2 ] ||
  fail "borderline.md: expected the preconditions of two types"
echo "ok: a grensgeval's report has the guidance of both types"

# Refused by name, with the exit code and nothing written.
refuse() {  # refuse CODE EXPECTED_MESSAGE ARGS...
  local code=$1 expect=$2
  shift 2
  set +e
  msg=$("$app" "$@" 2>&1)
  local got=$?
  set -e
  [ "$got" -eq "$code" ] || fail "$* exited $got, expected $code: $msg"
  grep -qF -- "$expect" <<<"$msg" || fail "$*: no \"$expect\" in: $msg"
  echo "ok: refused: $*"
}
refuse 2 "--export $out/civ.txt: cannot tell what to export" --export "$out/civ.txt" --open civ-water
refuse 2 "--export needs --open" --export "$out/civ.md"
refuse 1 "--open: $out/none.json" --export "$out/none.md" --open "$out/none.json"
refuse 1 "$out/no-folder/civ.md: cannot create" --export "$out/no-folder/civ.md" --open civ-water
(unset DISPLAY WAYLAND_DISPLAY
 refuse 1 "--export $out/x.png draws the board in a window" --export "$out/x.png" --open civil
 refuse 1 "xvfb-run" --export "$out/x.html" --open civil)
for f in civ.txt none.md x.png x.html; do [ ! -e "$out/$f" ] || fail "$f was written"; done
[ -z "$(ls -A "$out" | grep -v -E '^(civ-water|small|borderline)' || true)" ] ||
  fail "stray files: $(ls -A "$out")"
[ ! -e "$XDG_STATE_HOME/pps-canvas/board.json" ] || fail "an export wrote the autosave"
echo "export test passed: $out/civ-water.html"
