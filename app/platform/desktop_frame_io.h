// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The desktop's side of the app's frame (shell/frame.h): a GLFW window whose frames the
// presenter draws and shows, TUIO's messages, the board read back for a report, and the
// requests to end: the window closed, or a signal (platform/exit_signals.h).

#include <string>
#include <vector>

#include "platform/presenter.h"
#include "platform/tuio_receiver.h"
#include "platform/window.h"
#include "shell/frame.h"

namespace pps {

class DesktopFrameIo final : public FrameIo {
 public:
  DesktopFrameIo(const Window& window, Presenter& presenter, TuioReceiver& tuio)
      : window_(window), presenter_(presenter), tuio_(tuio) {}

  void Begin(AppState& state) override;
  double Show(ImDrawData& draw_data, const std::vector<PixelRect>& changed_layers) override;
  std::string CaptureBoard(const AppState& state, ImDrawData& draw_data,
                           std::string& png) override;
  bool CloseAsked() override;
  bool Signalled() override;
  void KeepOpen() override;
  double Now() override;

  // The next frame is drawn but not shown, and stays in the back buffer to be read (--screenshot,
  // --export).
  void HoldNextFrame() { hold_ = true; }

 private:
  const Window& window_;
  Presenter& presenter_;
  TuioReceiver& tuio_;
  ImDrawCallback fill_ = nullptr;  // the layer cache's solid fill, this frame
  bool hold_ = false;
};

}  // namespace pps
