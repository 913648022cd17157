#include "ui/board_autosave.h"

#include <chrono>
#include <filesystem>
#include <iostream>

#include "core/autosave.h"

namespace pps {

void BoardAutosave::Restore(AppState& state) {
  if (path_.empty()) return;
  bool previous_aside = true, board_aside = true;
  Loaded<Sketch> previous = RestoreAutosave(PreviousBoardPath(path_), previous_aside);
  if (!previous.error.empty()) Report(state, "restoring the previous board: " + previous.error);
  Loaded<Sketch> restored = RestoreAutosave(path_, board_aside);
  if (!previous_aside || !board_aside) write_ = false;  // never write over a file no one could read
  if (!restored.error.empty()) Report(state, "restoring the last board: " + restored.error);
  if (restored) {
    // A board that started as a case study still shows where the case's tokens began.
    const Sketch* origin = FindCase(state.content, restored.value->id);
    OpenSketch(state, std::move(*restored.value), origin);
  }
  if (previous) state.previous = std::move(*previous.value);
  saved_edits_ = state.edits;
}

void BoardAutosave::Update(AppState& state, bool exit) {
  if (!write_ || path_.empty() || state.edits == saved_edits_ || (!exit && state.drags.Any()))
    return;
  // Oldest first, so that no file is overwritten before what it held is safe elsewhere: the
  // displaced boards, then the previous one, then the board itself.
  std::string error;
  std::error_code ec;
  const long long now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  while (error.empty() && !state.displaced.empty()) {
    std::string kept = KeptBoardPath(path_, now, ++kept_);
    while (std::filesystem::exists(kept, ec)) kept = KeptBoardPath(path_, now, ++kept_);
    error = Autosave(state.displaced.back(), kept);
    if (error.empty()) state.displaced.pop_back();
  }
  const std::string previous = PreviousBoardPath(path_);
  if (error.empty() && state.previous) error = Autosave(*state.previous, previous);
  if (error.empty()) error = Autosave(state.sketch, path_);
  if (error.empty() && !state.previous) {
    std::filesystem::remove(previous, ec);
    if (ec) error = previous + ": cannot remove: " + ec.message();
  }
  if (error.empty()) saved_edits_ = state.edits;
  else if (error != reported_) Report(state, "autosave: " + error);
}

void BoardAutosave::Report(AppState& state, const std::string& error) {
  std::cerr << "pps-canvas: " << error << "\n";
  state.content.errors.push_back(error);
  reported_ = error;
}

}  // namespace pps
