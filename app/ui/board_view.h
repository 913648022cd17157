#pragma once
// The four-quadrant board: quadrants, axes, tokens and the zwaartepunt.

#include "core/board_geometry.h"
#include "core/classify.h"
#include "ui/app_state.h"

struct ImDrawList;

namespace pps {

// Draws the board into `rect` (px) on `draw`.
void DrawBoard(ImDrawList* draw, const AppState& state, const Classification& c,
               const BoardRect& rect);

}  // namespace pps
