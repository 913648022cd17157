// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Round a table (--table 2 or 4), each used side but the bottom has a strip along its edge of
// the board, facing it: the type and how firmly it holds, or for a while after a shift
// "Opleider → Ondernemer"; undo and redo; and ☰, which opens the toolbar's actions in a card
// facing that side. So nobody reads the type sideways or walks round the table to undo.

#include <array>

#include "core/board/board.h"
#include "core/board/type_timeline.h"
#include "core/model/classify.h"
#include "core/model/table_sides.h"
#include "ui/frame/turned_panels.h"
#include "ui/panels/toolbar.h"
#include "ui/state/ui.h"

namespace pps {

// Which side's card of the toolbar's actions is open, kept between frames.
struct SideActions {
  int side = -1;  // Side; -1 while closed
  ChipRect rect;  // px, on screen, as drawn last: presses there are the card's, not the tokens'
  bool Open() const { return side >= 0; }
};

// What the strips show and where.
struct StripScene {
  const Ui& ui;
  const Board& board;
  const Classification& classification;
  const TypeTimeline& timeline;
  const std::array<ChipRect, kSideCount>& strips;  // px on screen (Layout::strips); empty: none
  const ChipRect& area;                            // px: where the actions card may lie
  const Table& table;
  ToolbarShows shows;
  double now = 0.0;  // seconds, the frame's time
};

// Draws each side's strip and the open actions card, turned toward their sides (registered in
// `panels`). Returns true while a shift's banner shows (it fades: draw more frames).
bool DrawSideStrips(const StripScene& scene, SideActions& actions, TurnedPanels& panels);

}  // namespace pps
