#pragma once
// Keeps the autosave file (core/autosave.h) in step with the board: what a user made is never
// lost to a closed window or a crash.

#include <cstdint>
#include <string>
#include <utility>

#include "ui/app_state.h"

namespace pps {

class BoardAutosave {
 public:
  // Restores from and saves to `path` (empty: neither); `write` false only reads it.
  BoardAutosave(std::string path, bool write) : path_(std::move(path)), write_(write) {}

  // Puts the board left at the last exit on `state`, if there is one. A file that cannot be
  // read is reported in state.content.errors and kept aside.
  void Restore(AppState& state);

  // Saves when the sketch changed since the last save and has settled (no token held), or at
  // `exit` whatever holds it. A failure is reported once in state.content.errors.
  void Update(AppState& state, bool exit);

 private:
  std::string path_;
  bool write_ = true;
  std::uint64_t saved_edits_ = UINT64_MAX;  // state.edits at the last save
  std::string reported_;                    // the last error reported
};

}  // namespace pps
