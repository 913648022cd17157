// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Where the app's panels lie in its window: the toolbar on the left, the board in the middle,
// the sidebar on the right, and the board's square inside its panel. Pure geometry, no ImGui:
// the app (DrawApp), the board's export and the benchmark all place things by it.

#include <array>

#include "core/model/board_geometry.h"
#include "core/model/table_sides.h"

namespace pps {

// The size of a window or display. px.
struct DisplaySize {
  float width = 0.0f;
  float height = 0.0f;
};

// The panels of a window, px, upright (a turned view turns them as it draws).
struct Layout {
  ChipRect toolbar;           // the column of buttons on the left
  ChipRect board_panel;       // between the toolbar and the sidebar: the board and its paper
  ChipRect sidebar;           // the type, its guidance, the library, the gallery
  BoardRect board;            // the board's square, centred in board_panel
  float board_margin = 0.0f;  // px of paper round the board, where a chip at its edge reaches
  // Round a table, the strip along the board's edge for each used side but the bottom (whose
  // people have the toolbar and the sidebar): the type and the toolbar's actions, facing that
  // side. Empty for a side without one. px, on screen.
  std::array<ChipRect, kSideCount> strips{};
  ChipRect cards;  // where a token's card may lie: the board's panel less the strips
  ChipRect room;   // presenting: the panel beside the board for the room (type, points); else none

  // The board with its paper margin round it: what an export of the board crops.
  ChipRect BoardWithMargin() const {
    return {{board.min.x - board_margin, board.min.y - board_margin},
            {board.max.x + board_margin, board.max.y + board_margin}};
  }
};

// The layout of a window of `display` px at the UI scale `scale`, for a table with people at
// `table_sides` sides (1, 2 or 4): the board leaves room for the other sides' strips.
Layout ComputeLayout(DisplaySize display, float scale, int table_sides = 1);

// Presenting: no toolbar and no sidebar; the board as large as the window's height allows with
// at least a share of its width left for the room's panel beside it; `scale` is the room's.
Layout ComputePresentationLayout(DisplaySize display, float scale);

// A report's picture (and --export's PNG): the board with its paper margin and, below it, a band
// for the legend (the sketch's name, its type, the day; board_view.h). Where the board's panel
// has room below the board, the board stays as the screen shows it; where it has not, the board
// is drawn smaller (in that frame only) to make the room.
inline constexpr float kLegendHeight = 56.0f;  // px at scale 1
struct Picture {
  BoardRect board;  // where the board is drawn
  ChipRect crop;    // what the picture holds: the board, its margin, the legend's band
};
Picture PictureOf(const Layout& layout, float scale);

// A side's strip is this tall (px at scale 1): a row of finger-sized buttons.
inline constexpr float kStripHeight = 60.0f;

}  // namespace pps
