// SPDX-License-Identifier: EUPL-1.2
#include "core/files/autosave.h"

#include "core/io/json_read.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>
#include <vector>

#include "core/model/sketch_file.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

// The time and number of a KeptBoardPath name ("board-TIME-N.json"); false for any other name.
bool ParseKeptName(const std::string& name, std::pair<long long, long long>& order) {
  const std::string head = "board-", tail = ".json";
  if (name.size() <= head.size() + tail.size() || name.compare(0, head.size(), head) != 0 ||
      name.compare(name.size() - tail.size(), tail.size(), tail) != 0)
    return false;
  const std::string middle = name.substr(head.size(), name.size() - head.size() - tail.size());
  const std::size_t dash = middle.find('-');
  if (dash == 0 || dash == std::string::npos || dash + 1 == middle.size()) return false;
  const auto digits = [](const std::string& s) {
    return s.size() <= 18 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string time = middle.substr(0, dash), n = middle.substr(dash + 1);
  if (!digits(time) || !digits(n)) return false;
  order = {std::stoll(time), std::stoll(n)};
  return true;
}

}  // namespace

std::string AutosavePath() {
  const char* state = std::getenv("XDG_STATE_HOME");
  const char* home = std::getenv("HOME");
  fs::path dir;
  if (state && *state) dir = state;
  else if (home && *home) dir = fs::path(home) / ".local" / "state";
  else return {};
  return (dir / "pps-canvas" / "board.json").string();
}

std::string Autosave(const Sketch& sketch, const std::string& path, FileStamp* written,
                     const FileStamp& file_stamp) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) return path + ": cannot create its folder: " + ec.message();
  nlohmann::json root = SketchToJson(sketch);
  if (!sketch.file.empty()) {
    nlohmann::json link = {{"path", sketch.file}};
    if (file_stamp.exists)
      link["stamp"] = {file_stamp.device, file_stamp.inode, file_stamp.size,
                       file_stamp.modified_ns};
    root["saved_to"] = std::move(link);
  }
  return WriteReadable(path, root, written).what();
}

namespace {

// The sketch of an autosave: a sketch file, with the link to the board's own file if it has one.
Sketch AutosaveFromJson(const nlohmann::json& root) {
  Sketch sketch = SketchFromJson(root);
  if (root.contains("saved_to") && root["saved_to"].is_object())
    sketch.file = OptionalString(root["saved_to"], "/saved_to", "path", 4096);
  return sketch;
}

}  // namespace

FileStamp LinkedFileStamp(const std::string& path) {
  FileStamp stamp;
  try {
    const nlohmann::json root = ReadJsonFile(path);
    const nlohmann::json* s = root.contains("saved_to") && root["saved_to"].is_object() &&
                                      root["saved_to"].contains("stamp")
                                  ? &root["saved_to"]["stamp"]
                                  : nullptr;
    if (!s || !s->is_array() || s->size() != 4) return {};
    for (const nlohmann::json& n : *s)
      if (!n.is_number_integer()) return {};
    stamp.exists = true;
    stamp.device = (*s)[0].get<std::uint64_t>();
    stamp.inode = (*s)[1].get<std::uint64_t>();
    stamp.size = (*s)[2].get<std::uint64_t>();
    stamp.modified_ns = (*s)[3].get<std::int64_t>();
  } catch (const JsonError&) {
    return {};
  }
  return stamp;
}

std::string PreviousBoardPath(const std::string& path) {
  return fs::path(path).replace_filename("previous.json").string();
}

std::string SessionBoardPath(const std::string& path, long pid) {
  return (fs::path(path).parent_path() / "sessions" / std::to_string(pid) / "board.json").string();
}

std::string KeptFolder(const std::string& path) {
  return (fs::path(path).parent_path() / "kept").string();
}

std::string KeptBoardPath(const std::string& path, long long now, int n) {
  const std::string name = "board-" + std::to_string(now) + "-" + std::to_string(n) + ".json";
  return (fs::path(KeptFolder(path)) / name).string();
}

std::string PruneKept(const std::string& folder, std::size_t keep) {
  std::vector<std::pair<std::pair<long long, long long>, fs::path>> boards;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::pair<long long, long long> order;
    if (ParseKeptName(it->path().filename().string(), order))
      boards.emplace_back(order, it->path());
  }
  if (ec) return folder + ": cannot list: " + ec.message();
  if (boards.size() <= keep) return {};
  std::sort(boards.begin(), boards.end());
  for (std::size_t i = 0; i < boards.size() - keep; ++i) {
    fs::remove(boards[i].second, ec);
    if (ec) return folder + ": cannot remove its oldest boards: " + ec.message();
  }
  return {};
}

int RemoveLeftoverTemps(const std::string& folder) {
  int removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!IsTemporaryName(name, "board.json") && !IsTemporaryName(name, "previous.json") &&
        !IsTemporaryName(name, "history.json") && !IsTemporaryName(name, "settings.json"))
      continue;
    // An unreadable autosave kept aside (RestoreAutosave) has a name of that shape too.
    if (name.size() > 7 && name.compare(name.size() - 7, 7, ".broken") == 0) continue;
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec) || it->is_symlink(type_ec)) continue;
    std::error_code remove_ec;
    if (fs::remove(it->path(), remove_ec)) ++removed;
  }
  return removed;
}

bool ChangedOutside(const std::string& path, const FileStamp& known) {
  const FileStamp now = StampOf(path);
  return now.exists && now != known;
}

std::string MoveToKept(const std::string& path, const std::string& kept) {
  std::error_code ec;
  fs::create_directories(fs::path(kept).parent_path(), ec);
  if (!ec) fs::rename(path, kept, ec);
  if (ec) return path + ": was changed outside the app and cannot be kept: " + ec.message();
  return {};
}

Loaded<Sketch> ReadAutosave(const std::string& path, FileStamp* stamp) {
  if (stamp) *stamp = {};
  std::error_code ec;
  if (path.empty() || !fs::exists(path, ec)) return {};
  // Stamped before it is read: a file replaced in between then looks changed, and is kept
  // rather than overwritten unseen.
  const FileStamp before = StampOf(path);
  Loaded<Sketch> read = LoadJsonFile<Sketch>(path, AutosaveFromJson);
  if (read && stamp) *stamp = before;
  return read;
}

Loaded<Sketch> RestoreAutosave(const std::string& path, bool& kept_aside, FileStamp* stamp) {
  kept_aside = true;
  Loaded<Sketch> restored = ReadAutosave(path, stamp);
  if (restored || restored.error.empty()) return restored;
  restored.error += MoveAside(path, &kept_aside);
  return restored;
}

std::string MoveAside(const std::string& path, bool* moved) {
  std::error_code ec;
  std::string aside = path + ".broken";
  for (int n = 2; fs::exists(aside, ec); ++n) aside = path + ".broken-" + std::to_string(n);
  fs::rename(path, aside, ec);
  if (moved) *moved = !ec;
  return ec ? " (it could not be moved aside: " + ec.message() + "; it will not be saved there)"
            : " (kept as " + aside + ")";
}

}  // namespace pps
