#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A manual page says what its program's --help says: every option --help names is an entry of
# the page's OPTIONS, and the page has no entry that --help does not name, so the two cannot
# drift apart. man renders the page without a warning (the check lintian makes).
# Usage: man_test.sh PROGRAM PAGE.1 [PROGRAM PAGE.1 ...]
set -euo pipefail
status=0
while [ $# -ge 2 ]; do
  program=$1 page=$2
  shift 2
  name=$(basename "$program")
  help=$("$program" --help)
  # --long anywhere in the help, -x where an option's line starts ("  -h, --help").
  from_help=$({
    grep -oE -- '--[a-z][a-z-]*' <<<"$help" || true
    grep -oE -- '^ +-[a-zA-Z],' <<<"$help" | tr -d ' ,' || true
  } | sort -u)
  # The entries of OPTIONS as man shows them: the tag lines, indented 7, that start with '-'.
  rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E ascii -l "$page")
  from_page=$(awk '/^[A-Z]/ { in_options = ($0 == "OPTIONS") } in_options && /^       -/' <<<"$rendered" |
    grep -oE -- '(^|[ ,])--?[a-zA-Z][a-z-]*' | tr -d ' ,' | sort -u)
  [ -n "$from_help" ] || { echo "FAIL: $name --help names no option"; status=1; }
  missing=$(comm -23 <(echo "$from_help") <(echo "$from_page"))
  extra=$(comm -13 <(echo "$from_help") <(echo "$from_page"))
  if [ -n "$missing" ]; then
    echo "FAIL: $page lacks what $name --help names:" $missing
    status=1
  fi
  if [ -n "$extra" ]; then
    echo "FAIL: $page has options that $name --help does not name:" $extra
    status=1
  fi
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || echo "man failed on $page")
  if [ -n "$warnings" ]; then
    echo "FAIL: man warns on $page:"
    echo "$warnings"
    status=1
  fi
  [ "$status" = 0 ] && echo "$page: the $(wc -l <<<"$from_help") options of $name --help, no more"
done
exit "$status"
