// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Where the board is on screen, and the named conversions between board units and pixels.
// Pure math: used by the UI to draw and by the pointer state machine to hit-test.

#include "core/model/model.h"
#include "core/model/sketch.h"

namespace pps {

// A point on screen. px, y grows downwards.
struct ScreenPoint {
  float x = 0.0f;
  float y = 0.0f;
};

// A rectangle on screen, such as a token's chip. px.
struct ChipRect {
  ScreenPoint min;
  ScreenPoint max;
};

// Whether `p` lies in `r`, its right and bottom edges excluded.
inline bool Contains(const ChipRect& r, ScreenPoint p) {
  return p.x >= r.min.x && p.x < r.max.x && p.y >= r.min.y && p.y < r.max.y;
}

// Whether `a` and `b` overlap (touching edges do not).
inline bool Overlap(const ChipRect& a, const ChipRect& b) {
  return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

// The square the board occupies on screen. px.
struct BoardRect {
  ScreenPoint min;
  ScreenPoint max;
  bool flipped = false;  // rotated 180 degrees, for the person across the table

  ScreenPoint Center() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
  float HalfSize() const { return (max.x - min.x) * 0.5f; }  // px per board unit
};

// The largest square that fits in `available` (px) with `padding` px on every side.
BoardRect FitBoard(ScreenPoint available_min, ScreenPoint available_max, float padding);

// Board units -> px, following the model's layout (which axis is horizontal, which end where).
ScreenPoint BoardToScreen(const ScreenLayout& layout, const BoardRect& rect, BoardPoint p);

// px -> board units; the inverse of BoardToScreen. Not clamped.
BoardPoint ScreenToBoard(const ScreenLayout& layout, const BoardRect& rect, ScreenPoint s);

}  // namespace pps
