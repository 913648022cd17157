// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The bin: a token dragged onto it and let go there leaves the board (one undo step). It shows
// only while a token is dragged, never on a mere press, at the bottom of the toolbar column:
// the column holds no tokens and its last buttons are not needed in the middle of a drag, so
// the bin hides nothing on the board, and it sits at the table's edge, away from the board
// where fingers work.

#include <imgui.h>

#include "core/model/board_geometry.h"
#include "core/input/pointer_router.h"
#include "ui/state/ui.h"

namespace pps {

// Where the bin is (px) on a display of `display` px with a toolbar `toolbar_w` px wide.
ChipRect BinRect(ImVec2 display, float toolbar_w, float scale);

// Draws the bin at `zone` (px) while a token is dragged, lit while a dragged token's pointer is
// over it; records what it showed in the probe, if any. Call outside any window.
void DrawBin(const Ui& ui, const PointerRouter& router, const ChipRect& zone);

}  // namespace pps
