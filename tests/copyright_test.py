#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# The package's copyright file (made by the build from debian/copyright.in) is machine-readable
# as Debian's DEP-5 says, read by python3-debian's strict parser: every licence it names has
# its text (in the file, or in /usr/share/common-licenses), the texts in it are LICENSE's and
# data/LICENSE's word for word, and each part of the tree gets the licence the README gives it.
# Run by Debian's /usr/bin/python3 (python3-debian), not a python3 that PATH may find first.
# Usage: copyright_test.py COPYRIGHT SOURCE_DIR
import os
import sys

try:
    from debian.copyright import Copyright, NotMachineReadableError
except ImportError:
    sys.exit("FAIL: python3-debian is missing: install it (bash third_party/setup.sh)")

path, src = sys.argv[1], sys.argv[2]
try:
    with open(path, encoding="utf-8") as f:
        copyright = Copyright(f, strict=True)
except (NotMachineReadableError, ValueError) as e:
    sys.exit(f"FAIL: {path} is not machine-readable (DEP-5): {e}")
failures = []

standalone = {p.license.synopsis: p.license.text for p in copyright.all_license_paragraphs()}
for paragraph in copyright.all_files_paragraphs():
    name = paragraph.license.synopsis
    if not paragraph.copyright:
        failures.append(f"Files: {' '.join(paragraph.files)} has no Copyright")
    if name not in standalone and not os.path.exists(f"/usr/share/common-licenses/{name}"):
        failures.append(f"License {name} has no text: no License paragraph, no common licence")


def lines(text):
    return [line.rstrip() for line in text.strip("\n").split("\n")]


for name, licence in (("EUPL-1.2", "LICENSE"), ("CC-BY-4.0", "data/LICENSE")):
    with open(os.path.join(src, licence), encoding="utf-8") as f:
        if lines(standalone.get(name, "")) != lines(f.read()):
            failures.append(f"the text of License {name} is not {licence}'s")

for file, name in (("app/main.cpp", "EUPL-1.2"), ("tests/CMakeLists.txt", "EUPL-1.2"),
                   ("data/model.json", "CC-BY-4.0"), ("data/cases/03-civ-water.json", "CC-BY-4.0"),
                   ("assets/nl.ppscanvas.PpsCanvas.metainfo.xml", "CC0-1.0")):
    found = copyright.find_files_paragraph(file)
    if found is None or found.license.synopsis != name:
        failures.append(f"{file}: expected {name}, the file says "
                        f"{found.license.synopsis if found else 'nothing'}")

for failure in failures:
    print("FAIL:", failure)
if failures:
    sys.exit(1)
print(f"{path}: DEP-5, licences {', '.join(sorted(standalone))} in full, each part its own")
