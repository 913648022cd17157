// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The activity library in the sidebar: the typical propositions of the four types as ready
// tokens, one tap each onto the board. A new PPS is sketched without typing.

#include "ui/panels/text_entry.h"
#include "ui/state/ui.h"

namespace pps {

// Draws the library into the current window; a tap adds that activity to the board.
void DrawLibrary(const Ui& ui, TextEntry& entry);

}  // namespace pps
