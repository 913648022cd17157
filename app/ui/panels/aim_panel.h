// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Aim for a type, in the sidebar: a "Doel" button per type, and for the type aimed for, what
// its plan changes and one button to apply it all as one undo step.

#include "ui/state/app_state.h"

namespace pps {

// Draws the aim's buttons and the plan's lines at the sidebar's cursor. Buttons push SetAim and
// ApplyAim commands; nothing changes here.
void DrawAimPanel(const Ui& ui, const Board& board, AimView& aim);

}  // namespace pps
