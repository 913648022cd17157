// PPS Canvas: sketch a public-private partnership and see its type live.
// Shaped like Dear ImGui's GLFW + OpenGL 3 example: parse, init, loop, clean up in reverse.

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>

#include "core/autosave.h"
#include "core/content.h"
#include "core/export_command.h"
#include "core/frame_log.h"
#include "core/headless.h"
#include "core/input_queue.h"
#include "core/options.h"
#include "core/sketch_file.h"
#include "core/sketch_store.h"
#include "core/ui_scale.h"
#include "platform/board_export.h"
#include "platform/exit_signals.h"
#include "platform/input.h"
#include "platform/layer_cache.h"
#include "platform/presenter.h"
#include "platform/screenshot.h"
#include "platform/tuio_receiver.h"
#include "platform/window.h"
#include "platform/x11_touch.h"
#include "ui/app_state.h"
#include "ui/board_autosave.h"
#include "ui/draw_hash.h"
#include "ui/exit_save.h"
#include "ui/frame_input.h"
#include "ui/sketch_file_sync.h"
#include "ui/report_export.h"
#include "ui/theme.h"

namespace {

constexpr int kScreenshotFrames = 4;  // frames rendered before the capture, so layout settles

std::string ExecutablePath(const char* argv0) {
  char buffer[4096];
  const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string(argv0);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pps;
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
  if (data_dir.empty()) {
    std::cerr << "pps-canvas: cannot find the data folder (model.json); pass --data DIR\n";
    return 2;
  }
  AppState state;
  state.content = LoadContent(data_dir);
  state.language = options.language;
  for (const std::string& e : state.content.errors) {
    std::cerr << "pps-canvas: warning: " << e << "\n";
    state.messages.Add(e);
  }

  if (options.list_cases || !options.classify.empty())
    return RunHeadless(options, state.content, std::cout, std::cerr);
  // --export: its arguments first; a Markdown report needs no window.
  const bool exporting = !options.export_path.empty();
  if (exporting) {
    const std::string e = CheckExportArguments(options);
    if (!e.empty()) std::cerr << "pps-canvas: " << e << "\n";
    if (!e.empty()) return 2;
    if (!ExportNeedsWindow(options)) return ExportWithoutWindow(options, state.content, std::cerr);
  }

  // The board comes back as it was left; --open then opens another, and the one that came
  // back stays one tap away (Previous). Restore takes the state folder's lock for the whole
  // run: a second copy shows the same board but saves in a session folder of its own. Runs
  // that only render (--screenshot, --frames) read the autosave but never write it, and take
  // no lock.
  const bool screenshot = !options.screenshot.empty();
  const bool render_only = screenshot || exporting || options.frames > 0;
  BoardAutosave autosave(AutosavePath(), !render_only);
  state.board.Restore(NewSketch(state), nullptr, std::nullopt, nullptr);
  state.gallery.folder = SketchesFolder();
  autosave.Restore(state);
  // A sketch file opened to work on is saved back to it at every change; one opened only to
  // render is read and left alone.
  if (!options.open.empty() && !render_only && !FindCase(state.content, options.open)) {
    const std::string e = OpenSketchFile(state, options.open);
    if (!e.empty()) std::cerr << "pps-canvas: --open: " << e << "\n";
    if (!e.empty()) state.messages.Add(e);
  } else if (!options.open.empty()) {
    Loaded<Sketch> opened = ResolveSketch(state.content, options.open);
    if (opened) {
      // A sketch that started as a case study shows where the case's tokens began.
      const Sketch* origin = FindCase(state.content, opened.value->id);
      state.board.Open(std::move(*opened.value), origin);
    } else {
      std::cerr << "pps-canvas: --open: " << opened.error << "\n";
      if (exporting) return 1;
      state.messages.Add(opened.error);
    }
  }

  // From here on a kill, Ctrl+C or a closed session ends the app as Ctrl+Q does.
  BlockExitSignals();
  std::string error;
  Window window = OpenWindow(
      {"PPS Canvas", exporting && !options.size_given ? kExportWidth : options.width,
       exporting && !options.size_given ? kExportHeight : options.height, options.fullscreen,
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

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  InputQueue queue;
  StartInput(window.handle, queue);
  // Touch tables and trackers over the network (--tuio): every cursor its own pointer.
  TuioReceiver tuio(queue);
  if (options.tuio_port != 0)
    tuio.Start(window.handle, options.tuio_host, options.tuio_port, state.messages);
  // Each finger on a touch screen its own pointer; without XInput 2.2 the mouse alone.
  X11Touch touch;
  const std::string touch_off = touch.Start(window.handle, queue);
  if (!touch_off.empty()) std::cerr << "pps-canvas: " << touch_off << "\n";
  ImGui_ImplOpenGL3_Init("#version 330 core");
  const std::string font_error = LoadFonts(state.fonts, state.scale);
  if (!font_error.empty()) std::cerr << "pps-canvas: warning: " << font_error << "\n";
  ApplyTheme(state.scale);
  // Upload the font atlas now, then free its pixels and the font files it was built from, so
  // they are gone before the first frame's drawing: a lower peak of memory.
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  ImGui::GetIO().Fonts->ClearTexData();
  ImGui::GetIO().Fonts->ClearInputData();
  // What lies still on the board is drawn once into textures, where framebuffers work.
  GlLayerCache layer_cache;
  if (layer_cache.Init()) state.layer_renderer = &layer_cache;
  // Where the CPU draws, a frame draws and shows only what changed.
  Presenter presenter;
  presenter.Start(window.handle, options.whole_frames);

  int exit_code = 0;
  std::vector<InputEvent> input;
  input.reserve(256);
  bool settled = false;  // the last two frames drew the same, and nothing moves or waits
  std::uint64_t last_frame = 0;
  // --frame-log: each frame's times, in memory reserved now and written at exit.
  FrameLog frame_log(options.frame_log.empty() ? 0 : FrameLog::kDefaultCapacity);
  double last_start = 0.0;
  std::vector<PixelRect> layer_changed;
  layer_changed.reserve(16);
  // An exit asked for (Ctrl+Q, the window closed, a signal) waits for the last save.
  ExitSave exit_save;
  for (int frame = 0;; ++frame) {
    const bool asked = glfwWindowShouldClose(window.handle) || state.quit;
    if (render_only && (asked || ExitSignalled())) break;
    if (asked || ExitSignalled() || exit_save.Waiting()) {
      if (exit_save.Ready(state, autosave, glfwGetTime(), asked && exit_save.Waiting(),
                          ExitSignalled(), options.kiosk))
        break;
      glfwSetWindowShouldClose(window.handle, GLFW_FALSE);
      state.quit = false;
    }
    // Sleep until input arrives once the screen has settled: every input and every change is
    // drawn before the app sleeps, so a tap never waits for the next event to show. A frame
    // after one that took no input (a trail fading, a finger resting on a token) comes at the
    // screen's rate, not as fast as a frame that draws next to nothing can: an event ends the
    // wait at once.
    double frame_start = glfwGetTime();
    const double next_refresh = last_start + 1.0 / window.refresh_hz;
    if (settled && !render_only && exit_save.Waiting())
      WaitForInput(ExitSave::kRetrySeconds), frame_start = glfwGetTime();
    else if (settled && !render_only) WaitForInput(), frame_start = glfwGetTime();
    else if (!render_only && input.empty() && next_refresh > frame_start)
      WaitForInput(next_refresh - frame_start), frame_start = glfwGetTime();
    else PollInput();
    last_start = frame_start;

    queue.TakeFrame(input);
    frame_log.Begin(frame_start, input);
    tuio.Update(window.handle, state.messages);
    PrepareImGuiFrame(window);
    PrepareInput(state, input);
    FeedImGui(input);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const bool moving = DrawApp(state, input);
    autosave.Update(state, false);
    ImGui::Render();
    // Only a quiet frame is hashed: while something moves the screen cannot have settled.
    const bool quiet = !moving && !queue.Pending();
    // A layer drawn again shows through the same quads: its generation tells the change.
    const std::uint64_t drawn =
        quiet ? HashDrawData(*ImGui::GetDrawData()) ^ HashViewState() ^
                    state.still_chips.Generation()
              : 0;
    settled = quiet && drawn == last_frame;
    last_frame = drawn;

    int width = 0, height = 0;
    glfwGetFramebufferSize(window.handle, &width, &height);
    // A frame drawn for a report ("Verslag") is read, written and never shown: it is plain and
    // upright, whichever way the view is turned, and drawn whole.
    const bool for_report = state.report == ReportRequest::Drawing;
    // Where the still chips' texture changed under the same quads, as the screen shows it.
    layer_changed = state.still_chips.Changed();
    if (!for_report) TurnDrawing(state, *ImGui::GetDrawData());
    if (!for_report) TurnRects(state, ImGui::GetDrawData()->DisplaySize, layer_changed);
    presenter.Draw(*ImGui::GetDrawData(), kPaper, !for_report,
                   state.layer_renderer ? state.layer_renderer->SolidFill() : nullptr,
                   layer_changed);
    if (for_report) {
      std::string png;
      const std::string e = CaptureBoardPng(state, width, height, png);
      WritePendingReport(state, png, e, DocumentsEnvironmentFromProcess(), std::time(nullptr));
    }
    if (screenshot && frame + 1 == kScreenshotFrames) {
      const std::string e = WriteScreenshot(options.screenshot, width, height);
      if (!e.empty()) std::cerr << "pps-canvas: " << e << "\n";
      exit_code = e.empty() ? 0 : 1;
      break;
    }
    if (exporting && frame + 1 == kScreenshotFrames) {
      const std::string e = ExportBoardReport(state, options.export_path, width, height);
      if (!e.empty()) std::cerr << "pps-canvas: --export: " << e << "\n";
      exit_code = e.empty() ? 0 : 1;
      break;
    }
    if (!for_report) presenter.Show();
    frame_log.End(glfwGetTime(), presenter.Drawn());
    if (options.frames > 0 && frame + 1 >= options.frames) break;
  }

  if (!exit_save.Lost().empty()) {
    std::cerr << "pps-canvas: quit without the last change: " << exit_save.Lost() << "\n";
    exit_code = 1;
  }
  if (!options.save_on_exit.empty()) {
    const std::string e = SaveSketch(state.board.Current(), options.save_on_exit);
    if (!e.empty()) std::cerr << "pps-canvas: --save-on-exit: " << e << "\n";
    if (!e.empty()) exit_code = 1;
  }
  if (frame_log.On()) {
    // Where glfwGetTime()'s zero lies on CLOCK_MONOTONIC, for a benchmark's own clock.
    const double monotonic_now =
        std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    const std::string e = frame_log.Write(options.frame_log, monotonic_now - glfwGetTime());
    if (!e.empty()) std::cerr << "pps-canvas: " << e << "\n";
    if (!e.empty()) exit_code = 1;
  }
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
