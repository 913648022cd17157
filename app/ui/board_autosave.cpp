#include "ui/board_autosave.h"

#include <iostream>

#include "core/autosave.h"

namespace pps {

void BoardAutosave::Restore(AppState& state) {
  Loaded<Sketch> restored = RestoreAutosave(path_);
  if (restored) {
    // A board that started as a case study still shows where the case's tokens began.
    const Sketch* origin = FindCase(state.content, restored.value->id);
    OpenSketch(state, std::move(*restored.value), origin);
    saved_edits_ = state.edits;
  } else if (!restored.error.empty()) {
    std::cerr << "pps-canvas: restoring the last board: " << restored.error << "\n";
    state.content.errors.push_back(restored.error);
  }
}

void BoardAutosave::Update(AppState& state, bool exit) {
  if (!write_ || path_.empty() || state.edits == saved_edits_ || (!exit && state.drags.Any()))
    return;
  const std::string error = Autosave(state.sketch, path_);
  saved_edits_ = state.edits;
  if (error.empty() || error == reported_) return;
  std::cerr << "pps-canvas: autosave: " << error << "\n";
  state.content.errors.push_back("autosave: " + error);
  reported_ = error;
}

}  // namespace pps
