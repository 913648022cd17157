// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The column beside the board: new sketch, reset, the case picker, the language.

#include "core/board/board.h"
#include "ui/state/ui.h"

namespace pps {

// Which of the toolbar's toggles are on.
struct ToolbarShows {
  bool gallery = false;  // one's own sketches, in the sidebar
  bool library = false;  // the activity library, in the sidebar
  bool turned = false;   // the view turned round for the people across the table
  int table_sides = 1;   // the sides of the table people sit at
};

// Draws the toolbar into the current window, one finger-sized button per row: new, the gallery,
// undo, redo, reset, back, the library, the cases, the language and the turn, and the sides of
// the table. New, the language, the turn and the sides change everything for everyone: the first
// tap puts such a button in a confirm state in place ("Zeker? Tik nog eens"), and a second tap on
// it within 3 s acts.
void DrawToolbar(const Ui& ui, const Board& board, const ToolbarShows& shows);

}  // namespace pps
