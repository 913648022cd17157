// SPDX-License-Identifier: EUPL-1.2
#pragma once
// How the app starts, the same in every loop that runs it (the desktop's main() and the
// browser's): its data and settings, the board as it was left, the room's scale for presenting,
// and Dear ImGui's renderer with the app's fonts.

#include <string>

#include "core/cli/options.h"
#include "core/model/room_text.h"
#include "shell/frame.h"

namespace pps {

// The model, guidance, cases, library and words from `data_dir`; what cannot be read is said on
// stderr and in the sidebar, and the app goes on with the rest.
void LoadData(App& app, const Options& options, const std::string& data_dir);

// The board as it was left, then --open's sketch, case or story. Returns false when an export
// cannot go on.
bool OpenBoard(App& app, const Options& options, bool exporting);

// Presenting: the room's scale for `room`, the screen the room sees (AimRoomAt), and the room's
// depth as chosen; --present presents from the first frame.
void AimRoomAt(AppState& state, const Options& options, RoomScreen room, RoomText* text);
void ChooseRoomScale(AppState& state, const Options& options, RoomScreen primary);

// Presenting for the first time: the room's fonts, baked between frames into an atlas at most
// `max_texture_px` wide (the GPU's largest texture; GL_MAX_TEXTURE_SIZE).
void BakeRoomFonts(AppState& state, int max_texture_px);

// Dear ImGui's renderer (shaders of `glsl_version`), the fonts at the app's scale and the theme.
void StartImGui(AppState& state, const char* glsl_version);

}  // namespace pps
