// SPDX-License-Identifier: EUPL-1.2
#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace pps {

namespace {

constexpr std::string_view kTemporarySuffix = ".XXXXXX";  // mkostemp's pattern

FileStamp StampOf(const struct stat& s) {
  FileStamp stamp;
  stamp.exists = true;
#ifndef PPS_NEW_INODES_EACH_START
  stamp.device = static_cast<std::uint64_t>(s.st_dev);
  stamp.inode = static_cast<std::uint64_t>(s.st_ino);
#endif  // else (the browser's files, read back from IndexedDB at each start) size and time alone
  stamp.size = static_cast<std::uint64_t>(s.st_size);
  stamp.modified_ns = static_cast<std::int64_t>(s.st_mtim.tv_sec) * 1000000000 + s.st_mtim.tv_nsec;
  return stamp;
}

std::string FolderOf(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

// Flushes the folder holding `path`, where a rename is recorded; without it a power cut can
// bring back the old name, or none.
int SyncFolderOf(const std::string& path) {
  const int fd = ::open(FolderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return -1;
  const int synced = ::fsync(fd);
  const int why = errno;
  ::close(fd);
  errno = why;
  return synced;
}

// An exclusive lock on the folder of `path` for as long as it lives. Every process (and thread:
// each opens the folder anew) that takes it waits for the one holding it. Where the folder
// cannot be locked (a file system without locks) the write goes ahead unguarded, as before.
class FolderLock {
 public:
  explicit FolderLock(const std::string& path)
      : fd_(::open(FolderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    while (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
    }
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

GuardedWrite Failed(std::string error) {
  return {WriteOutcome::kFailed, std::move(error)};
}

}  // namespace

FileStamp StampOf(const std::string& path) {
  struct stat s;
  if (::stat(path.c_str(), &s) != 0) return {};
  return StampOf(s);
}

bool IsTemporaryName(std::string_view name, std::string_view target) {
  if (name.size() != target.size() + kTemporarySuffix.size()) return false;
  if (name.substr(0, target.size()) != target || name[target.size()] != '.') return false;
  for (const char c : name.substr(target.size() + 1)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) return false;
  }
  return true;
}

std::string WriteFileAtomically(const std::string& path, std::string_view contents,
                                FileStamp* written) {
  // A temporary name of its own, so that two writers of one file never mix their bytes. It
  // never appears in a message: it differs at every try, and a failure that repeats must read
  // the same to be reported once.
  std::string temp = path + std::string(kTemporarySuffix);
  const auto fail = [&](const char* step) {
    std::string message = path + ": cannot " + step + ": " + std::strerror(errno);
    ::unlink(temp.c_str());
    return message;
  };
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) return path + ": cannot create a temporary file beside it: " + std::strerror(errno);
  if (::fchmod(fd, 0644) != 0) {
    ::close(fd);
    return fail("set the permissions of");
  }
  std::size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return fail("write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    return fail("flush to disk");
  }
  // Stamped before the rename, which keeps inode, size and mtime: what stands at `path` after
  // it is exactly this file, until someone else changes it.
  struct stat s;
  const bool stamped = ::fstat(fd, &s) == 0;
  if (::close(fd) != 0) return fail("close");
  if (std::rename(temp.c_str(), path.c_str()) != 0) return fail("replace");
  if (written) *written = stamped ? StampOf(s) : FileStamp{};
  if (SyncFolderOf(path) != 0)
    return path + ": cannot flush its folder to disk: " + std::strerror(errno);
  return {};
}

GuardedWrite WriteFileIfUnchanged(const std::string& path, std::string_view contents,
                                  const FileStamp& expected, FileStamp* written) {
  const FolderLock lock(path);
  const FileStamp now = StampOf(path);
  if (now.exists && now != expected) return {WriteOutcome::kTheirs, {}};
  std::string error = WriteFileAtomically(path, contents, written);
  return error.empty() ? GuardedWrite{} : Failed(std::move(error));
}

std::string CreateTemporaryFile(const std::string& target, std::string* error) {
  std::string temp = target + std::string(kTemporarySuffix);
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    *error = target + ": cannot create a temporary file beside it: " + std::strerror(errno);
    return {};
  }
  ::close(fd);
  return temp;
}

GuardedWrite MoveToNewName(const std::string& from, const std::string& to) {
  // One step that fails when the name is taken: a check before a rename would leave a moment in
  // which another app's new file is replaced.
#ifndef PPS_NO_RENAMEAT2
  int moved = ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
  // A file system without that rename still has link(), which never replaces either.
  if (moved != 0 && (errno == EINVAL || errno == ENOSYS)) {
    moved = ::link(from.c_str(), to.c_str());
    if (moved == 0) ::unlink(from.c_str());
  }
#else
  // A C library without it (the browser build's, whose file system no other app shares): a
  // check, then the rename.
  int moved = -1;
  struct stat taken;
  if (::stat(to.c_str(), &taken) == 0) errno = EEXIST;
  else moved = ::rename(from.c_str(), to.c_str());
#endif
  if (moved != 0) {
    if (errno == EEXIST) return {WriteOutcome::kTheirs, {}};
    return Failed(to + ": cannot save under this name: " + std::strerror(errno));
  }
  if (SyncFolderOf(to) != 0)
    return Failed(to + ": cannot flush its folder to disk: " + std::strerror(errno));
  return {};
}

}  // namespace pps
