// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The activity library in the sidebar: the typical propositions of the four types as ready
// tokens, one tap each onto the board. A new PPS is sketched without typing.

#include "ui/state/app_state.h"

namespace pps {

// Draws the library into the current window; a tap adds that activity to the board.
void DrawLibrary(AppState& state);

}  // namespace pps
