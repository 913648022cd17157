// SPDX-License-Identifier: EUPL-1.2
#include "core/model/board_geometry.h"

#include <algorithm>

namespace pps {

namespace {

// The board point as (right, down) in [-1, 1], before the rect's own flip.
void ToViewAxes(const ScreenLayout& layout, BoardPoint p, double& right, double& down) {
  const bool formal_horizontal = layout.horizontal == Axis::Formal;
  const double h = formal_horizontal ? p.formal : p.outside;
  const double v = formal_horizontal ? p.outside : p.formal;
  right = layout.positive_right ? h : -h;
  down = layout.positive_down ? v : -v;
}

}  // namespace

BoardRect FitBoard(ScreenPoint available_min, ScreenPoint available_max, float padding) {
  const float w = available_max.x - available_min.x - 2.0f * padding;
  const float h = available_max.y - available_min.y - 2.0f * padding;
  const float side = std::max(1.0f, std::min(w, h));
  const float cx = (available_min.x + available_max.x) * 0.5f;
  const float cy = (available_min.y + available_max.y) * 0.5f;
  return {{cx - side * 0.5f, cy - side * 0.5f}, {cx + side * 0.5f, cy + side * 0.5f}};
}

ScreenPoint BoardToScreen(const ScreenLayout& layout, const BoardRect& rect, BoardPoint p) {
  double right = 0.0, down = 0.0;
  ToViewAxes(layout, p, right, down);
  if (rect.flipped) right = -right, down = -down;
  const ScreenPoint c = rect.Center();
  const double half = rect.HalfSize();
  return {static_cast<float>(c.x + right * half), static_cast<float>(c.y + down * half)};
}

BoardPoint ScreenToBoard(const ScreenLayout& layout, const BoardRect& rect, ScreenPoint s) {
  const ScreenPoint c = rect.Center();
  const double half = rect.HalfSize();
  double right = (s.x - c.x) / half, down = (s.y - c.y) / half;
  if (rect.flipped) right = -right, down = -down;
  const double h = layout.positive_right ? right : -right;
  const double v = layout.positive_down ? down : -down;
  return layout.horizontal == Axis::Formal ? BoardPoint{h, v} : BoardPoint{v, h};
}

}  // namespace pps
