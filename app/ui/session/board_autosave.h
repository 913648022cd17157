// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Keeps the autosave file (core/files/autosave.h) in step with the board: what a user made is never
// lost to a closed window, a crash, a second copy of the app or another program writing the file.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/io/atomic_file.h"
#include "core/io/state_lock.h"
#include "ui/state/app_state.h"

namespace pps {

class BoardAutosave {
 public:
  // Restores from and saves to `path` (empty: neither); `write` false only reads it, and takes
  // no lock.
  BoardAutosave(std::string path, bool write)
      : path_(std::move(path)), save_path_(path_), write_(write) {}

  // Takes the folder's lock, then puts the board left at the last exit, the one before it, and
  // its undo history on `state`; boards that other copies left in session folders go to the
  // gallery (state.gallery.folder). When another app holds the lock this one still shows that
  // board, but will save in a session folder of its own, and says so in state.messages. A file
  // that cannot be read is reported there too, and kept aside by the folder's owner.
  void Restore(AppState& state);

  // Saves the board, the previous one and the undo history when the board changed since the
  // last save and has settled (no token held), or at `exit` whatever holds it; boards displaced
  // from `previous` go to the "kept" folder beside it, and so does a file changed by another
  // program before it is saved over. A failed save is tried again at the next change and at
  // exit, not every frame, and reported once in state.messages.
  void Update(AppState& state, bool exit);

  // Whether the board holds a change that is not in the autosave (a save failed, or none yet).
  bool Unsaved(const Board& board) const {
    return write_ && !path_.empty() && board.Revision() != saved_revision_;
  }

  // The last save's error, until a save succeeds; empty when none failed.
  const std::string& Failure() const { return reported_; }

 private:
  std::string Own(AppState& state);
  void RecoverSessions(AppState& state);
  std::string Save(AppState& state, long long now);
  std::string Keep(AppState& state, long long now,
                   const std::function<std::string(const std::string&)>& put);
  std::string KeepIfChanged(AppState& state, const std::string& path, const FileStamp& known,
                            long long now);
  void Report(AppState& state, const std::string& error);

  std::string path_;       // the shared autosave, read at start
  std::string save_path_;  // where this app writes: path_, or its session's board.json
  bool write_ = true;
  StateLock lock_;  // of save_path_'s folder, once taken
  // save_path_ and the previous.json beside it as this app last wrote or read them
  FileStamp board_stamp_, previous_stamp_;
  std::string disk_key_;  // BoardKey of the board in save_path_ as last read or written; "" none
  std::uint64_t saved_revision_ = UINT64_MAX;  // board revision at the last save
  std::uint64_t tried_revision_ = UINT64_MAX;  // board revision at the last try
  std::vector<Sketch> displaced_;  // boards pushed out of the previous one, not yet kept
  std::string reported_;           // the last error reported, until a save succeeds
  int kept_ = 0;                   // numbers kept board names so far
  bool told_kept_ = false;         // the user was told where kept boards go
};

}  // namespace pps
