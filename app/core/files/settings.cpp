// SPDX-License-Identifier: EUPL-1.2
#include "core/files/settings.h"

#include <filesystem>
#include <system_error>

#include "core/io/atomic_file.h"
#include "core/io/json_read.h"
#include "core/model/room_text.h"
#include "core/model/tween.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

constexpr int kSettingsVersion = 1;

Settings SettingsFromJson(const nlohmann::json& root) {
  RequireFormat(root, "pps-canvas/settings", kSettingsVersion);
  Settings settings;
  if (root.contains("table_sides")) {
    const nlohmann::json& sides = root["table_sides"];
    if (!sides.is_number_integer() || (sides != 1 && sides != 2 && sides != 4))
      throw JsonError{"/table_sides", "expected 1, 2 or 4 sides, not " + Quote(sides)};
    settings.table_sides = sides.get<int>();
  }
  if (root.contains("room_depth_m")) {
    const nlohmann::json& depth = root["room_depth_m"];
    if (!depth.is_number() || !(depth.get<double>() >= kMinRoomDepthM) ||
        !(depth.get<double>() <= kMaxRoomDepthM))
      throw JsonError{"/room_depth_m", "expected metres from 2 to 30, not " + Quote(depth)};
    settings.room_depth_m = depth.get<float>();
  }
  if (root.contains("room_screen")) {
    const nlohmann::json& screen = root["room_screen"];
    if (!screen.is_number_integer() || screen < 0 || screen > 15)
      throw JsonError{"/room_screen", "expected a screen from 0 to 15, not " + Quote(screen)};
    settings.room_screen = screen.get<int>();
  }
  if (root.contains("step_seconds")) {
    const nlohmann::json& seconds = root["step_seconds"];
    if (!seconds.is_number() || !(seconds.get<double>() >= kMinTweenSeconds) ||
        !(seconds.get<double>() <= kMaxTweenSeconds))
      throw JsonError{"/step_seconds", "expected seconds from 0.2 to 3, not " + Quote(seconds)};
    settings.step_seconds = seconds.get<double>();
  }
  return settings;
}

}  // namespace

std::string SettingsPath(const std::string& autosave_path) {
  if (autosave_path.empty()) return {};
  return (fs::path(autosave_path).parent_path() / "settings.json").string();
}

Loaded<Settings> ReadSettings(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return {Settings{}, {}};
  return LoadJsonFile<Settings>(path, SettingsFromJson);
}

Error WriteSettings(const Settings& settings, const std::string& path) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) return path + ": cannot create its folder: " + ec.message();
  nlohmann::json root = {{"format", "pps-canvas/settings"}, {"version", kSettingsVersion}};
  if (settings.table_sides != 0) root["table_sides"] = settings.table_sides;
  if (settings.room_depth_m != 0.0f) root["room_depth_m"] = settings.room_depth_m;
  if (settings.room_screen != 0) root["room_screen"] = settings.room_screen;
  if (settings.step_seconds != 0.0) root["step_seconds"] = settings.step_seconds;
  return WriteFileAtomically(path, root.dump(2) + "\n");
}

}  // namespace pps
