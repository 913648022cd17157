// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The sidebar: the current type, how clear it is, and what that type asks of the partners.

#include "core/model/classify.h"
#include "ui/state/app_state.h"

namespace pps {

// Draws the sidebar's contents into the current ImGui window.
void DrawSidebar(AppState& state, const Classification& c);

}  // namespace pps
