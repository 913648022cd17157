// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The one point in a frame where what the user asked for (AppState::commands, from buttons and
// shortcuts) is carried out.

#include "ui/state/app_state.h"

namespace pps {

// Carries out the frame's commands in the order they were asked for, then forgets them.
// Returns true when there were any.
bool ApplyCommands(AppState& state);

}  // namespace pps
