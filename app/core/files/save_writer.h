// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Saving off the frame: the frame hands a save to a thread of its own and goes on drawing, and a
// later frame picks up how it went. A save not yet begun is replaced by a newer one (only the
// newest state of a document matters), so nothing queues up behind a slow disk. Built with
// PPS_NO_THREADS (the browser's page has no threads), a save runs at Post, in the frame.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace pps {

// How one save went.
struct SaveOutcome {
  std::uint64_t revision = 0;      // which state of the document it wrote (the caller's number)
  std::string error;               // why it failed; empty when everything was written
  std::vector<std::string> notes;  // what else the user should hear, in order
  // What the caller words as news, not a problem (the autosave: the folder where a board taken
  // off the table went, the first time).
  std::vector<std::string> news;
};

class SaveWriter {
 public:
  // Runs on the writer's thread: it may use only what it holds, never the frame's state.
  using Save = std::function<SaveOutcome()>;

  SaveWriter() = default;
  // Runs the save still waiting, if any, and ends the thread.
  ~SaveWriter();
  SaveWriter(const SaveWriter&) = delete;
  SaveWriter& operator=(const SaveWriter&) = delete;

  // Hands `save` to the writer, in place of one handed over before that has not begun. The
  // thread starts at the first call.
  void Post(Save save);

  // The outcomes of the saves finished since the last call, oldest first.
  std::vector<SaveOutcome> Take();

  // Whether a save waits or runs, or its outcome has not been taken.
  bool Busy() const;

  // Blocks until no save waits or runs.
  void Wait();

 private:
  void Run();

  mutable std::mutex mutex_;
  std::condition_variable posted_, idle_;
  Save waiting_;  // empty: none
  bool running_ = false, stopping_ = false;
  std::vector<SaveOutcome> done_;
  std::thread thread_;
};

}  // namespace pps
