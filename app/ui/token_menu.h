#pragma once
// A token's actions, opened by a long press on it (a finger or the mouse held still on it):
// finger-sized buttons beside the token, each asking for one undoable edit. A press anywhere
// else closes it.

#include <vector>

#include "core/board_geometry.h"
#include "core/input_event.h"
#include "ui/app_state.h"

namespace pps {

// Closes the menu when a pointer presses outside it or its token has gone. Call with the
// frame's input before it is routed.
void FollowTokenMenu(AppState& state, const std::vector<InputEvent>& input);

// Opens the menu of a token long-pressed by now (seconds, the frame's time). Call once per
// frame after the frame's input was routed. Returns true when it opened one.
bool OpenTokenMenu(AppState& state, double now);

// Draws the open menu beside its token's chip, inside `area` (px), and asks for what is tapped
// (state.commands). Call outside any window, after the board's chips were laid out.
void DrawTokenMenu(AppState& state, const ChipRect& area);

}  // namespace pps
