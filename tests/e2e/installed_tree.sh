# SPDX-License-Identifier: EUPL-1.2
# Shared by the install and Debian package tests (sourced): checks an installed tree, however
# it was made (cmake --install, or a .deb unpacked).

# Checks that the tree under PREFIX ($1: PREFIX/bin, PREFIX/share) runs on its own: the binary
# finds the installed data, the desktop entry and icon are in place for the desktop's menu, and
# the manual pages, the AppStream metainfo, the copyright file and the changelog where a
# distribution looks for them.
# Takes one case out of the installed data (only there): the installed binary must not see it,
# which shows it reads the install and not the source tree it was built from.
check_installed_tree() {
  local prefix=$1 cases
  rm "$prefix/share/pps-canvas/data/cases/09-civil.json"
  cases=$(env -u PPS_CANVAS_DATA "$prefix/bin/pps-canvas" --list-cases --json)
  grep -q '"id": "civ-water"' <<<"$cases" || { echo "installed binary lists no cases: $cases"; exit 1; }
  if grep -q '"id": "civil"' <<<"$cases"; then echo "the installed binary read the source tree"; exit 1; fi
  test -f "$prefix/share/applications/pps-canvas.desktop" || { echo "no desktop entry"; exit 1; }
  test -f "$prefix/share/icons/hicolor/scalable/apps/pps-canvas.svg" || { echo "no icon"; exit 1; }
  grep -q '^Exec=pps-canvas' "$prefix/share/applications/pps-canvas.desktop" ||
    { echo "desktop entry does not start pps-canvas"; exit 1; }
  # What a distribution asks for besides: the manual pages (gzipped, and man reads them), the
  # AppStream metainfo, the copyright file and the changelog.
  local page shown
  for page in pps-canvas pps-tuio-send; do
    test -f "$prefix/share/man/man1/$page.1.gz" || { echo "no manual page $page.1.gz"; exit 1; }
    shown=$(MANWIDTH=80 man -l "$prefix/share/man/man1/$page.1.gz" 2>&1) || true
    grep -q "^NAME" <<<"$shown" || { echo "man cannot read $page.1.gz: $shown"; exit 1; }
  done
  test -f "$prefix/share/metainfo/nl.ppscanvas.PpsCanvas.metainfo.xml" ||
    { echo "no AppStream metainfo"; exit 1; }
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$prefix/share/doc/pps-canvas/copyright" || { echo "no machine-readable copyright file"; exit 1; }
  gzip -t "$prefix/share/doc/pps-canvas/changelog.gz" || { echo "no gzipped changelog"; exit 1; }
}
