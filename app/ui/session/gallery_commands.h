// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the gallery's buttons ask for, applied with the frame's other commands (ui/session/commands.h):
// save as a name, open, duplicate, rename, remove to the bin, restore, and the two answers to a
// sketch file changed on disk.

#include "ui/state/app_state.h"

namespace pps {

// Applies one of the gallery's commands (SaveSketchAs ... LoadTheirs, ToggleGallery,
// CloseGallery). A saved sketch is named by its file (Command::token). Errors are told in
// state.messages; nothing is changed then.
void ApplyGalleryCommand(AppState& state, const Command& command);

}  // namespace pps
