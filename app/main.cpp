// SPDX-License-Identifier: EUPL-1.2
// PPS Canvas: sketch a public-private partnership and see its type live.
// Shaped like Dear ImGui's GLFW + OpenGL 3 example: parse, init, loop, clean up in reverse. The
// loop's body is the app's one frame (shell/frame.h), shown in a GLFW window.

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "core/cli/export_command.h"
#include "core/cli/headless.h"
#include "core/cli/options.h"
#include "core/cli/version.h"
#include "core/files/autosave.h"
#include "core/files/settings.h"
#include "core/files/sketch_store.h"
#include "core/model/content.h"
#include "core/model/room_text.h"
#include "core/model/sketch_file.h"
#include "platform/board_export.h"
#include "platform/desktop_frame_io.h"
#include "platform/exit_signals.h"
#include "platform/input.h"
#include "platform/layer_cache.h"
#include "platform/presenter.h"
#include "platform/screens.h"
#include "platform/screenshot.h"
#include "platform/speaker_window.h"
#include "platform/tuio_receiver.h"
#include "platform/window.h"
#include "platform/x11_touch.h"
#include "shell/frame.h"
#include "shell/probe.h"
#include "ui/frame/frame_log.h"
#include "ui/frame/layout_dump.h"
#include "ui/panels/room_panel.h"
#include "ui/session/sketch_file_sync.h"
#include "ui/session/story_recording.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/ui_scale.h"

