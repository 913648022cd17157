// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Presenting, the spotlight: everything but one token or one quadrant dims, to say "look here".
// While it is on, a tap on a chip lights its token, a tap elsewhere on the board the quadrant
// under it, and a tap on what is lit puts the light out; nothing moves.

#include <string>
#include <vector>

#include "core/board/board.h"
#include "core/input/input_event.h"
#include "core/model/board_geometry.h"
#include "ui/state/view_state.h"

struct ImDrawList;

namespace pps {

struct Spotlight {
  bool on = false;
  std::string token;  // the token lit (its id); empty: none
  int quadrant = -1;  // the quadrant lit: bit 0 right of the axes' middle, bit 1 below it; -1 none
  // The pointer whose press may become a tap, and where it went down (px).
  bool pressing = false;
  PointerId pressed;
  ScreenPoint down;

  void Clear() { token.clear(), quadrant = -1, pressing = false; }
};

// Lights what this frame's taps (a press let go within `slop` px of where it went down) are on:
// the topmost chip of `chips` under it, else the quadrant of `board` round `middle` (px, where the
// axes cross).
void FollowSpotlight(Spotlight& spot, const std::vector<InputEvent>& input, const Board& board,
                     const ChipLayout& chips, const BoardRect& rect, ScreenPoint middle,
                     float slop);

// Dims `area` (px; the board's panel: the room panel's words stay read) but for what is lit.
// Nothing lit: nothing drawn.
void DrawSpotlight(ImDrawList* draw, const Spotlight& spot, const Board& board,
                   const ChipLayout& chips, const BoardRect& rect, ScreenPoint middle,
                   const ChipRect& area, float scale);

}  // namespace pps
