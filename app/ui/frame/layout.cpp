// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/layout.h"

#include <algorithm>

namespace pps {

Layout ComputeLayout(DisplaySize display, float scale) {
  // The sidebar's text needs a width to read at; on a wide window it takes a third of it.
  const float sidebar_w = std::max(360.0f * scale, display.width * 0.3f);
  const float toolbar_w = 220.0f * scale;
  const float board_right = display.width - sidebar_w;
  Layout layout;
  layout.toolbar = {{0.0f, 0.0f}, {toolbar_w, display.height}};
  layout.board_panel = {{toolbar_w, 0.0f}, {board_right, display.height}};
  layout.sidebar = {{board_right, 0.0f}, {display.width, display.height}};
  layout.board_margin = 16.0f * scale;
  layout.board = FitBoard(layout.board_panel.min, layout.board_panel.max, layout.board_margin);
  return layout;
}

}  // namespace pps
