// SPDX-License-Identifier: EUPL-1.2
#include "core/model/table_sides.h"

#include <algorithm>

namespace pps {

namespace {

// `v` turned `quarters` times clockwise on screen (y grows downwards).
ScreenPoint Quarter(ScreenPoint v, int quarters) {
  switch (((quarters % 4) + 4) % 4) {
    case 1:
      return {-v.y, v.x};
    case 2:
      return {-v.x, -v.y};
    case 3:
      return {v.y, -v.x};
    default:
      return v;
  }
}

ScreenPoint About(ScreenPoint p, ScreenPoint from, ScreenPoint to, int quarters) {
  const ScreenPoint v = Quarter({p.x - from.x, p.y - from.y}, quarters);
  return {to.x + v.x, to.y + v.y};
}

// The axis-aligned rect through two opposite corners in any order.
ChipRect Spanning(ScreenPoint a, ScreenPoint b) {
  return {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
}

ScreenPoint Middle(const ChipRect& r) {
  return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
}

}  // namespace

bool SideUsed(int sides, Side side) {
  if (sides >= 4) return true;
  if (sides == 2) return side == Side::Bottom || side == Side::Top;
  return side == Side::Bottom;
}

int SidesAfter(int sides, Side side, Side (&out)[kSideCount]) {
  int n = 0;
  for (int q = 1; q <= kSideCount; ++q) {
    const Side next = static_cast<Side>((static_cast<int>(side) + q) % kSideCount);
    if (SideUsed(sides, next)) out[n++] = next;
  }
  return n;
}

Side NearestSide(ScreenPoint p, float width, float height, int sides) {
  const float distance[kSideCount] = {height - p.y, p.x, p.y, width - p.x};
  Side best = Side::Bottom;
  for (int s = 0; s < kSideCount; ++s)
    if (SideUsed(sides, static_cast<Side>(s)) && distance[s] < distance[static_cast<int>(best)])
      best = static_cast<Side>(s);
  return best;
}

ScreenPoint Turn::ToScreen(ScreenPoint upright) const {
  return About(upright, upright_center, screen_center, quarters);
}

ScreenPoint Turn::ToUpright(ScreenPoint screen) const {
  return About(screen, screen_center, upright_center, -quarters);
}

ChipRect Turn::RectToScreen(const ChipRect& upright) const {
  return Spanning(ToScreen(upright.min), ToScreen(upright.max));
}

ChipRect Turn::RectToUpright(const ChipRect& screen) const {
  return Spanning(ToUpright(screen.min), ToUpright(screen.max));
}

SideView SideView::Of(Side side, float display_width, float display_height) {
  const bool across = side == Side::Left || side == Side::Right;
  return {side, across ? display_height : display_width, across ? display_width : display_height,
          display_width, display_height};
}

ScreenPoint SideView::ToScreen(ScreenPoint seen) const {
  return About(seen, {width * 0.5f, height * 0.5f}, {display_width * 0.5f, display_height * 0.5f},
               static_cast<int>(side));
}

ScreenPoint SideView::FromScreen(ScreenPoint screen) const {
  return About(screen, {display_width * 0.5f, display_height * 0.5f}, {width * 0.5f, height * 0.5f},
               -static_cast<int>(side));
}

ChipRect SideView::RectToScreen(const ChipRect& seen) const {
  return Spanning(ToScreen(seen.min), ToScreen(seen.max));
}

ChipRect SideView::RectFromScreen(const ChipRect& screen) const {
  return Spanning(FromScreen(screen.min), FromScreen(screen.max));
}

ChipRect SideView::UprightRect(const ChipRect& seen) const {
  const ScreenPoint c = Middle(RectToScreen(seen));
  const float w = seen.max.x - seen.min.x, h = seen.max.y - seen.min.y;
  const float x = std::clamp(c.x - w * 0.5f, 0.0f, std::max(0.0f, display_width - w));
  const float y = std::clamp(c.y - h * 0.5f, 0.0f, std::max(0.0f, display_height - h));
  return {{x, y}, {x + w, y + h}};
}

Turn SideView::TurnFor(const ChipRect& seen) const {
  return {static_cast<int>(side), Middle(UprightRect(seen)), Middle(RectToScreen(seen))};
}

}  // namespace pps
