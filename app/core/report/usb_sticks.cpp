// SPDX-License-Identifier: EUPL-1.2
#include "core/report/usb_sticks.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/io/atomic_file.h"

namespace fs = std::filesystem;

namespace pps {

std::vector<std::string> MountedSticks(std::vector<std::string> roots) {
  if (roots.empty()) {
    if (const char* test = std::getenv("PPS_MEDIA_ROOT"); test && *test) {
      roots.emplace_back(test);
    } else if (const char* user = std::getenv("USER"); user && *user) {
      roots.push_back(std::string("/media/") + user);
      roots.push_back(std::string("/run/media/") + user);
    }
  }
  std::vector<std::string> sticks;
  std::error_code ec;
  for (const std::string& root : roots)
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code kind;
      if (it->is_directory(kind)) sticks.push_back(it->path().string());
    }
  std::sort(sticks.begin(), sticks.end());
  return sticks;
}

Error CopyToStick(const std::vector<std::string>& from, const std::string& stick) {
  const fs::path folder = fs::path(stick) / "PPS Canvas";
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return folder.string() + ": cannot make the folder: " + ec.message();
  for (const std::string& file : from) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return file + ": cannot read it";
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string to = (folder / fs::path(file).filename()).string();
    if (std::string e = WriteFileAtomically(to, bytes); !e.empty()) return e;
  }
  return {};
}

}  // namespace pps
