// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What an axis end means, opened by a tap on its label on the board: the words of the model
// (data/model.json) shown where the question was asked. A press anywhere else closes it.

#include <vector>

#include "core/input/input_event.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

// Opens the card of an axis label tapped (pressed and let go on it, no chip over it) and closes
// an open card on a press outside it. Call with the frame's input before it is routed.
// Closes the token menu when a card opens.
void FollowAxisCard(AxisCard& card, TokenMenus& menus, const AxisPills& pills,
                    const ChipLayout& chips, const std::vector<InputEvent>& input,
                    const Table& table);

// Draws the open card beside its label, inside `area` (px). Call outside any window.
void DrawAxisCard(const Ui& ui, AxisCard& card, const AxisPills& pills, const ChipRect& area);

}  // namespace pps
