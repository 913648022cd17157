// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The four-quadrant board: quadrants, axes, tokens and the zwaartepunt.

#include "core/model/board_geometry.h"
#include "core/model/classify.h"
#include "ui/state/app_state.h"

struct ImDrawList;

namespace pps {

// Where the board's tokens, the bin and what covers the board are, as the user last saw them:
// what pointer events are routed against.
PointerTargets BoardTargets(const AppState& state);

// Lays out the chip of every token of the board (state.chips, state.chip_labels): where each
// is on screen, for drawing and for hit-testing.
void LayoutChips(AppState& state, const BoardRect& rect);

// Draws the board into `rect` (px) on `draw` and records where each chip went (state.chips).
// `now` is the app's clock in seconds. Returns true while something on the board animates.
bool DrawBoard(ImDrawList* draw, AppState& state, const Classification& c, const BoardRect& rect,
               double now);

}  // namespace pps
