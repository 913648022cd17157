// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A token's card, opened by a tap on it or a long press (a finger or the mouse held still on
// it): beside the token, what the data and the user know of it (description, why it stands
// there, note), then finger-sized buttons, each asking for one undoable edit: weight, rename,
// note, duplicate, remove, put back. A press anywhere else closes it.

#include <vector>

#include "core/board/board.h"
#include "core/input/input_event.h"
#include "core/input/pointer_router.h"
#include "core/model/board_geometry.h"
#include "ui/frame/turned_panels.h"
#include "ui/panels/text_entry.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

// Closes a card when its token has gone, or a pointer presses outside it: round a table, a
// pointer of the side it faces (someone else's press elsewhere is theirs). Call with the frame's
// input before it is routed.
void FollowTokenMenus(TokenMenus& menus, const Board& board, const std::vector<InputEvent>& input,
                      const Table& table);

// Opens the card of each token tapped in this frame, or long-pressed by now (seconds, the
// frame's time), as the card of the side of the table nearest the finger, facing it: one card a
// side, so people at different sides each have theirs. While someone at that side types, their
// taps and long presses open nothing: the card of the text being typed stays. Call once per
// frame after the frame's input was routed. Returns true when it opened one.
bool OpenTokenMenus(TokenMenus& menus, PointerRouter& router, Board& board, double now,
                    const Table& table, const TextEntries& entries);

// Draws each open card beside its token's chip, inside `area` (px), facing its side of `table`
// (registered in `panels`), and asks for what is tapped (ui.commands; rename and note open the
// keyboard of the same side). Round a table a card has a handle (↻): a tap turns it about the
// handle to the next used side clockwise whose card is closed, and it is that side's card from
// then on (a guess of the nearest side was wrong, or someone hands it over to be read). Call
// outside any window, after the board's chips were laid out.
void DrawTokenMenus(const Ui& ui, TokenMenus& menus, TextEntries& entries, const Board& board,
                    const ChipLayout& chips, const ChipRect& area, const Table& table,
                    TurnedPanels& panels);

}  // namespace pps
