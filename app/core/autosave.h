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

// Reads the autosave at `path`. No file: neither a sketch nor an error. A file that cannot be
// read is moved aside to PATH.broken, so that nothing overwrites it, and the error says so.
Loaded<Sketch> RestoreAutosave(const std::string& path);

}  // namespace pps
