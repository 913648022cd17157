#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pps {

namespace {

constexpr std::string_view kTemporarySuffix = ".XXXXXX";  // mkostemp's pattern

FileStamp StampOf(const struct stat& s) {
  FileStamp stamp;
  stamp.exists = true;
  stamp.device = static_cast<std::uint64_t>(s.st_dev);
  stamp.inode = static_cast<std::uint64_t>(s.st_ino);
  stamp.size = static_cast<std::uint64_t>(s.st_size);
  stamp.modified_ns = static_cast<std::int64_t>(s.st_mtim.tv_sec) * 1000000000 + s.st_mtim.tv_nsec;
  return stamp;
}

// Flushes the folder holding `path`, where a rename is recorded; without it a power cut can
// bring back the old name, or none.
int SyncFolderOf(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string folder = slash == std::string::npos ? "."
                             : slash == 0               ? "/"
                                                        : path.substr(0, slash);
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return -1;
  const int synced = ::fsync(fd);
  const int why = errno;
  ::close(fd);
  errno = why;
  return synced;
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

}  // namespace pps
