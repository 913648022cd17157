// SPDX-License-Identifier: EUPL-1.2
#include "test_support.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace pps::test {

std::filesystem::path TempDir() {
  // A folder per process: CTest runs test cases in parallel, each in a process of its own.
  return std::filesystem::temp_directory_path() /
         ("pps-canvas-tests-" + std::to_string(::getpid()));
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  const auto dir = TempDir();
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

}  // namespace pps::test
