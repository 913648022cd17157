// SPDX-License-Identifier: EUPL-1.2
// PPS Canvas: sketch a public-private partnership and see its type live.
// Shaped like Dear ImGui's GLFW + OpenGL 3 example: parse, init, loop, clean up in reverse. The
// loop's body is the app's one frame (shell/frame.h), shown in a GLFW window.

#include "platform/gl.h"  // glad, before GLFW
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
#include "shell/startup.h"
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
    const Screen& screen = screens.all[static_cast<std::size_t>(room)];
    AimRoomAt(state, options, {static_cast<float>(screen.height), screen.mm_per_px}, nullptr);
    app.settled = false;  // the room's fonts, baked again for its screen, at once
  }
  FollowPresenting(window, true, screens.all[static_cast<std::size_t>(room)]);
  speaker.Follow(count > 1 ? &screens.all[static_cast<std::size_t>((room + 1) % count)] : nullptr,
                 window.handle, app.queue);
  if (speaker.Frame(state, window.handle)) app.settled = false;
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
  // The board exported is the report's picture: the board with its legend below it.
  app.state.board_picture = exporting;
  double last_start = 0.0;
  const int max_texture_px = MaxTexturePx();  // for the room's fonts
  for (int frame = 0;; ++frame) {
    last_start = WaitForFrame(app, window, speaker, last_start);
    BakeRoomFonts(app.state, max_texture_px);
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
  ChooseRoomScale(state, options, {static_cast<float>(primary.height), primary.mm_per_px});

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
  StartImGui(state, "#version 330 core");
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
