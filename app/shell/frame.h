// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One frame of the app, the same whoever runs the loop: the desktop's main(), the headless UI
// tests, the soak and the benchmarks (and a browser's animation frame). The frame's input goes
// from the queue to the board and to ImGui, the app draws and does what the user asked for, the
// board is saved once a change has settled, and the frame is shown. An exit asked for (Ctrl+Q,
// the window closed, a signal) ends the app only once the last change is saved
// (ui/session/exit_save.h).

#include <imgui.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/input/input_queue.h"
#include "ui/frame/frame_log.h"
#include "ui/session/board_autosave.h"
#include "ui/session/exit_save.h"
#include "ui/state/app_state.h"

namespace pps {

// What a frame needs from where it runs. The defaults are a run without a window: nothing to
// show, no pixels to read, nobody to close it but Ctrl+Q.
class FrameIo {
 public:
  virtual ~FrameIo() = default;
  // Before ImGui::NewFrame(): the display's size and scale, the time since the last frame, the
  // renderer's own new frame, and input sources that report to the user (TUIO).
  virtual void Begin(AppState& /*state*/) {}
  // Shows the frame drawn (`draw_data`, as the screen shows it: turned with the view);
  // `changed_layers`: where a cached layer's texture changed under the same quads. Returns the
  // share of the screen drawn, 0 to 1 (for the frame log).
  virtual double Show(ImDrawData& /*draw_data*/, const std::vector<PixelRect>& /*changed_layers*/) {
    return 1.0;
  }
  // The board's picture as PNG bytes from the frame just drawn, for a report (plain, upright);
  // returns an error, or empty with no `png` where there are no pixels to read.
  virtual std::string CaptureBoard(const AppState& /*state*/, ImDrawData& /*draw_data*/,
                                   std::string& /*png*/) {
    return {};
  }
  // The platform asked the app to end: the window was closed, or a signal came.
  virtual bool CloseAsked() { return false; }
  virtual bool Signalled() { return false; }
  // A close request is not followed (yet): the app stays open.
  virtual void KeepOpen() {}
  // Seconds since some fixed moment, for the exit's retries.
  virtual double Now() { return ImGui::GetTime(); }
};

// The app between frames: its state, its input and its saving.
struct App {
  // The autosave at `autosave_path` ("" none); `write` false only reads it. `render_only`: a run
  // that only draws (a screenshot, an export, a benchmark) ends when asked, saving nothing.
  App(std::string autosave_path, bool write, bool only_render = false)
      : autosave(std::move(autosave_path), write), render_only(only_render) {}

  AppState state;
  InputQueue queue;
  BoardAutosave autosave;
  ExitSave exit_save;
  FrameLog* frame_log = nullptr;  // --frame-log: each frame's times
  bool render_only = false;
  bool kiosk = false;  // a change that only the sketch's own file lacks does not hold an exit

  // After each frame:
  bool moving = false;   // something animates, a token is held, or the board changed after drawing
  bool settled = false;  // the last two frames drew the same, nothing moves or waits, and the
                         // autosave has written and told all it was given
  bool ended = false;    // the app may end: asked to, and all is saved (or it was asked twice)

  std::vector<InputEvent> input;   // this frame's share of the queue, as it came
  std::vector<InputEvent> routed;  // the same, readied for the views (PrepareInput)
  std::uint64_t last_drawn = 0;
  std::vector<PixelRect> changed_layers;
};

// Runs one frame; `start` is when it began (FrameIo::Now()), for the frame log. Sets app.settled
// and app.ended.
void StepFrame(App& app, FrameIo& io, double start);

}  // namespace pps
