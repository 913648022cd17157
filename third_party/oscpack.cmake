# SPDX-License-Identifier: EUPL-1.2
# oscpack (Debian liboscpack-dev): OSC packets for TUIO, parsed in the core and built by the
# sender. Included by dependencies.cmake and by the fuzz build, which both link the core.
find_library(OSCPACK_LIBRARY NAMES oscpack REQUIRED)
find_path(OSCPACK_INCLUDE_DIR oscpack/osc/OscReceivedElements.h REQUIRED)
add_library(oscpack SHARED IMPORTED GLOBAL)
set_target_properties(oscpack PROPERTIES
  IMPORTED_LOCATION "${OSCPACK_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${OSCPACK_INCLUDE_DIR}")
