// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the app keeps of its setup between runs, chosen in the app: the sides of the table people
// sit at, and the depth of the room a trainer presents to and which screen it sees. A table or a
// room is set up once and used for months; whoever starts the app there should not have to know a
// command-line option. Kept beside the autosave (a layout is state, in the XDG sense), in one small
// file, written atomically.

#include <string>

#include "core/io/loaded.h"

namespace pps {

struct Settings {
  int table_sides = 0;        // 1, 2 or 4; 0: never chosen
  float room_depth_m = 0.0f;  // presenting: to the back row, kMinRoomDepthM..kMaxRoomDepthM; 0:
                              // never chosen
  int room_screen = 0;        // presenting on two screens or more: the room's, 0 the primary
  double step_seconds = 0.0;  // a story line's step glides this long (core/model/tween.h); 0:
                              // never chosen
};

// settings.json in the folder of the autosave at `autosave_path`; empty when that is empty.
std::string SettingsPath(const std::string& autosave_path);

// The settings at `path`. No file is the defaults, not an error; a file that cannot be read, or
// holds what is not a setting, is an error that says what and where.
Loaded<Settings> ReadSettings(const std::string& path);

// Writes `settings` to `path` atomically, creating its folder.
Error WriteSettings(const Settings& settings, const std::string& path);

}  // namespace pps
