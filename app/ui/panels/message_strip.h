// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the app has to say (ui/state/messages.h), in a strip at the foot of the sidebar: a button
// that closes it, then news in ink and what went wrong in red under its heading (at most two
// fifths of the sidebar; a longer text scrolls). The sidebar above
// it ends where it begins, so that nothing moves when a message comes or goes and nothing lies
// under it: what the strip takes from the sidebar's foot is still reached by scrolling.

#include "core/model/board_geometry.h"
#include "ui/state/messages.h"
#include "ui/state/ui.h"

namespace pps {

// How tall the strip for `messages` is at the foot of `sidebar` (px), its margin included; 0
// when there are none.
float MessageStripHeight(const Ui& ui, const Messages& messages, const ChipRect& sidebar);

// Draws `messages` at the foot of `sidebar` (px), as wide as it and `height` tall (as
// MessageStripHeight measured it this frame); nothing when that is 0.
void DrawMessageStrip(const Ui& ui, const Messages& messages, const ChipRect& sidebar,
                      float height);

}  // namespace pps
