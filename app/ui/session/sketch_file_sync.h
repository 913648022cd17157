// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The board's sketch saved back to its own file (a named sketch, or one opened with --open)
// whenever a change settles. A file changed on disk by someone else since this app read or wrote
// it (another copy of the app, an editor) is never written over: the user chooses to keep both
// or to load theirs.

#include <string>

#include "ui/state/app_state.h"

namespace pps {

// Puts the sketch file at `path` on the board (Board::Open: undoable, the board before kept as
// the previous one) and remembers it as read. Returns an error naming the file, empty on success.
Error OpenSketchFile(AppState& state, const std::string& path);

// Records that the board's sketch and its file agree now (just read or written as it stands).
void MarkSynced(AppState& state);

// Saves the board's sketch to its file when it changed and has settled; or, when the file was
// changed on disk since, marks the conflict for the user (GalleryState::conflict) and writes
// nothing. A file deleted outside the app is written again, and the user told. Call once a frame,
// after the frame's commands; at `exit`, a save that failed at the last change is tried again.
void SyncSketchFile(AppState& state, bool exit = false);

// Keep both: ours goes to a new file beside theirs, named "<name> (2)" (or the next free), and
// the board saves there from now on.
void KeepBothFiles(AppState& state);

// Load theirs: their file is opened on the board; ours stays one tap away as the previous board.
void LoadTheirFile(AppState& state);

}  // namespace pps
