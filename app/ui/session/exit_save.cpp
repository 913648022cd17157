// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/exit_save.h"

#include <iostream>

#include "ui/session/sketch_file_sync.h"

namespace pps {

bool ExitSave::Ready(AppState& state, BoardAutosave& autosave, double now, bool asked_again,
                     bool signal, bool kiosk) {
  if (waiting_ && !asked_again && now - last_try_ < kRetrySeconds) return false;
  if (!waiting_) first_try_ = now;
  last_try_ = now;
  state.router.CancelAll(state.board);
  SyncSketchFile(state, true);
  autosave.Update(state, true);
  // The sketch's own file failed when its error is still standing (cleared by a save).
  const bool file_unsaved = !state.gallery.reported.empty();
  const bool board_unsaved = autosave.Unsaved(state.board);
  lost_.clear();
  if (board_unsaved) lost_ = autosave.Failure();
  else if (file_unsaved && !kiosk) lost_ = state.gallery.reported;
  if (lost_.empty() || asked_again || (signal && now - first_try_ >= kSignalGraceSeconds)) {
    if (file_unsaved && !board_unsaved)
      std::cerr << "pps-canvas: " << state.board.Current().file
                << " lacks the last change; the autosave has it, and the next start shows it\n";
    waiting_ = false;
    return true;
  }
  if (!waiting_) {
    std::cerr << "pps-canvas: not quitting yet: " << lost_ << "; trying again every second\n";
    state.messages.Add(state.content.strings.Get(Str::ExitUnsaved, state.language));
  }
  waiting_ = true;
  return false;
}

}  // namespace pps
