// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Where people sit round a touch table, and which way text must face to be read from there.
// A side is named by the quarter turns (clockwise on screen) that make text upright for the
// person sitting at it: at the bottom edge none, at the left one, at the top two, at the right
// three. Pure geometry in px of the display; the UI turns panels and their input by it.

#include "core/model/board_geometry.h"

namespace pps {

enum class Side : int { Bottom = 0, Left = 1, Top = 2, Right = 3 };
inline constexpr int kSideCount = 4;

// Whether a table of `sides` people's sides (1: the bottom; 2: bottom and top, the long sides of
// a landscape table; 4: all) has someone at `side`.
bool SideUsed(int sides, Side side);

// The used sides after `side`, clockwise (Bottom, Left, Top, Right, Bottom...), ending with
// `side` itself: where a card turned by hand goes next, each quarter-or-half turn in turn.
// Fills `out`, returns how many.
int SidesAfter(int sides, Side side, Side (&out)[kSideCount]);

// The used side whose edge of a `width` x `height` px display is nearest `p` (px).
Side NearestSide(ScreenPoint p, float width, float height, int sides);

// How a panel laid out upright is drawn for a side (SideView::TurnFor): turned `quarters` times
// clockwise on screen about its middle, and moved from `upright_center` to `screen_center` (px).
struct Turn {
  int quarters = 0;  // 0 to 3
  ScreenPoint upright_center, screen_center;

  ScreenPoint ToScreen(ScreenPoint upright) const;
  ScreenPoint ToUpright(ScreenPoint screen) const;
  ChipRect RectToScreen(const ChipRect& upright) const;
  ChipRect RectToUpright(const ChipRect& screen) const;
};

// The display as the person at `side` sees it: `width` x `height` px in their own upright
// frame (the display's sides swapped for the left and right), and the maps between that frame
// and the display's px.
struct SideView {
  Side side = Side::Bottom;
  float width = 0.0f, height = 0.0f;  // px, as seen from the side
  float display_width = 0.0f, display_height = 0.0f;

  static SideView Of(Side side, float display_width, float display_height);
  ScreenPoint ToScreen(ScreenPoint seen) const;
  ScreenPoint FromScreen(ScreenPoint screen) const;
  ChipRect RectToScreen(const ChipRect& seen) const;
  ChipRect RectFromScreen(const ChipRect& screen) const;
  // Where to lay out (for ImGui, upright) a panel that shows at `seen` in this side's frame: as
  // near its place on the display as the display lets it lie whole (ImGui clips what lies off
  // it).
  ChipRect UprightRect(const ChipRect& seen) const;
  // The turn that draws that panel where RectToScreen(seen) is.
  Turn TurnFor(const ChipRect& seen) const;
};

// A table: the sides people sit at, round a display of `width` x `height` px.
struct Table {
  int sides = 1;  // 1, 2 or 4
  float width = 0.0f, height = 0.0f;

  Side Nearest(ScreenPoint p) const { return NearestSide(p, width, height, sides); }
  SideView View(Side side) const { return SideView::Of(side, width, height); }
};

}  // namespace pps
