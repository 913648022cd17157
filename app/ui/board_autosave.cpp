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
  // A board that started as a case study still shows where the case's tokens began.
  Sketch board = restored ? std::move(*restored.value) : state.board.Current();
  const Sketch* origin = restored ? FindCase(state.content, board.id) : state.board.Origin();
  const Sketch* previous_origin = previous ? FindCase(state.content, previous.value->id) : nullptr;
  state.board.Restore(std::move(board), origin, std::move(previous.value), previous_origin);
  saved_revision_ = state.board.Revision();
}

void BoardAutosave::Update(AppState& state, bool exit) {
  const Board& board = state.board;
  for (Sketch& s : state.board.TakeDisplaced()) displaced_.push_back(std::move(s));
  if (!write_ || path_.empty() || board.Revision() == saved_revision_ ||
      (!exit && !board.Settled()))
    return;
  // Oldest first, so that no file is overwritten before what it held is safe elsewhere: the
  // displaced boards, then the previous one, then the board itself.
  std::string error;
  std::error_code ec;
  const long long now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  while (error.empty() && !displaced_.empty()) {
    std::string kept = KeptBoardPath(path_, now, ++kept_);
    while (std::filesystem::exists(kept, ec)) kept = KeptBoardPath(path_, now, ++kept_);
    error = Autosave(displaced_.back(), kept);
    if (error.empty()) displaced_.pop_back();
  }
  const std::string previous = PreviousBoardPath(path_);
  if (error.empty() && board.Previous()) error = Autosave(*board.Previous(), previous);
  if (error.empty()) error = Autosave(board.Current(), path_);
  if (error.empty() && !board.Previous()) {
    std::filesystem::remove(previous, ec);
    if (ec) error = previous + ": cannot remove: " + ec.message();
  }
  if (error.empty()) saved_revision_ = board.Revision();
  else if (error != reported_) Report(state, "autosave: " + error);
}

void BoardAutosave::Report(AppState& state, const std::string& error) {
  std::cerr << "pps-canvas: " << error << "\n";
  state.messages.Add(error);
  reported_ = error;
}

}  // namespace pps
