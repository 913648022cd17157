// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/layout.h"

#include <algorithm>

namespace pps {

Layout ComputeLayout(DisplaySize display, float scale, int table_sides) {
  // The sidebar's text needs a width to read at; on a wide window it takes a third of it.
  const float sidebar_w = std::max(360.0f * scale, display.width * 0.3f);
  const float toolbar_w = 220.0f * scale;
  const float board_right = display.width - sidebar_w;
  Layout layout;
  layout.toolbar = {{0.0f, 0.0f}, {toolbar_w, display.height}};
  layout.board_panel = {{toolbar_w, 0.0f}, {board_right, display.height}};
  layout.sidebar = {{board_right, 0.0f}, {display.width, display.height}};
  layout.board_margin = 16.0f * scale;
  // Each strip lies between the panel's edge and the board, the board's paper margin beside it.
  const float band = table_sides > 1 ? (kStripHeight + 8.0f) * scale : 0.0f;
  const bool left = SideUsed(table_sides, Side::Left), top = SideUsed(table_sides, Side::Top);
  const bool right = SideUsed(table_sides, Side::Right);
  const ChipRect& p = layout.board_panel;
  const BoardRect b = FitBoard({p.min.x + (left ? band : 0.0f), p.min.y + (top ? band : 0.0f)},
                               {p.max.x - (right ? band : 0.0f), p.max.y - (top ? band : 0.0f)},
                               layout.board_margin);
  layout.board = b;
  layout.cards = p;
  if (band == 0.0f) return layout;
  const float edge = 8.0f * scale, h = kStripHeight * scale;
  if (top) layout.strips[static_cast<int>(Side::Top)] = {{b.min.x, edge}, {b.max.x, edge + h}};
  if (left)
    layout.strips[static_cast<int>(Side::Left)] = {{p.min.x + edge, b.min.y},
                                                   {p.min.x + edge + h, b.max.y}};
  if (right)
    layout.strips[static_cast<int>(Side::Right)] = {{p.max.x - edge - h, b.min.y},
                                                    {p.max.x - edge, b.max.y}};
  // Cards stay off the strips, so that nobody's undo lies under someone's card.
  if (top) layout.cards.min.y = edge + h;
  if (left) layout.cards.min.x = p.min.x + edge + h;
  if (right) layout.cards.max.x = p.max.x - edge - h;
  return layout;
}

Layout ComputePresentationLayout(DisplaySize display, float scale) {
  // The room's panel keeps at least 30 % of the width: its name and three points at the room's
  // size need it.
  const float side = std::min(display.height, display.width * 0.7f);
  Layout layout;
  layout.toolbar = {{0.0f, 0.0f}, {0.0f, display.height}};
  layout.board_panel = {{0.0f, 0.0f}, {side, display.height}};
  layout.sidebar = {{display.width, 0.0f}, {display.width, display.height}};
  layout.room = {{side, 0.0f}, {display.width, display.height}};
  layout.board_margin = 16.0f * scale;
  layout.board = FitBoard(layout.board_panel.min, layout.board_panel.max, layout.board_margin);
  // A chip at the board's right edge, and its weight's badge, reach past the square: the panel
  // (whose window clips the board's drawing) takes another margin of the room's side.
  layout.board_panel.max.x += layout.board_margin;
  layout.room.min.x += layout.board_margin;
  layout.cards = layout.board_panel;
  return layout;
}

Picture PictureOf(const Layout& layout, float scale) {
  const float band = kLegendHeight * scale, margin = layout.board_margin;
  Picture picture{layout.board, {}};
  BoardRect& r = picture.board;
  const float short_by = r.max.y + margin + band - layout.board_panel.max.y;
  if (short_by > 0.0f) {
    r.max.y -= short_by;
    r.min.x += short_by * 0.5f;
    r.max.x -= short_by * 0.5f;
  }
  picture.crop = {{r.min.x - margin, r.min.y - margin},
                  {r.max.x + margin, r.max.y + margin + band}};
  return picture;
}

}  // namespace pps
