#pragma once
// The board as it stands is kept in one file, written atomically whenever a change settles (a
// drag ends, a sketch opens) and read back at the next start: closing the window, a crash or a
// power cut loses at most the drag in progress.

#include <string>

#include "core/json_read.h"
#include "core/sketch.h"

namespace pps {

// $XDG_STATE_HOME/pps-canvas/board.json, else ~/.local/state/pps-canvas/board.json; empty when
// neither variable is set.
std::string AutosavePath();

// Writes `sketch` to `path` atomically, creating its folder. Returns an error message, empty on
// success.
std::string Autosave(const Sketch& sketch, const std::string& path);

// The file beside the autosave at `path` that keeps the board before it (AppState::previous).
std::string PreviousBoardPath(const std::string& path);

// A new file in the folder "kept" beside the autosave at `path`, named after `now` (seconds
// since 1970) and `n`, for a board that is no longer the last one or the one before.
std::string KeptBoardPath(const std::string& path, long long now, int n);

// Reads the autosave at `path`. No file: neither a sketch nor an error. A file that cannot be
// read is moved aside to PATH.broken (PATH.broken-2, ... when that exists), so that nothing
// overwrites it, and the error says so. `kept_aside` is false when it could not be moved: then
// nothing may write to `path`.
Loaded<Sketch> RestoreAutosave(const std::string& path, bool& kept_aside);

}  // namespace pps
