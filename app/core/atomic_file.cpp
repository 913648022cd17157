#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pps {

std::string WriteFileAtomically(const std::string& path, std::string_view contents) {
  // A temporary name of its own, so that two writers of one file never mix their bytes.
  std::string temp = path + ".XXXXXX";
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
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return fail("write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    return fail("flush to disk");
  }
  if (::close(fd) != 0) return fail("close");
  if (std::rename(temp.c_str(), path.c_str()) != 0) return fail("replace");
  return {};
}

}  // namespace pps
