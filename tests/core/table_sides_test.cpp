// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "core/model/table_sides.h"

using namespace pps;

namespace {

constexpr float kW = 1920.0f, kH = 1080.0f;

void CheckPoint(ScreenPoint p, float x, float y) {
  CHECK(p.x == Approx(x).margin(1e-3));
  CHECK(p.y == Approx(y).margin(1e-3));
}

void CheckRect(const ChipRect& r, const ChipRect& expected) {
  CheckPoint(r.min, expected.min.x, expected.min.y);
  CheckPoint(r.max, expected.max.x, expected.max.y);
}

}  // namespace

TEST_CASE("The nearest used side of the table", "[table]") {
  CHECK(NearestSide({100, 540}, kW, kH, 4) == Side::Left);
  CHECK(NearestSide({1900, 540}, kW, kH, 4) == Side::Right);
  CHECK(NearestSide({960, 10}, kW, kH, 4) == Side::Top);
  CHECK(NearestSide({960, 1000}, kW, kH, 4) == Side::Bottom);
  // With two sides, the long ones: a finger near the left edge is someone's at top or bottom.
  CHECK(NearestSide({100, 300}, kW, kH, 2) == Side::Top);
  CHECK(NearestSide({100, 800}, kW, kH, 2) == Side::Bottom);
  // With one, everyone reads from the bottom.
  CHECK(NearestSide({960, 10}, kW, kH, 1) == Side::Bottom);
  CHECK(SideUsed(2, Side::Top));
  CHECK_FALSE(SideUsed(2, Side::Left));
  CHECK_FALSE(SideUsed(1, Side::Top));
  Side after[kSideCount];
  REQUIRE(SidesAfter(4, Side::Top, after) == 4);
  CHECK((after[0] == Side::Right && after[1] == Side::Bottom && after[2] == Side::Left &&
         after[3] == Side::Top));
  REQUIRE(SidesAfter(2, Side::Bottom, after) == 2);
  CHECK((after[0] == Side::Top && after[1] == Side::Bottom));
  REQUIRE(SidesAfter(1, Side::Bottom, after) == 1);
  CHECK(after[0] == Side::Bottom);
}

TEST_CASE("Each side sees the display from its own edge", "[table]") {
  // Where each side's own bottom-left corner and bottom middle are on the display.
  const SideView bottom = SideView::Of(Side::Bottom, kW, kH);
  CheckPoint(bottom.ToScreen({0, kH}), 0, kH);

  const SideView left = SideView::Of(Side::Left, kW, kH);
  CHECK(left.width == kH);
  CHECK(left.height == kW);
  CheckPoint(left.ToScreen({0, kW}), 0, 0);  // its left hand is the display's top
  CheckPoint(left.ToScreen({kH / 2, kW}), 0, kH / 2);

  const SideView top = SideView::Of(Side::Top, kW, kH);
  CheckPoint(top.ToScreen({0, kH}), kW, 0);
  CheckPoint(top.ToScreen({kW / 2, kH}), kW / 2, 0);

  const SideView right = SideView::Of(Side::Right, kW, kH);
  CheckPoint(right.ToScreen({0, kW}), kW, kH);
  CheckPoint(right.ToScreen({kH / 2, kW}), kW, kH / 2);

  for (const SideView& v : {bottom, left, top, right}) {
    const ScreenPoint p = v.FromScreen(v.ToScreen({123, 456}));
    CheckPoint(p, 123, 456);
  }
}

TEST_CASE("A panel laid out upright is turned onto its place for a side", "[table]") {
  const ChipRect seen{{10, 400}, {730, 1000}};  // 720 x 600 px, at the side's own edge
  for (int s = 0; s < kSideCount; ++s) {
    const SideView view = SideView::Of(static_cast<Side>(s), kW, kH);
    const Turn turn = view.TurnFor(seen);
    const ChipRect upright = view.UprightRect(seen);
    CHECK(upright.max.x - upright.min.x == Approx(720));
    CHECK(upright.max.y - upright.min.y == Approx(600));
    // Laid out whole on the display, or ImGui would clip it.
    CHECK(upright.min.x >= 0.0f);
    CHECK(upright.min.y >= 0.0f);
    CHECK(upright.max.x <= kW);
    CHECK(upright.max.y <= kH);
    CheckRect(turn.RectToScreen(upright), view.RectToScreen(seen));
    // Every point of the panel lands where the side's view puts it, and comes back.
    const ScreenPoint inside{40, 410};
    const ScreenPoint laid{upright.min.x + 30, upright.min.y + 10};
    const ScreenPoint on_screen = view.ToScreen(inside);
    CheckPoint(turn.ToScreen(laid), on_screen.x, on_screen.y);
    CheckPoint(turn.ToUpright(on_screen), laid.x, laid.y);
  }
}
