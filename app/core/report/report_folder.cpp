// SPDX-License-Identifier: EUPL-1.2
#include "core/report/report_folder.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace pps {

namespace {

bool Set(const char* value) {
  return value && *value;
}

// XDG_DOCUMENTS_DIR as user-dirs.dirs sets it ("$HOME/Documenten" or an absolute path), or empty
// when the file or the line is missing, or names the home folder itself (xdg-user-dirs' way of
// saying the folder is switched off).
std::string FromUserDirs(const DocumentsEnvironment& env) {
  const std::string config = Set(env.xdg_config_home) ? std::string(env.xdg_config_home)
                                                      : std::string(env.home) + "/.config";
  std::ifstream in(config + "/user-dirs.dirs");
  std::string line;
  const std::string key = "XDG_DOCUMENTS_DIR=";
  while (std::getline(in, line)) {
    if (line.compare(0, key.size(), key) != 0) continue;
    std::string value = line.substr(key.size());
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    if (value.compare(0, 5, "$HOME") == 0) value = std::string(env.home) + value.substr(5);
    if (value.empty() || value.front() != '/') return {};
    while (value.size() > 1 && value.back() == '/') value.pop_back();
    if (value == env.home) return {};
    return value;
  }
  return {};
}

}  // namespace

DocumentsEnvironment DocumentsEnvironmentFromProcess() {
  return {std::getenv("XDG_DOCUMENTS_DIR"), std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")};
}

std::string ReportFolder(const DocumentsEnvironment& env) {
  constexpr const char* kOwn = "/PPS Canvas";
  if (Set(env.xdg_documents_dir)) return env.xdg_documents_dir + std::string(kOwn);
  if (!Set(env.home)) return {};
  const std::string from_file = FromUserDirs(env);
  if (!from_file.empty()) return from_file + kOwn;
  const std::string documents = std::string(env.home) + "/Documents";
  std::error_code error;
  if (std::filesystem::is_directory(documents, error)) return documents + kOwn;
  return env.home + std::string(kOwn);
}

std::string ReportBaseName(std::string_view sketch_name, std::time_t when) {
  constexpr std::size_t kMaxName = 80;
  std::string name;
  for (const char c : sketch_name) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool unsafe =
        u < 0x20 || u == 0x7F || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
    name += unsafe ? '-' : c;
  }
  // No hidden file, no trailing space or dot (which some file systems drop).
  const std::size_t first = name.find_first_not_of(" .-");
  name = first == std::string::npos ? std::string() : name.substr(first);
  if (name.size() > kMaxName) {
    std::size_t cut = kMaxName;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
  if (name.empty()) name = "PPS Canvas";
  std::tm local{};
  localtime_r(&when, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H.%M.%S", &local);
  return name + " " + stamp;
}

}  // namespace pps
