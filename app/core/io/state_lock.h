// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One app per state folder owns its autosave. Two copies that both wrote board.json would each
// overwrite the other's work at every change; the lock lets the second one notice and save
// elsewhere. It is an flock() on an open file: the kernel drops it when the process ends, however
// it ends, so a crashed app's lock never has to be cleaned up by hand.

#include <string>

namespace pps {

class StateLock {
 public:
  enum class Outcome { Taken, Busy, Failed };

  StateLock() = default;
  ~StateLock() { Release(); }
  StateLock(const StateLock&) = delete;
  StateLock& operator=(const StateLock&) = delete;

  // Takes the lock file `folder`/owner.lock, making the folder, and writes this process's id in
  // it for others to name. Busy when another open file holds it (also one of this process: flock
  // locks belong to the open file, not the process); Owner() then gives its pid, 0 when unknown.
  // Failed when the folder or file cannot be made or locked; Error() says why. A lock held
  // before is released first.
  Outcome Take(const std::string& folder);

  // Lets the next app take it; the kernel does the same when the process ends.
  void Release();

  // Whether this object holds the lock now.
  bool Held() const { return fd_ >= 0; }
  // The pid written by the holder, after Take() returned Busy; 0 when it wrote none (yet).
  long Owner() const { return owner_; }
  // Why the last Take() failed: names the lock file, never varies between equal failures.
  const std::string& Error() const { return error_; }

 private:
  int fd_ = -1;
  long owner_ = 0;
  std::string error_;
};

// The lock file of the state folder `folder`.
std::string LockFilePath(const std::string& folder);

}  // namespace pps