namespace {

using namespace pps;

constexpr int kScreenshotFrames = 4;  // frames rendered before the capture, so layout settles

std::string ExecutablePath(const char* argv0) {
  char buffer[4096];
  const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string(argv0);
}

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
void AimRoomAt(AppState& state, const Options& options, const Screen& room, RoomText* text) {
  const float height = static_cast<float>(room.height);
  const float mm_per_px =
      options.screen_height_mm > 0.0f ? options.screen_height_mm / height : room.mm_per_px;
  state.room_screen = {height, mm_per_px};
  const float scale = RoomScale(state.room_screen, state.room_depth_m, text);
  if (scale != state.room_scale) state.room_fonts = {};
  state.room_scale = scale;
}

// The room's depth as chosen (--room-depth, else as last chosen in the app), the primary screen
// the room's until the trainer gives it another; --present presents from the first frame.
void ChooseRoomScale(AppState& state, const Options& options, const Screen& primary) {
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

// Presenting: the screens as they are when it starts, and which the room sees.
struct Screens {
  std::vector<Screen> all;  // the primary first
  bool presenting = false;
  int room = -1;  // the room's, of all; -1: none chosen yet
};

// Presenting, the app's window fills the room's screen; on two screens or more, the presenter's
// window opens on the next one, and a tap there on Wissel schermen gives the room that one.
// Not presenting, the window goes back and the presenter's closes.
void FollowScreens(App& app, Window& window, SpeakerWindow& speaker, const Options& options,
                   Screens& screens) {
  AppState& state = app.state;
  const bool on = state.presentation.on;
  if (on && (!screens.presenting || ScreensChanged()))
    screens.all = FindScreens(), screens.room = -1;
  screens.presenting = on;
  const int count = static_cast<int>(screens.all.size());
  state.presentation.screens = std::max(1, count);
  if (!on || count == 0) {
    FollowPresenting(window, false, Screen{});
    speaker.Close();
    return;
  }
  // A window fullscreen from the start (--fullscreen, --kiosk) stays on the primary: the room's.
  const bool fixed = window.fullscreen_from_start;
  const int room = fixed ? 0 : state.presentation.room_screen % count;
  if (room != screens.room) {
    screens.room = room;
    AimRoomAt(state, options, screens.all[static_cast<std::size_t>(room)], nullptr);
    app.settled = false;  // the room's fonts, baked again for its screen, at once
  }
  FollowPresenting(window, true, screens.all[static_cast<std::size_t>(room)]);
  speaker.Follow(count > 1 ? &screens.all[static_cast<std::size_t>((room + 1) % count)] : nullptr,
                 window.handle, app.queue);
  if (speaker.Frame(state, window.handle)) app.settled = false;
}

// Presenting for the first time: the room's fonts, baked now rather than at start, since they
// are large (at 3.5 % of a 4K screen's height the title is over 250 px) and most runs never
// present. Between frames: the atlas is built again with the designer's fonts and the room's, and
// sent to the GPU; the chip labels are laid out again in the new fonts.
void BakeRoomFonts(AppState& state) {
  if (!state.presentation.on || state.room_fonts.body || state.room_scale <= 0.0f ||
      !state.fonts.body)  // without DejaVu, ImGui's default font: nothing to bake
    return;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
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
void StartImGui(AppState& state) {
  ImGui_ImplOpenGL3_Init("#version 330 core");
  const Error font_error = LoadFonts(state.fonts, state.scale);
  if (!font_error.empty()) std::cerr << "pps-canvas: warning: " << font_error.what() << "\n";
  ApplyTheme(state.scale);
  // Upload the font atlas now, then free its pixels and the font files it was built from, so
  // they are gone before the first frame's drawing: a lower peak of memory.
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  ImGui::GetIO().Fonts->ClearTexData();
  ImGui::GetIO().Fonts->ClearInputData();
}

// Sleeps until input arrives once the screen has settled: every input and every change is drawn
// before the app sleeps, so a tap never waits for the next event to show. A frame after one that
// took no input (a trail fading, a finger resting on a token) comes at the screen's rate, not as
// fast as a frame that draws next to nothing can: an event ends the wait at once. An exit that
// waits for a save wakes to try again, the presenter's clock when its second turns. Returns when
// the frame starts.
double WaitForFrame(const App& app, const Window& window, const SpeakerWindow& speaker,
                    double last_start) {
  const double now = glfwGetTime();
  const double next_refresh = last_start + 1.0 / window.refresh_hz;
  if (app.render_only) PollInput();
  else if (app.settled && (app.exit_save.Waiting() || speaker.Open()))
    WaitForInput(std::min(app.exit_save.Waiting() ? ExitSave::kRetrySeconds : 1.0,
                          speaker.Open() ? speaker.NextTick(now) : 1.0));
  else if (app.settled) WaitForInput();
  else if (app.input.empty() && next_refresh > now) WaitForInput(next_refresh - now);
  else PollInput();
  return glfwGetTime();
}

// The presenter's window and its buttons, for --dump-layout; "" while it is closed.
std::string SpeakerLayout(const AppState& state, const SpeakerWindow& speaker) {
  if (!speaker.Open()) return {};
  const Screen where = speaker.Where();
  return DumpSpeaker(state, speaker.View().targets, where.x, where.y,
                     {static_cast<float>(where.width), static_cast<float>(where.height)});
}

// Runs frames until the app ends; --screenshot, --export and --dump-layout - read the board after
// a few frames, --frames N stops after N. `probe` hears of each frame (--status-file,
// --dump-layout). Returns the exit code.
int RunFrames(App& app, DesktopFrameIo& io, Window& window, const Options& options, Probe& probe,
              const Presenter& presenter, SpeakerWindow& speaker, Screens& screens) {
  const bool screenshot = !options.screenshot.empty();
  const bool exporting = !options.export_path.empty();
  const bool print_layout = options.dump_layout == "-";
  double last_start = 0.0;
  for (int frame = 0;; ++frame) {
    last_start = WaitForFrame(app, window, speaker, last_start);
    BakeRoomFonts(app.state);
    const bool read = (screenshot || exporting) && frame + 1 == kScreenshotFrames;
    if (read) io.HoldNextFrame();
    StepFrame(app, io, last_start);
    if (app.ended) return 0;
    if (!app.render_only) FollowScreens(app, window, speaker, options, screens);
    if (probe.On()) presenter.WaitForServer();  // what the probe tells is on the screen
    probe.AfterFrame(app, presenter.Exposures(), SpeakerLayout(app.state, speaker));
    if (print_layout && frame + 1 == kScreenshotFrames) {
      const ImVec2 display = ImGui::GetIO().DisplaySize;
      std::cout << DumpLayout(app.state, {display.x, display.y}) << std::flush;
      return 0;
    }
    if (read) {
      int width = 0, height = 0;
      glfwGetFramebufferSize(window.handle, &width, &height);
      const Error e = screenshot
                                ? WriteScreenshot(options.screenshot, width, height)
                                : ExportBoardReport(app.state, options.export_path, width, height);
      if (!e.empty()) std::cerr << "pps-canvas: " << (exporting ? "--export: " : "") << e.what() << "\n";
      return e.empty() ? 0 : 1;
    }
    if (options.frames > 0 && frame + 1 >= options.frames) return 0;
  }
}

// At the end: what the last exit could not save, --save-on-exit and --frame-log. Returns the exit
// code, given `code` so far.
int Finish(const App& app, const Options& options, const FrameLog& frame_log, int code) {
  if (!app.exit_save.Lost().empty()) {
    std::cerr << "pps-canvas: quit without the last change: " << app.exit_save.Lost() << "\n";
    code = 1;
  }
  if (!options.save_on_exit.empty()) {
    const Error e = SaveSketch(app.state.board.Current(), options.save_on_exit);
    if (!e.empty()) std::cerr << "pps-canvas: --save-on-exit: " << e.what() << "\n";
    if (!e.empty()) code = 1;
  }
  if (frame_log.On()) {
    // Where glfwGetTime()'s zero lies on CLOCK_MONOTONIC, for a benchmark's own clock.
    const double monotonic_now =
        std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    const std::string e = frame_log.Write(options.frame_log, monotonic_now - glfwGetTime());
    if (!e.empty()) std::cerr << "pps-canvas: " << e << "\n";
    if (!e.empty()) code = 1;
  }
  return code;
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

}  // namespace

int main(int argc, char** argv) {
  const ParsedOptions parsed = ParseOptions(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.error.empty()) {
    std::cerr << "pps-canvas: " << parsed.error << "\n";
    return 2;
  }
  const Options& options = parsed.options;
  if (options.help) {
    std::cout << HelpText();
    return 0;
  }
  const std::string data_dir =
      options.data_dir.empty() ? FindDataDir(ExecutablePath(argv[0])) : options.data_dir;
  if (options.version) {
    std::cout << VersionText(data_dir);
    return 0;
  }
  if (data_dir.empty()) {
    std::cerr << "pps-canvas: cannot find the data folder (model.json); pass --data DIR\n";
    return 2;
  }
  // --export: its arguments first; a Markdown report needs no window.
  const bool exporting = !options.export_path.empty();
  const bool render_only = !options.screenshot.empty() || exporting || options.frames > 0 ||
                           options.dump_layout == "-";
  App app(AutosavePath(), !render_only, render_only);
  AppState& state = app.state;
  LoadData(app, options, data_dir);
  if (options.list_cases || !options.classify.empty())
    return RunHeadless(options, state.content, std::cout, std::cerr);
  if (exporting) {
    const std::string e = CheckExportArguments(options);
    if (!e.empty()) std::cerr << "pps-canvas: " << e << "\n";
    if (!e.empty()) return 2;
    if (!ExportNeedsWindow(options)) return ExportWithoutWindow(options, state.content, std::cerr);
  }
  if (!OpenBoard(app, options, exporting)) return 1;

  // From here on a kill, Ctrl+C or a closed session ends the app as Ctrl+Q does.
  BlockExitSignals();
  std::string error;
  const bool export_size = exporting && !options.size_given;
  Window window = OpenWindow({"PPS Canvas", export_size ? kExportWidth : options.width,
                              export_size ? kExportHeight : options.height, options.fullscreen,
                              !exporting, options.kiosk},
                             error);
  if (!window.handle) {
    if (exporting) std::cerr << "pps-canvas: --export " << options.export_path
                             << " draws the board in a window (a .md report does not): ";
    else std::cerr << "pps-canvas: ";
    std::cerr << error << "\n";
    return 1;
  }
  StartExitSignalThread();
  state.scale = ChooseScale(options.scale, window.content_scale, window.width, window.height,
                            window.mm_per_px);
  Screens screens{FindScreens()};
  Screen primary{0, 0, window.width, window.height, window.mm_per_px, nullptr};
  if (!screens.all.empty()) primary = screens.all.front();
  ChooseRoomScale(state, options, primary);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  StartInput(window.handle, app.queue);
  // Touch tables and trackers over the network (--tuio): every cursor its own pointer.
  TuioReceiver tuio(app.queue);
  if (options.tuio_port != 0)
    tuio.Start(window.handle, options.tuio_host, options.tuio_port, state.messages);
  // Each finger on a touch screen its own pointer; without XInput 2.2 the mouse alone.
  X11Touch touch;
  const std::string touch_off = touch.Start(window.handle, app.queue);
  if (!touch_off.empty()) std::cerr << "pps-canvas: " << touch_off << "\n";
  StartImGui(state);
  // What lies still on the board is drawn once into textures, where framebuffers work.
  GlLayerCache layer_cache;
  if (layer_cache.Init()) state.layer_renderer = &layer_cache;
  // Where the CPU draws, a frame draws and shows only what changed.
  Presenter presenter;
  presenter.Start(window.handle, options.whole_frames);
  // --frame-log: each frame's times, in memory reserved now and written at exit.
  FrameLog frame_log(options.frame_log.empty() ? 0 : FrameLog::kDefaultCapacity);
  if (frame_log.On()) app.frame_log = &frame_log;
  app.input.reserve(256);
  app.routed.reserve(256);

  // --status-file and --dump-layout FILE: what a test script waits for and where it taps.
  Probe probe(options.status_file, options.dump_layout == "-" ? "" : options.dump_layout);

  DesktopFrameIo io(window, presenter, tuio);
  SpeakerWindow speaker;
  const int exit_code =
      Finish(app, options, frame_log,
             RunFrames(app, io, window, options, probe, presenter, speaker, screens));
  speaker.Close();
  touch.Stop();
  tuio.Stop();
  StopInput(window.handle);
  presenter.Stop();
  state.layer_renderer = nullptr;
  layer_cache.Release();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext();
  CloseWindow(window);
  return exit_code;
}
