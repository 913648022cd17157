#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The install made by `cmake --install` runs on its own: the binary finds the installed data,
# and the desktop entry and icon are in place for the desktop's menu.
# Usage: install_test.sh CMAKE BUILD_DIR PREFIX
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/installed_tree.sh"
cmake=$1 build=$2 prefix=$3
rm -rf "$prefix"
"$cmake" --install "$build" --prefix "$prefix" > /dev/null
check_installed_tree "$prefix"
echo "install test passed: $prefix"
