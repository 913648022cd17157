// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The column beside the board: new sketch, reset, the case picker, the language.

#include "ui/state/app_state.h"

namespace pps {

// Draws the toolbar into the current window, one finger-sized button per row.
void DrawToolbar(AppState& state);

}  // namespace pps
