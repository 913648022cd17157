// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The gallery of one's own sketches in the sidebar: save the board as a name, then each kept
// sketch as a card (a small picture of its board, its name and type) with Open, Copy, Name and
// Remove, newest first; below them the bin, to restore from.

#include "ui/state/app_state.h"

namespace pps {

// Draws the gallery into the current window, reading the folder again first when it changed.
void DrawGallery(AppState& state);

// When the board's file was changed on disk since this app read or wrote it: says so, with
// "Keep both" and "Load theirs". Nothing otherwise.
void DrawFileConflict(AppState& state);

}  // namespace pps
