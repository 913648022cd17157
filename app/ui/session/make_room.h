// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A token renamed to a longer label grows, and must not then cover its neighbours: each one it
// newly covers steps aside, in the same undo step as the rename.

#include <string>

#include "ui/state/app_state.h"

namespace pps {

// Renames token `id` to `label` as one undo step, in which each token whose chip the renamed
// chip now covers, and did not before, moves aside: the least way (left, right, up or down, px
// as drawn) that clears it and keeps that token on the board and in its quadrant, so that the
// type reads as before. One that cannot stays. Returns false when the rename changed nothing.
bool RenameMakingRoom(AppState& state, const std::string& id, const LocalText& label);

}  // namespace pps
