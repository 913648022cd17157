#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every source file of the project names its licence (README, "Licence and credits"); fails
# naming each one that does not.
# Usage: spdx_test.sh SOURCE_DIR
set -euo pipefail
cd "$1"
# third_party/sources: Debian's source packages that the browser build compiles (fetch_sources.sh).
missing=$(find app tests third_party .ci CMakeLists.txt -path third_party/sources -prune -o -type f \
  \( -name '*.cpp' -o -name '*.h' -o -name '*.c' -o -name '*.sh' -o -name '*.py' -o -name '*.cmake' \
  -o -name CMakeLists.txt -o -name run -o -name '*.js' -o -name '*.js.in' -o -name '*.html' \) -print0 | xargs -0 grep -L 'SPDX-License-Identifier: EUPL-1.2' || true)
[ -z "$missing" ] || { echo "FAIL: no SPDX-License-Identifier line in:"; echo "$missing"; exit 1; }
echo "every source file names its licence"
