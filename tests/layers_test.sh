#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The folders of app/ include only the folders below them (README, "Layout"; CMakeLists.txt links
# the core's libraries by the same table). Fails naming each file and the include it may not have.
# Usage: layers_test.sh SOURCE_DIR
set -euo pipefail
cd "$1/app"

# What each folder may include besides itself. The core includes no ImGui, GL or window system.
declare -A may=(
  [core/io]=""
  [core/model]="core/io"
  [core/files]="core/model core/io"
  [core/board]="core/files core/model core/io"
  [core/input]="core/board core/files core/model core/io"
  [core/report]="core/model core/io"
  [core/cli]="core/report core/board core/files core/model core/io"
  [ui]="core"
  [shell]="ui core"
  [platform]="shell ui core"
  [tools]=""
)

status=0
for folder in "${!may[@]}"; do
  for file in $(find "$folder" -name '*.h' -o -name '*.cpp'); do
    while IFS= read -r include; do
      allowed=0
      [[ "$include" == "$folder/"* ]] && allowed=1
      for other in ${may[$folder]}; do [[ "$include" == "$other/"* ]] && allowed=1; done
      if [ "$allowed" = 0 ]; then echo "FAIL: $file includes \"$include\""; status=1; fi
    done < <(sed -nE 's/^#include "([^"]+)".*/\1/p' "$file" | grep '/' || true)
    if [[ "$folder" == core/* ]] && grep -nE '^#include <(imgui|GL|GLFW|glad|X11)' "$file"; then
      echo "FAIL: $file (core) includes a UI or platform header"; status=1
    fi
  done
done
[ "$status" = 0 ] && echo "every folder includes only the folders below it"
exit "$status"
