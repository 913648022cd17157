// SPDX-License-Identifier: EUPL-1.2
#include "platform/board_export.h"

#include <imgui.h>

#include <cmath>

#include "core/report/report.h"
#include "platform/screenshot.h"
#include "ui/frame/layout.h"

namespace pps {

Error CaptureBoardPng(const AppState& state, int framebuffer_width, int framebuffer_height,
                            std::string& png) {
  // The layout is in window px; the framebuffer may have more pixels (a HiDPI screen). The
  // crop keeps the paper margin round the board, where a chip at the board's edge reaches over,
  // and the legend's band below it (PictureOf).
  // A turned view (state.turned) would come out upside down: the caller turns it back first.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float px = display.x > 0.0f ? static_cast<float>(framebuffer_width) / display.x : 1.0f;
  const ChipRect r =
      PictureOf(ComputeLayout({display.x, display.y}, state.scale, state.table_sides), state.scale)
          .crop;
  const int x0 = static_cast<int>(std::floor(r.min.x * px));
  const int y0 = static_cast<int>(std::floor(r.min.y * px));
  const int width = static_cast<int>(std::lround((r.max.x - r.min.x) * px));
  const int height = static_cast<int>(std::lround((r.max.y - r.min.y) * px));
  return CaptureRegionPng(framebuffer_width, framebuffer_height, x0, y0, width, height, png);
}

Error ExportBoardReport(const AppState& state, const std::string& path, int framebuffer_width,
                              int framebuffer_height) {
  std::string png;
  const Error error = CaptureBoardPng(state, framebuffer_width, framebuffer_height, png);
  if (!error.empty()) return path + ": " + error.what();
  return WriteReport(path, state.content, state.board.Current(), state.language, png,
                     OpenStoryOf(state));
}

}  // namespace pps
