// SPDX-License-Identifier: EUPL-1.2
// Where the panels lie (ComputeLayout): one function for the app, the board's export and the
// benchmark.

#include <catch2/catch.hpp>

#include <utility>

#include "harness.h"
#include "ui/frame/layout.h"

using namespace pps;
using pps::test::Harness;

namespace {

bool Same(const ChipRect& a, const ChipRect& b) {
  return a.min.x == b.min.x && a.min.y == b.min.y && a.max.x == b.max.x && a.max.y == b.max.y;
}

}  // namespace

TEST_CASE("the panels tile the window and the board is the largest square in its panel") {
  const Layout l = ComputeLayout({1280.0f, 800.0f}, 1.0f);
  CHECK(Same(l.toolbar, {{0, 0}, {220, 800}}));
  CHECK(Same(l.board_panel, {{220, 0}, {896, 800}}));
  CHECK(Same(l.sidebar, {{896, 0}, {1280, 800}}));
  // The square the e2e scripts once hard-coded: 322 px per board unit round (558, 400).
  CHECK(Same({l.board.min, l.board.max}, {{236, 78}, {880, 722}}));
  CHECK(Same(l.BoardWithMargin(), {{220, 62}, {896, 738}}));  // the export's 676 px
  // The sizes and scales the README's table measures, and a small window.
  const std::pair<DisplaySize, float> windows[] = {
      {{1920, 1080}, 1.25f}, {{3840, 2160}, 2.5f}, {{800, 600}, 1.0f}};
  for (const auto& [d, scale] : windows) {
    const Layout m = ComputeLayout(d, scale);
    INFO(d.width << "x" << d.height << " at " << scale);
    CHECK(m.toolbar.max.x == m.board_panel.min.x);
    CHECK(m.board_panel.max.x == m.sidebar.min.x);
    CHECK(m.sidebar.max.x == d.width);
    CHECK(m.board.max.x - m.board.min.x == Approx(m.board.max.y - m.board.min.y));
    CHECK(m.board.min.x >= m.board_panel.min.x + m.board_margin - 0.01f);
    CHECK(m.board.max.y <= d.height - m.board_margin + 0.01f);
  }
}

TEST_CASE("the app draws the board where ComputeLayout puts it") {
  for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080)}) {
    Harness h(display);
    const Layout l = ComputeLayout({display.x, display.y}, h.state.scale);
    CHECK(Same({h.state.board_rect.min, h.state.board_rect.max}, {l.board.min, l.board.max}));
  }
}

TEST_CASE("round a table, the board leaves room for each used side's strip, and cards stay off them") {
  for (int sides : {2, 4}) {
    const Layout l = ComputeLayout({1920.0f, 1080.0f}, 1.0f, sides);
    INFO(sides << " sides");
    CHECK(l.board.max.x - l.board.min.x == Approx(l.board.max.y - l.board.min.y));
    for (int side = 0; side < kSideCount; ++side) {
      const ChipRect& strip = l.strips[static_cast<std::size_t>(side)];
      const bool has = strip.max.x > strip.min.x;
      CHECK(has == (side != 0 && SideUsed(sides, static_cast<Side>(side))));
      if (!has) continue;
      const BoardRect& b = l.board;
      CHECK_FALSE((strip.max.x > b.min.x && strip.min.x < b.max.x && strip.max.y > b.min.y &&
                   strip.min.y < b.max.y));
      CHECK_FALSE((strip.max.x > l.cards.min.x && strip.min.x < l.cards.max.x &&
                   strip.max.y > l.cards.min.y && strip.min.y < l.cards.max.y));
    }
  }
  // At one side, nothing changes: no strips, cards anywhere on the board's panel.
  const Layout one = ComputeLayout({1920.0f, 1080.0f}, 1.0f);
  CHECK(Same(one.cards, one.board_panel));
  CHECK(one.board.max.x - one.board.min.x == Approx(1048.0f));
  CHECK(ComputeLayout({1920.0f, 1080.0f}, 1.0f, 4).board.max.x -
            ComputeLayout({1920.0f, 1080.0f}, 1.0f, 4).board.min.x ==
        Approx(912.0f));
}
