// SPDX-License-Identifier: EUPL-1.2
// PPS Canvas in a browser: the same frame (shell/frame.h) as the desktop's, run by the page's
// animation frames (emscripten_set_main_loop) in a GLFW window on the page's canvas, WebGL 2.
// The page (page/pre.js) reads the home folder back from the browser's storage before main()
// and hands over the URL's options (?lang=en&table=4 as --lang en --table 4).

#include <emscripten/emscripten.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/cli/options.h"
#include "core/files/autosave.h"
#include "platform/gl.h"
#include "platform/input.h"
#include "platform/layer_cache.h"
#include "platform/web/web_frame_io.h"
#include "platform/web/web_page.h"
#include "platform/web/web_touch.h"
#include "shell/frame.h"
#include "shell/startup.h"
#include "ui/frame/layout_dump.h"
#include "ui/widgets/ui_scale.h"

namespace {

using namespace pps;

constexpr const char* kDataDir = "/data";  // the site's data package (web.cmake)
constexpr const char* kFirstCase = "civ-water";

// The app in the page, for as long as the page lives.
struct Page {
  App app{AutosavePath(), true};
  WebFrameIo io;
  WebTouch touch;
  GlLayerCache layer_cache;
  bool was_settled = false;
  bool was_writing = false;
  bool was_presenting = false;
  int max_texture_px = 0;  // the GPU's, for the room's fonts
  std::string layout;  // pps_layout()'s answer
};

Page* page = nullptr;

// The page hides its "loading" text (page/pre.js).
EM_JS(void, PageStarted, (), { Module.ppsStarted(); });
// Presenting fills the screen, as natively: the page asks the browser for it (which it grants
// within a moment of a tap or a key, F5 or Presenteren), and gives it back after.
EM_JS(void, FollowFullscreen, (int on), {
  const page = document.documentElement;
  if (on && !document.fullscreenElement && page.requestFullscreen)
    page.requestFullscreen().catch(function(){});
  else if (!on && document.fullscreenElement) document.exitFullscreen().catch(function(){});
});
// A frame drawn: when the first was, and each, for a benchmark that asks (tests/web/bench.py
// sets Module.ppsFrames).
EM_JS(void, FrameDrawn, (), {
  if (!Module.ppsFirstFrameAt) Module.ppsFirstFrameAt = performance.now();
  if (Module.ppsFrames) Module.ppsFrames.push(performance.now());
});

// One animation frame. A settled screen is left as it is until input, the page or a new size
// asks for another (the canvas keeps its last frame). The files are written to the browser's
// storage when a save has ended (the board's, its own file's) and when the screen has settled
// (the gallery's and the settings' files).
// Nothing to draw: the screen has settled, and no input, news or new size waits.
bool Idle() {
  const App& app = page->app;
  return app.settled && !app.queue.Pending() && !PageHasNews() && !page->io.Resized();
}

void Frame(void* /*unused*/) {
  App& app = page->app;
  if (Idle()) return;
  BakeRoomFonts(app.state, page->max_texture_px);
  StepFrame(app, page->io, glfwGetTime());
  FrameDrawn();
  const bool writing = app.autosave.Busy() || app.state.gallery.saving;
  if ((app.settled && !page->was_settled) || (page->was_writing && !writing)) PersistFiles();
  page->was_settled = app.settled;
  page->was_writing = writing;
  if (app.state.presentation.on != page->was_presenting)
    FollowFullscreen(app.state.presentation.on ? 1 : 0);
  page->was_presenting = app.state.presentation.on;
}

}  // namespace

// For tests and benchmarks in the browser (tests/web): what is on screen, as --dump-layout
// writes it.
extern "C" EMSCRIPTEN_KEEPALIVE const char* pps_layout() {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  page->layout = DumpLayout(page->app.state, {display.x, display.y});
  return page->layout.c_str();
}

// Whether the screen has settled: nothing moves or waits, the autosave has written, and no
// input or news waits for the next frame.
extern "C" EMSCRIPTEN_KEEPALIVE int pps_settled() {
  return Idle() ? 1 : 0;
}

int main(int argc, char** argv) {
  const ParsedOptions parsed = ParseOptions(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.error.empty()) std::cerr << "pps-canvas: " << parsed.error << "\n";
  const Options options = parsed.error.empty() ? parsed.options : Options{};
  // Reports and exported stories go to the documents folder, which the page downloads.
  setenv("XDG_DOCUMENTS_DIR", kWebDownloads, 1);
  std::error_code ec;
  std::filesystem::create_directories(kWebDownloads, ec);

  page = new Page;
  App& app = page->app;
  AppState& state = app.state;
  LoadData(app, options, kDataDir);
  if (!parsed.error.empty()) Tell(state, parsed.error);
  // A first visit (nothing kept in this browser yet) opens on a case study, to try at once.
  Options first = options;
  if (first.open.empty() && !std::filesystem::exists(AutosavePath(), ec)) first.open = kFirstCase;
  OpenBoard(app, first, false);

  if (!glfwInit()) {
    std::cerr << "pps-canvas: GLFW did not start\n";
    return 1;
  }
  glfwWindowHint(GLFW_ALPHA_BITS, 0);  // an opaque canvas
  const CanvasSize size = FollowCanvas();
  GLFWwindow* window = glfwCreateWindow(size.width, size.height, "PPS Canvas", nullptr, nullptr);
  if (!window) {
    std::cerr << "pps-canvas: this browser gives no WebGL 2\n";
    return 1;
  }
  glfwMakeContextCurrent(window);
  FollowCanvas();  // GLFW sized the canvas in CSS px
  // A CSS px is 1/96 inch; the device's pixels are pixel_ratio to it.
  const float mm_per_px = static_cast<float>(25.4 / 96.0 / size.pixel_ratio);
  state.scale = ChooseScale(options.scale, static_cast<float>(size.pixel_ratio), size.width,
                            size.height, mm_per_px);
  ChooseRoomScale(state, options, {static_cast<float>(size.height), mm_per_px});

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  StartInput(window, app.queue);
  page->touch.Start(app.queue);
  StartImGui(state, "#version 300 es");
  page->max_texture_px = MaxTexturePx();
  if (page->layer_cache.Init()) state.layer_renderer = &page->layer_cache;
  app.input.reserve(256);
  app.routed.reserve(256);
  PageStarted();
  emscripten_set_main_loop_arg(Frame, nullptr, 0, false);
  return 0;
}
