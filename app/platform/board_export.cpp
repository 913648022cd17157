// SPDX-License-Identifier: EUPL-1.2
#include "platform/board_export.h"

#include <imgui.h>

#include <cmath>

#include "core/report/report.h"
#include "platform/screenshot.h"

namespace pps {

Error CaptureBoardPng(const AppState& state, int framebuffer_width, int framebuffer_height,
                            std::string& png) {
  // board_rect is in window px; the framebuffer may have more pixels (a HiDPI screen). The
  // crop keeps the paper margin that DrawApp leaves around the board (16 px at scale 1), where a
  // chip at the board's edge reaches over. A turned view (state.turned) would come out upside
  // down: the caller turns it back first.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float px = display.x > 0.0f ? static_cast<float>(framebuffer_width) / display.x : 1.0f;
  const float margin = 16.0f * state.scale;
  const BoardRect& r = state.board_rect;
  const int x0 = static_cast<int>(std::floor((r.min.x - margin) * px));
  const int y0 = static_cast<int>(std::floor((r.min.y - margin) * px));
  const int side = static_cast<int>(std::lround((r.max.x - r.min.x + 2.0f * margin) * px));
  return CaptureRegionPng(framebuffer_width, framebuffer_height, x0, y0, side, side, png);
}

Error ExportBoardReport(const AppState& state, const std::string& path, int framebuffer_width,
                              int framebuffer_height) {
  std::string png;
  const Error error = CaptureBoardPng(state, framebuffer_width, framebuffer_height, png);
  if (!error.empty()) return path + ": " + error.what();
  return WriteReport(path, state.content, state.board.Current(), state.language, png);
}

}  // namespace pps
