// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "core/model/board_geometry.h"

using namespace pps;

namespace {
const BoardRect kRect{{100.0f, 50.0f}, {500.0f, 450.0f}};  // px, centre (300, 250), 200 px/unit
}

TEST_CASE("the default layout puts formeel right and buiten at the bottom") {
  const ScreenLayout layout;
  const ScreenPoint p = BoardToScreen(layout, kRect, {1.0, 1.0});
  CHECK(p.x == Approx(500.0f));
  CHECK(p.y == Approx(450.0f));
  const ScreenPoint q = BoardToScreen(layout, kRect, {-0.5, -1.0});
  CHECK(q.x == Approx(200.0f));
  CHECK(q.y == Approx(50.0f));
}

TEST_CASE("swapping axes and ends is a layout change only, and round-trips") {
  for (Axis horizontal : {Axis::Formal, Axis::Outside})
    for (bool right : {true, false})
      for (bool down : {true, false})
        for (bool flipped : {false, true}) {
          const ScreenLayout layout{horizontal, right, down};
          BoardRect rect = kRect;
          rect.flipped = flipped;
          const BoardPoint p{0.3, -0.7};
          const BoardPoint back = ScreenToBoard(layout, rect, BoardToScreen(layout, rect, p));
          CHECK(back.formal == Approx(p.formal));
          CHECK(back.outside == Approx(p.outside));
        }
  const ScreenLayout swapped{Axis::Outside, true, true};
  const ScreenPoint p = BoardToScreen(swapped, kRect, {1.0, -1.0});
  CHECK(p.x == Approx(100.0f));  // outside -1 (binnen) on the left
  CHECK(p.y == Approx(450.0f));  // formal +1 at the bottom
}

TEST_CASE("the board is the largest square that fits") {
  const BoardRect r = FitBoard({0, 0}, {800, 600}, 20);
  CHECK(r.max.x - r.min.x == Approx(560.0f));
  CHECK(r.max.y - r.min.y == Approx(560.0f));
  CHECK(r.Center().x == Approx(400.0f));
}

TEST_CASE("a point is clamped onto the board") {
  const BoardPoint p = ClampToBoard({1.7, -3.0});
  CHECK(p.formal == 1.0);
  CHECK(p.outside == -1.0);
}
