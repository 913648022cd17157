// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The board's undo history as a file (pps-canvas/history, documented in data/README.md), so that
// after a restart, a closed window or a crash, undo still steps back through the last changes.
// The file names the board it was saved with; it is put back only on that board. It is written
// before the board's own file and holds the board it leads to: an app stopped between the two
// writes finds the history one board ahead of the file it replaces, and takes its board.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/board/board.h"
#include "core/io/atomic_file.h"
#include "core/io/loaded.h"
#include "core/model/sketch_file.h"

namespace pps {

inline constexpr int kHistoryVersion = 1;
// Undo steps saved, the newest; all redo steps are saved. Board keeps up to Board::kMaxSteps.
inline constexpr std::size_t kSavedUndoSteps = 100;
// Limits on what is read: more steps, ops in a step, or distinct tokens and sketches than a
// saved history can hold is a malformed file.
inline constexpr std::size_t kMaxHistorySteps = 2 * Board::kMaxSteps;
inline constexpr std::size_t kMaxStepOps = 2 * kMaxTokens;
inline constexpr std::size_t kMaxHistoryTokens = 4 * kMaxTokens;
inline constexpr std::size_t kMaxHistorySketches = 8 * kMaxHistorySteps;

// What the history file records of the board it belongs to: a hash of the current sketch as
// its file holds it (SketchToJson), as 16 hex digits.
std::string BoardKey(const Sketch& sketch);

// The closed undo steps (the newest `max_undo`), any open ones, and the redo steps of `board`,
// and the board they lead to, as a document that PutHistory reads back. Tokens and sketches the
// steps share are written once. `replaces` is the BoardKey of the board file that the board's
// save is to replace (empty: none).
nlohmann::json HistoryToJson(const Board& board, std::size_t max_undo = kSavedUndoSteps,
                             const std::string& replaces = {});

// Puts the history in `root` on `board` and returns true, when it was saved with the board now
// on it; returns false, changing nothing, for another board (someone edited board.json). A
// malformed document throws JsonError naming the place, changing nothing. Needs a settled board.
bool PutHistory(const nlohmann::json& root, Board& board);

// The history file beside the autosave at `board_path`: history.json.
std::string HistoryPath(const std::string& board_path);

// The board the history `root` leads to, when it is one save ahead of the board file read
// (`on_disk`, its BoardKey; empty for no file): the app stopped after writing the history and
// before writing the board. Nothing when the history is that board's, or another's. A malformed
// document throws JsonError.
std::optional<Sketch> BoardAhead(const nlohmann::json& root, const std::string& on_disk);

// Writes the history of `board` to `path` atomically, with fewer undo steps when it would be
// larger than a file that is read (kMaxFileBytes). `replaces` as for HistoryToJson(); `key`, when
// given, gets the BoardKey of the board now on it. Returns an error, empty on success.
std::string SaveHistory(const Board& board, const std::string& path,
                        const std::string& replaces = {}, std::string* key = nullptr);

// Reads the history at `path` onto `board`. When the history is one board ahead of the board
// file read (see BoardAhead), `ahead` is called with the board it leads to and must put it on
// `board` first. No file, or a history of another board: nothing happens and there is no error.
// A file that cannot be read leaves the board's history alone and returns an error naming it;
// with `keep_aside` the file is moved to PATH.broken first.
std::string RestoreHistory(const std::string& path, Board& board, bool keep_aside,
                           const std::string& on_disk = {},
                           const std::function<void(Sketch)>& ahead = nullptr);

}  // namespace pps
