// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Keeps the autosave file (core/files/autosave.h) in step with the board: what a user made is never
// lost to a closed window, a crash, a second copy of the app or another program writing the file.
// The frame only copies the board; a thread of the autosave's own writes it (core/files/
// save_writer.h), and a later frame tells the user how it went.

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/board/board.h"
#include "core/files/save_writer.h"
#include "core/io/atomic_file.h"
#include "core/io/state_lock.h"
#include "ui/state/app_state.h"

namespace pps {

class BoardAutosave {
 public:
  // Restores from and saves to `path` (empty: neither); `write` false only reads it, and takes
  // no lock.
  BoardAutosave(std::string path, bool write)
      : path_(std::move(path)), write_(write), save_path_(path_) {}

  // Takes the folder's lock, then puts the board left at the last exit, the one before it, and
  // its undo history on `state`; boards that other copies left in session folders go to the
  // gallery (state.gallery.folder). When another app holds the lock this one still shows that
  // board, but will save in a session folder of its own, and says so in state.messages. A file
  // that cannot be read is reported there too, and kept aside by the folder's owner. Call once,
  // before the first Update().
  void Restore(AppState& state);

  // Saves the board, the previous one and the undo history when the board changed since the
  // last save and has settled (no token held), or at `exit` whatever holds it; boards displaced
  // from `previous` go to the "kept" folder beside it, and so does a file changed by another
  // program before it is saved over. The frame copies the board and the writer thread saves
  // it; how a save went is told at the next Update() (or Finish()). A failed save is tried again
  // at the next change and at exit, not every frame, and reported once in state.messages. At
  // `exit` it returns only once the save is over.
  void Update(AppState& state, bool exit);

  // Waits for the save under way, if any, and tells how it went, as the next Update() would.
  void Finish(AppState& state);

  // A save is waiting, under way, or not yet told: the app is not idle.
  bool Busy() const { return writer_.Busy(); }

  // Blocks until no save waits or runs; how it went is told at the next Update(), as ever. For
  // a loop that lets time pass at once (the ui tests' harness): a frame never waits.
  void Wait() { writer_.Wait(); }

  // Whether the board holds a change that is not in the autosave (a save failed, is under way,
  // or none yet).
  bool Unsaved(const Board& board) const {
    return write_ && !path_.empty() && board.Revision() != saved_revision_;
  }

  // The last save's error, until a save succeeds; empty when none failed.
  const std::string& Failure() const { return reported_; }

 private:
  // What the writer saves: a copy of the board (with the previous one and the undo history) and
  // the stamp of the board's own file as this app last read or wrote it.
  struct Snapshot {
    Board board;
    FileStamp file_stamp;
  };

  void TakeOutcomes(AppState& state);
  void Report(AppState& state, const std::string& error);
  void RecoverSessions(AppState& state);
  // On the writer's thread (and in Restore(), before it starts); `notes` and `out` get what to
  // tell.
  SaveOutcome Write(const Snapshot& snapshot);
  std::string Own(std::vector<std::string>& notes);
  std::string Save(const Snapshot& snapshot, long long now, SaveOutcome& out);
  std::string Keep(long long now, SaveOutcome& out,
                   const std::function<std::string(const std::string&)>& put);
  std::string KeepIfChanged(const std::string& path, const FileStamp& known, long long now,
                            SaveOutcome& out);

  // Set by the constructor and Restore(), then only read.
  std::string path_;  // the shared autosave, read at start
  bool write_ = true;

  // The frame's.
  std::uint64_t saved_revision_ = UINT64_MAX;  // board revision at the last save
  FileStamp linked_;  // the stamp of the board's own file in the last save handed over
  std::uint64_t tried_revision_ = UINT64_MAX;  // board revision at the last try
  std::string reported_;                       // the last error reported, until a save succeeds

  // Boards pushed out of the previous one, handed from the frame to the writer: whichever save
  // runs next keeps them, so that none is lost with a save replaced before it began.
  std::mutex handed_mutex_;
  std::vector<Sketch> handed_;

  // The writer's (and Restore()'s, before the writer starts).
  std::string save_path_;  // where this app writes: path_, or its session's board.json
  StateLock lock_;         // of save_path_'s folder, once taken
  // save_path_ and the previous.json beside it as this app last wrote or read them
  FileStamp board_stamp_, previous_stamp_;
  std::string disk_key_;  // BoardKey of the board in save_path_ as last read or written; "" none
  std::vector<Sketch> displaced_;  // boards pushed out of the previous one, not yet kept
  int kept_ = 0;                   // numbers kept board names so far
  bool told_kept_ = false;         // the user was told where kept boards go

  SaveWriter writer_;  // last: it ends (running the save still waiting) before what it uses
};

}  // namespace pps
