// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Aim for a type, on the board: the plan of the type aimed for (core/model/aim.h) drawn under the
// chips. A token to move gets an arrow from its chip to a faint ghost chip where it should go;
// an activity to add shows as a dashed ghost chip with a "+"; a ring marks where the zwaartepunt
// lands. It is drawn into the window's own list, never into the still chips' layer, so it
// follows the plan and the frame hash sees every change of it.

#include "core/model/board_geometry.h"
#include "core/board/board.h"
#include "core/model/content.h"
#include "ui/board/board_view.h"

struct ImDrawList;

namespace pps {

// Makes aim.plan the plan for `board` as it stands, unless it is already: once per board
// revision. Does nothing while not aiming.
void FollowAim(AimView& aim, const Content& content, const Board& board);

// Draws the aim's plan over the board in `rect` (px) on `draw` and counts what it drew in
// the probe, if any. Call before the chips, so that it lies under them.
void DrawAimOverlay(ImDrawList* draw, const BoardScene& scene, const BoardRect& rect);

}  // namespace pps
