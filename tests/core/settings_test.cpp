// SPDX-License-Identifier: EUPL-1.2
// The settings kept between runs: read back as written, no file is the defaults, and a file
// that is not a setting says what and where.

#include "core/files/settings.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

using namespace pps;

TEST_CASE("settings: written, read back; no file is the defaults", "[settings]") {
  const std::string path = (test::TempDir() / "settings-test" / "settings.json").string();
  std::filesystem::remove(path);
  const Loaded<Settings> none = ReadSettings(path);
  REQUIRE(none);
  CHECK(none.value->table_sides == 0);
  for (int sides : {4, 2, 1}) {
    REQUIRE(WriteSettings(Settings{sides}, path).empty());  // its folder made as needed
    const Loaded<Settings> read = ReadSettings(path);
    REQUIRE(read);
    CHECK(read.value->table_sides == sides);
    CHECK(read.value->room_depth_m == 0.0f);
  }
  REQUIRE(WriteSettings(Settings{2, 8.0f}, path).empty());
  const Loaded<Settings> both = ReadSettings(path);
  REQUIRE(both);
  CHECK(both.value->table_sides == 2);
  CHECK(both.value->room_depth_m == 8.0f);
  REQUIRE(WriteSettings(Settings{0, 0.0f, 1, 1.2}, path).empty());
  const Loaded<Settings> paced = ReadSettings(path);
  REQUIRE(paced);
  CHECK(paced.value->room_screen == 1);
  CHECK(paced.value->step_seconds == 1.2);
  CHECK(SettingsPath("/home/a/.local/state/pps-canvas/board.json") ==
        "/home/a/.local/state/pps-canvas/settings.json");
  CHECK(SettingsPath("").empty());
}

TEST_CASE("settings: a file that is not a setting says what and where", "[settings]") {
  const struct {
    const char* text;
    const char* says;
  } bad[] = {
      {R"({"format": "pps-canvas/settings", "version": 1, "table_sides": 3})",
       "/table_sides: expected 1, 2 or 4 sides, not 3"},
      {R"({"format": "pps-canvas/settings", "version": 1, "table_sides": "4"})",
       "/table_sides: expected 1, 2 or 4 sides"},
      {R"({"format": "pps-canvas/settings", "version": 1, "room_depth_m": 1.5})",
       "/room_depth_m: expected metres from 2 to 30, not 1.5"},
      {R"({"format": "pps-canvas/settings", "version": 1, "room_depth_m": "8"})",
       "/room_depth_m: expected metres from 2 to 30"},
      {R"({"format": "pps-canvas/settings", "version": 1, "step_seconds": 0})",
       "/step_seconds: expected seconds from 0.2 to 3, not 0"},
      {R"({"format": "pps-canvas/settings", "version": 1, "step_seconds": 30})",
       "/step_seconds: expected seconds from 0.2 to 3, not 30"},
      {R"({"format": "pps-canvas/settings", "version": 9})", "/version"},
      {R"({"format": "pps-canvas/sketch", "version": 1})", "/format"},
      {"{\"format\": ", "line 1"},
  };
  for (const auto& b : bad) {
    const std::string path = test::WriteTemp("settings.json", b.text);
    const Loaded<Settings> read = ReadSettings(path);
    INFO(b.text);
    REQUIRE_FALSE(read);
    CHECK(read.error.find(path) != std::string::npos);
    CHECK(read.error.find(b.says) != std::string::npos);
  }
  // A folder where the file should be.
  const std::filesystem::path folder = test::TempDir() / "settings-folder" / "settings.json";
  std::filesystem::create_directories(folder);
  CHECK_FALSE(ReadSettings(folder.string()));
  CHECK_FALSE(WriteSettings(Settings{4}, folder.string()).empty());
}
