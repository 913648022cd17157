#pragma once
// Keeps the autosave file (core/autosave.h) in step with the board: what a user made is never
// lost to a closed window or a crash.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ui/app_state.h"

namespace pps {

class BoardAutosave {
 public:
  // Restores from and saves to `path` (empty: neither); `write` false only reads it.
  BoardAutosave(std::string path, bool write) : path_(std::move(path)), write_(write) {}

  // Puts the board left at the last exit, and the one before it, on `state`. A file that
  // cannot be read is reported in state.messages and kept aside.
  void Restore(AppState& state);

  // Saves the board and the previous one when the board changed since the last save and has
  // settled (no token held), or at `exit` whatever holds it; boards displaced from `previous`
  // go to the "kept" folder beside it. A failed save is tried again at
  // the next change and at exit, and reported once in state.messages.
  void Update(AppState& state, bool exit);

 private:
  void Report(AppState& state, const std::string& error);

  std::string path_;
  bool write_ = true;
  std::uint64_t saved_revision_ = UINT64_MAX;  // board revision at the last save
  std::vector<Sketch> displaced_;  // boards pushed out of the previous one, not yet kept
  std::string reported_;           // the last error reported
  int kept_ = 0;                   // boards written to the "kept" folder so far
};

}  // namespace pps
