// SPDX-License-Identifier: EUPL-1.2
#include "shell/startup.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "core/cli/headless.h"
#include "core/files/autosave.h"
#include "core/files/settings.h"
#include "core/files/sketch_store.h"
#include "core/model/content.h"
#include "core/model/room_text.h"
#include "core/model/share_link.h"
#include "core/model/sketch_file.h"
#include "core/model/token_texts.h"
#include "ui/panels/room_panel.h"
#include "ui/session/sketch_file_sync.h"
#include "ui/session/story_recording.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"

namespace pps {

// The board comes back as it was left; --open then opens another, and the one that came back
// stays one tap away (Previous). Restore takes the state folder's lock for the whole run: a
// second copy shows the same board but saves in a session folder of its own. Runs that only
// render (--screenshot, --frames, --export) read the autosave but never write it. Returns false
// when an export cannot go on.
bool OpenBoard(App& app, const Options& options, bool exporting) {
  AppState& state = app.state;
  state.board.Restore(NewSketch(state), nullptr, std::nullopt, nullptr);
  state.gallery.folder = SketchesFolder();
  state.gallery.stories_folder = StoriesFolder(state.gallery.folder);
  LoadOwnStories(state);
  app.autosave.Restore(state);
  if (options.open.empty()) return true;
  // A story line opens at its start (to present), or, to export, at its end.
  if (const Story* story = FindStory(state.content, options.open)) {
    const int index = static_cast<int>(story - state.content.stories.data());
    state.commands.push_back(Command{CommandKind::OpenStory, index});
    if (exporting)
      state.commands.push_back(
          Command{CommandKind::StoryStep, static_cast<int>(story->steps.size())});
    return true;
  }
#ifndef PPS_NO_QR
  // A sketch's link (a QR code's, core/model/share_link.h), or a file holding one: a new board.
  if (const std::string link = ShareLinkIn(options.open); !link.empty()) {
    Loaded<Sketch> linked = SketchFromLink(link);
    if (!linked) {
      std::cerr << "pps-canvas: --open: " << linked.error << "\n";
      state.messages.Add(linked.error);
      return !exporting;
    }
    RestoreTokenTexts(state.content, *linked.value);
    const Sketch* origin = FindCase(state.content, linked.value->id);
    state.board.Open(std::move(*linked.value), origin);
    return true;
  }
#endif
  // A sketch file opened to work on is saved back to it at every change; one opened only to
  // render is read and left alone.
  if (!app.render_only && !FindCase(state.content, options.open)) {
    const Error e = OpenSketchFile(state, options.open);
    if (!e.empty()) std::cerr << "pps-canvas: --open: " << e.what() << "\n";
    if (!e.empty()) state.messages.Add(e.what());
    return true;
  }
  Loaded<Sketch> opened = ResolveSketch(state.content, options.open);
  if (!opened) {
    std::cerr << "pps-canvas: --open: " << opened.error << "\n";
    state.messages.Add(opened.error);
    return !exporting;
  }
  // A sketch that started as a case study shows where the case's tokens began.
  const Sketch* origin = FindCase(state.content, opened.value->id);
  state.board.Open(std::move(*opened.value), origin);
  return true;
}

// Presenting, the smallest text a room must read is 1/200 of the room's depth tall
// (core/model/room_text.h), on `room`, the screen the room sees, whose physical height
// --screen-height gives where X does not know it. The room's scale makes the body font's capitals
// that tall; a new scale has its fonts baked before the next frame (BakeRoomFonts).
void AimRoomAt(AppState& state, const Options& options, RoomScreen room, RoomText* text) {
  const float height = room.height_px;
  const float mm_per_px =
      options.screen_height_mm > 0.0f ? options.screen_height_mm / height : room.mm_per_px;
  state.room_screen = {height, mm_per_px};
  const float scale = RoomScale(state.room_screen, state.room_depth_m, text);
  if (scale != state.room_scale) state.room_fonts = {};
  state.room_scale = scale;
}

// The room's depth as chosen (--room-depth, else as last chosen in the app), the primary screen
// the room's until the trainer gives it another; --present presents from the first frame.
void ChooseRoomScale(AppState& state, const Options& options, RoomScreen primary) {
  const float depth = options.room_depth_m > 0.0f          ? options.room_depth_m
                      : state.settings.room_depth_m > 0.0f ? state.settings.room_depth_m
                                                           : kDefaultRoomDepthM;
  state.room_depth_m = depth;
  RoomText room;
  AimRoomAt(state, options, primary, &room);
  state.presentation.on = options.present;
  if (room.rule_px > room.cap_px + 0.5f)  // said when presenting starts (ui/session/commands)
    state.room_note = "presenting: the back row at " + std::to_string(static_cast<int>(depth)) +
                      " m needs capitals of " + std::to_string(static_cast<int>(room.rule_px)) +
                      " px on this screen; " + std::to_string(static_cast<int>(room.cap_px)) +
                      " px is the most it gives (3.5 % of its height)";
  if (options.present && !state.room_note.empty())
    Tell(state, state.room_note), state.room_note.clear();
}

// Presenting for the first time: the room's fonts, baked now rather than at start, since they
// are large (at 3.5 % of a 4K screen's height the title is over 250 px) and most runs never
// present. Between frames: the atlas is built again with the designer's fonts and the room's, and
// sent to the GPU; the chip labels are laid out again in the new fonts.
void BakeRoomFonts(AppState& state, int max_texture_px) {
  if (!state.presentation.on || state.room_fonts.body || state.room_scale <= 0.0f ||
      !state.fonts.body)  // without DejaVu, ImGui's default font: nothing to bake
    return;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Wide rather than tall: the room's large fonts in ImGui's default width (at most 4096) can make
  // an atlas taller than a GPU's largest texture (8192 in a browser's WebGL), and no text would
  // show. No wider than the GPU takes either.
  io.Fonts->TexDesiredWidth = std::min(8192, std::max(max_texture_px, 1024));
  state.fonts = {};
  if (LoadFonts(state.fonts, state.scale).empty())
    (void)LoadFonts(state.room_fonts, state.room_scale);  // the same files, found a moment ago
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  io.Fonts->ClearTexData();
  io.Fonts->ClearInputData();
  // The labels laid out in the old fonts are gone with them: every chip is laid out again before
  // anything reads its label (the aim's ghosts read them before the chips are drawn).
  state.chips.label_layouts = LabelLayouts();
  state.chips.revision = UINT64_MAX;
}

// Dear ImGui's renderer, the fonts at the app's scale and the theme, for `state`.
void StartImGui(AppState& state, const char* glsl_version) {
  ImGui_ImplOpenGL3_Init(glsl_version);
  const Error font_error = LoadFonts(state.fonts, state.scale);
  if (!font_error.empty()) std::cerr << "pps-canvas: warning: " << font_error.what() << "\n";
  ApplyTheme(state.scale);
  // Upload the font atlas now, then free its pixels and the font files it was built from, so
  // they are gone before the first frame's drawing: a lower peak of memory.
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  ImGui::GetIO().Fonts->ClearTexData();
  ImGui::GetIO().Fonts->ClearInputData();
}

// The model, guidance, cases, library and words from `data_dir`; what cannot be read is said on
// stderr and in the sidebar, and the app goes on with the rest.
void LoadData(App& app, const Options& options, const std::string& data_dir) {
  AppState& state = app.state;
  app.kiosk = options.kiosk;
  state.content = LoadContent(data_dir);
  state.language = options.language;
  // The sides of the table and the room's depth: the options, else as last chosen in the app
  // here, else one side and the default room.
  const std::string settings = SettingsPath(AutosavePath());
  if (!app.render_only) state.settings_path = settings;
  if (!settings.empty()) {
    Loaded<Settings> kept = ReadSettings(settings);
    if (kept) state.settings = *kept.value;
    else state.content.errors.push_back(kept.error + " (the app's defaults until chosen again)");
  }
  state.presentation.room_screen = state.settings.room_screen;
  state.report_view.share_url = options.share_url;
  state.table_sides = options.table_sides != 0          ? options.table_sides
                      : state.settings.table_sides != 0 ? state.settings.table_sides
                                                        : 1;
  // Tests only (tests/e2e/zwaartepunt_test.sh): the board without the zwaartepunt's marker, to
  // compare the labels under it with.
  const char* hide = std::getenv("PPS_TEST_HIDE_ZWAARTEPUNT");
  state.hide_zwaartepunt = hide && std::string_view(hide) == "1";
  for (const std::string& e : state.content.errors) {
    std::cerr << "pps-canvas: warning: " << e << "\n";
    state.messages.Add(e);
  }
}

}  // namespace pps
