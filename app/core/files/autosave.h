// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The board as it stands is kept in one file, written atomically whenever a change settles (a
// drag ends, a sketch opens) and read back at the next start: closing the window, a crash or a
// power cut loses at most the drag in progress. One app owns the folder (core/io/state_lock.h);
// another copy reads the board from it but saves in a session folder of its own.

#include <cstddef>
#include <string>

#include "core/io/atomic_file.h"
#include "core/io/loaded.h"
#include "core/model/sketch.h"

namespace pps {

// Boards in the "kept" folder beyond this many go, the oldest first: it must not fill a disk
// over months of opening cases.
inline constexpr std::size_t kMaxKeptBoards = 50;

// $XDG_STATE_HOME/pps-canvas/board.json, else ~/.local/state/pps-canvas/board.json; empty when
// neither variable is set.
std::string AutosavePath();

// Writes `sketch` to `path` atomically, creating its folder. Returns an error message, empty on
// success. `written`, when given, gets the stamp of the file written. A sketch with a file of its
// own (Sketch::file) is written with a link to it ("saved_to") and `file_stamp`, that file as this
// app last read or wrote it, so that after a restart the board saves back there and still
// notices when someone else changed the file in between.
std::string Autosave(const Sketch& sketch, const std::string& path, FileStamp* written = nullptr,
                     const FileStamp& file_stamp = {});

// The file beside the autosave at `path` that keeps the board before it (AppState::previous).
std::string PreviousBoardPath(const std::string& path);

// Where a second copy of the app, process `pid`, saves while another owns the folder of the
// autosave at `path`: sessions/PID/board.json beside it.
std::string SessionBoardPath(const std::string& path, long pid);

// The folder "kept" beside the autosave at `path`.
std::string KeptFolder(const std::string& path);

// A new file in KeptFolder(path), named after `now` (seconds since 1970) and `n`, for a board
// that is no longer the last one or the one before.
std::string KeptBoardPath(const std::string& path, long long now, int n);

// Removes from the kept folder `folder` the oldest boards (by the time and number in their
// KeptBoardPath names) beyond `keep`; other files are left alone. Returns an error, empty on
// success.
std::string PruneKept(const std::string& folder, std::size_t keep = kMaxKeptBoards);

// Removes the temporary files of board.json, previous.json, history.json and settings.json
// (WriteFileAtomically's, cut off by a crash) from the state folder `folder`; nothing else, not
// even PATH.broken. Only the folder's owner may: another app's save may be under way. Returns how
// many it removed.
int RemoveLeftoverTemps(const std::string& folder);

// Whether the file at `path` is not the one this app last wrote or read there (`known`):
// another program or a person put it there, and a save must keep it before replacing it. No
// file is no change.
bool ChangedOutside(const std::string& path, const FileStamp& known);

// Moves the file at `path` to `kept` (a KeptBoardPath), making its folder. Returns an error
// naming `path`, empty on success.
std::string MoveToKept(const std::string& path, const std::string& kept);

// Moves the file at `path` aside to PATH.broken (PATH.broken-2, ... when that exists), so that
// nothing overwrites it. Returns what to add to the error that made it so: where it went, or
// that it could not be moved; `moved`, when given, says which.
std::string MoveAside(const std::string& path, bool* moved = nullptr);

// Reads the autosave at `path`. No file: neither a sketch nor an error. A file that cannot be
// read is moved aside to PATH.broken (PATH.broken-2, ... when that exists), so that nothing
// overwrites it, and the error says so. `kept_aside` is false when it could not be moved: then
// nothing may write to `path`. `stamp`, when given, gets the file that was read (none when no
// board came of it).
Loaded<Sketch> RestoreAutosave(const std::string& path, bool& kept_aside,
                               FileStamp* stamp = nullptr);

// Reads the autosave at `path` and changes nothing, for an app that does not own its folder.
// No file: neither a sketch nor an error. `stamp` as for RestoreAutosave().
Loaded<Sketch> ReadAutosave(const std::string& path, FileStamp* stamp = nullptr);

// The stamp the autosave at `path` recorded for the board's own file (see Autosave()); none when
// it records no file or cannot be read.
FileStamp LinkedFileStamp(const std::string& path);

}  // namespace pps
