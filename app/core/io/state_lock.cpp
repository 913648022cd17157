// SPDX-License-Identifier: EUPL-1.2
#include "core/io/state_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace pps {

std::string LockFilePath(const std::string& folder) {
  return (std::filesystem::path(folder) / "owner.lock").string();
}

StateLock::Outcome StateLock::Take(const std::string& folder) {
  Release();
  owner_ = 0;
  error_.clear();
  const std::string path = LockFilePath(folder);
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    error_ = folder + ": cannot create the folder: " + ec.message();
    return Outcome::Failed;
  }
  // Never O_TRUNC: the file may be another app's, whose pid it names.
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    error_ = path + ": cannot open: " + std::strerror(errno);
    return Outcome::Failed;
  }
  int locked;
  do locked = ::flock(fd, LOCK_EX | LOCK_NB);
  while (locked != 0 && errno == EINTR);
  if (locked != 0) {
    const int why = errno;
    if (why == EWOULDBLOCK) {
      char text[32] = {};
      const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
      if (n > 0) owner_ = std::strtol(text, nullptr, 10);
    }
    ::close(fd);
    if (why == EWOULDBLOCK) return Outcome::Busy;
    error_ = path + ": cannot lock: " + std::strerror(why);
    return Outcome::Failed;
  }
  // The pid is only for the message another copy shows: failing to write it is no reason to
  // give up the lock.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const ssize_t n = ::pwrite(fd, pid.data(), pid.size(), 0);
  }
  fd_ = fd;
  return Outcome::Taken;
}

void StateLock::Release() {
  if (fd_ < 0) return;
  ::close(fd_);  // closing the last descriptor of the open file drops its flock
  fd_ = -1;
}

}  // namespace pps
