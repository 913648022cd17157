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
// nothing. A file deleted outside the app is written again, and the user told. The frame copies
// the sketch and a thread writes it (GalleryState::writer); a later call tells how it went, one
// write at a time. Call once a frame, after the frame's commands; at `exit`, a save that failed at
// the last change is tried again, and the call returns once the file is written.
void SyncSketchFile(AppState& state, bool exit = false);

// Takes how the write handed over went, if it has ended: the file's stamp, its card in the
// gallery, or the error or conflict for the user.
void TakeSketchFileSave(AppState& state);

// Waits for the write handed over, if any, and takes how it went.
void FinishSketchFileSave(AppState& state);

// Keep both: ours goes to a new file beside theirs, named "<name> (2)" (or the next free), and
// the board saves there from now on.
void KeepBothFiles(AppState& state);

// Load theirs: their file is opened on the board; ours stays one tap away as the previous board.
void LoadTheirFile(AppState& state);

}  // namespace pps
