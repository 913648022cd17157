// SPDX-License-Identifier: EUPL-1.2
#include "shell/frame.h"

#include <ctime>

#include "ui/frame/draw_hash.h"
#include "ui/frame/frame_input.h"
#include "ui/session/report_export.h"

namespace pps {

namespace {

// Whether the app may end now: an exit was asked for, and what it would lose is saved (or the
// user asked twice). A request that must wait is taken back from the platform.
bool ExitNow(App& app, FrameIo& io) {
  AppState& state = app.state;
  const bool asked = io.CloseAsked() || state.quit;
  const bool signalled = io.Signalled();
  if (app.render_only) return asked || signalled;
  if (!asked && !signalled && !app.exit_save.Waiting()) return false;
  if (app.exit_save.Ready(state, app.autosave, io.Now(), asked && app.exit_save.Waiting(),
                          signalled, app.kiosk))
    return true;
  io.KeepOpen();
  state.quit = false;
  return false;
}

}  // namespace

void StepFrame(App& app, FrameIo& io, double start) {
  AppState& state = app.state;
  if (app.ended || (app.ended = ExitNow(app, io))) return;
  app.queue.TakeFrame(app.input);
  if (app.frame_log) app.frame_log->Begin(start, app.input);
  io.Begin(state);
  app.routed = app.input;  // capacity kept between frames: no allocation in a steady frame
  PrepareInput(state, app.routed, start);
  FeedImGui(app.routed, state.turned_panels);
  ImGui::NewFrame();
  app.moving = DrawApp(state, app.routed);
  app.autosave.Update(state, false);
  ImGui::Render();
  ImDrawData& draw_data = *ImGui::GetDrawData();

  // Only a quiet frame is hashed: while something moves the screen cannot have settled. A layer
  // drawn again shows through the same quads: its generation tells the change. While the
  // autosave's or the sketch file's writer works, frames go on: the next one after it tells how the
  // save went.
  const bool quiet = !app.moving && !app.queue.Pending() && !state.touch_as_mouse.Pending(start);
  const std::uint64_t drawn =
      quiet ? HashDrawData(draw_data) ^ HashViewState() ^ state.chips.still.Generation() : 0;
  app.settled = quiet && drawn == app.last_drawn && !app.autosave.Busy() && !state.gallery.saving;
  app.last_drawn = drawn;

  // A frame drawn for a report ("Verslag") is read, written and never shown: it is plain and
  // upright, whichever way the view is turned.
  if (state.report == ReportRequest::Drawing) {
    std::string png;
    const std::string error = io.CaptureBoard(state, draw_data, png);
    WritePendingReport(state, png, error, DocumentsEnvironmentFromProcess(), std::time(nullptr));
    if (app.frame_log) app.frame_log->End(io.Now());
    return;
  }
  app.changed_layers = state.chips.still.Changed();
  TurnDrawing(state, draw_data);
  TurnRects(state, draw_data.DisplaySize, app.changed_layers);
  const double share = io.Show(draw_data, app.changed_layers);
  if (app.frame_log) app.frame_log->End(io.Now(), share);
}

}  // namespace pps
