#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Fuzzes each parser for a bounded time, one after the other, and prints a table. New inputs
# grow a corpus under WORK_DIR/corpus/PARSER; crashes, leaks and timeouts are written to
# WORK_DIR/artifacts/PARSER/. Keep each one in tests/fuzz/crashes/PARSER/ under a name that says
# what it does: the regression tests run them all. Exits non-zero when any parser crashed.
# Usage: fuzz.sh SECONDS MAX_LEN FUZZ_SOURCE_DIR WORK_DIR PARSER=BINARY...
set -uo pipefail
seconds=$1 max_len=$2 src=$3 work=$4
shift 4
rows=() failed=()
for arg; do
  parser=${arg%%=*} bin=${arg#*=}
  mkdir -p "$work/corpus/$parser" "$work/artifacts/$parser"
  log="$work/$parser.log"
  echo "fuzz: $parser for ${seconds} s, inputs up to $max_len bytes (log: $log)"
  # A parser's own dictionary (PARSER.dict) if it has one, else the JSON one.
  dict="$src/$parser.dict"
  [ -f "$dict" ] || dict="$src/json.dict"
  # -len_control=0: inputs up to MAX_LEN from the start, not grown slowly from the seeds' sizes.
  # The first corpus folder receives new inputs: the one in the build folder, never the seeds.
  UBSAN_OPTIONS=print_stacktrace=1 "$bin" -max_total_time="$seconds" -max_len="$max_len" \
    -len_control=0 -timeout=10 -rss_limit_mb=2048 -dict="$dict" -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$parser/" \
    "$work/corpus/$parser" "$src/corpus/$parser" "$src/crashes/$parser" > "$log" 2>&1
  code=$?
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
  result=ok
  if [ "$code" -ne 0 ]; then
    result="FAILED (exit $code)"
    failed+=("$parser")
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz_|artifact_prefix|Test unit written)' "$log" | head -n 20
  fi
  rows+=("$(printf '%-9s %10s %9s %9s %8s %8s  %s' "$parser" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "$(stat new_units_added)" "$(ls "$work/corpus/$parser" | wc -l)" \
    "$(stat peak_rss_mb)" "$result")")
done
printf '%-9s %10s %9s %9s %8s %8s  %s\n' parser executions 'exec/s' 'new' corpus 'RSS MB' result
printf '%s\n' "${rows[@]}"
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: crashes in ${failed[*]}: see the logs and $work/artifacts/"
  exit 1
fi
