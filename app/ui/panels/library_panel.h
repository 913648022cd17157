// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The activity library in the sidebar: the typical propositions of the four types as ready
// tokens, one tap each onto the board, or carried by a finger straight to where it belongs. A
// new PPS is sketched without typing.

#include "ui/panels/text_entry.h"
#include "ui/state/ui.h"

namespace pps {

// Draws the library into the current window; a tap adds that activity to the board, at its own
// place; one carried sideways out of the list and let go over `board` (px) goes where it was let
// go. "+ Eigen activiteit" carried there asks for its name, then stands there.
void DrawLibrary(const Ui& ui, TextEntry& entry, const BoardRect& board);

}  // namespace pps
