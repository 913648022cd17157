// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The browser's side of the app's frame (shell/frame.h): the page's canvas, drawn whole each
// frame with WebGL 2, at the device's pixels; the page's news (files dropped or picked, what
// storage has to say) handed to the app; the board read back for a report. A page is never
// closed by the app: its saves are written as they settle (platform/web/web_page.h).

#include <string>
#include <vector>

#include "shell/frame.h"

namespace pps {

// The canvas in device px, and device px per CSS px.
struct CanvasSize {
  int width = 0, height = 0;
  double pixel_ratio = 1.0;
};

// Makes the canvas hold a device pixel for each of its CSS size's (the page sizes it to the
// window) and returns that size.
CanvasSize FollowCanvas();

class WebFrameIo final : public FrameIo {
 public:
  void Begin(AppState& state) override;
  double Show(ImDrawData& draw_data, const std::vector<PixelRect>& changed_layers) override;
  std::string CaptureBoard(const AppState& state, ImDrawData& draw_data, std::string& png) override;
  double Now() override;

  // The canvas changed size since the last frame drawn: draw the next one even if nothing else
  // happens.
  bool Resized() const;

 private:
  void Draw(ImDrawData& draw_data);

  CanvasSize size_;
  double last_ = 0.0;  // when the last frame began
  std::vector<std::string> opened_, notes_;
};

}  // namespace pps
