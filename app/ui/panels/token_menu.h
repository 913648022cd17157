// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A token's card, opened by a tap on it or a long press (a finger or the mouse held still on
// it): beside the token, what the data and the user know of it (description, why it stands
// there, note), then finger-sized buttons, each asking for one undoable edit: weight, rename,
// note, duplicate, remove, put back. A press anywhere else closes it.

#include <vector>

#include "core/input/input_event.h"
#include "core/model/board_geometry.h"
#include "core/board/board.h"
#include "core/input/pointer_router.h"
#include "ui/panels/text_entry.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

// Closes the menu when a pointer presses outside it or its token has gone. Call with the
// frame's input before it is routed.
void FollowTokenMenu(TokenMenu& menu, const Board& board, const std::vector<InputEvent>& input);

// Opens the card of a token tapped in this frame, or long-pressed by now (seconds, the frame's
// time). Call once per frame after the frame's input was routed. Returns true when it opened one.
bool OpenTokenMenu(TokenMenu& menu, PointerRouter& router, Board& board, double now);

// Draws the open menu beside its token's chip, inside `area` (px), and asks for what is tapped
// (ui.commands; rename and note open `entry`). Call outside any window, after the board's chips
// were laid out.
void DrawTokenMenu(const Ui& ui, TokenMenu& menu, TextEntry& entry, const Board& board,
                   const ChipLayout& chips, const ChipRect& area);

}  // namespace pps
