// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "ui/board/chip_cover.h"

using namespace pps;

namespace {

ChipRect R(float x0, float y0, float x1, float y1) {
  return {{x0, y0}, {x1, y1}};
}

}  // namespace

TEST_CASE("an empty grid covers nothing") {
  CoverageGrid grid;
  grid.Reset(R(0, 0, 800, 600), 8);
  CHECK_FALSE(grid.Covers(R(10, 10, 20, 20)));
}

TEST_CASE("a marked chip covers what lies inside it, not what sticks out") {
  CoverageGrid grid;
  grid.Reset(R(0, 0, 800, 600), 8);
  grid.Mark(R(96, 96, 304, 160));  // on cell borders
  CHECK(grid.Covers(R(96, 96, 304, 160)));
  CHECK(grid.Covers(R(120, 110, 290, 150)));
  CHECK_FALSE(grid.Covers(R(90, 110, 200, 150)));   // out on the left
  CHECK_FALSE(grid.Covers(R(120, 110, 200, 161)));  // one px out at the bottom
  CHECK_FALSE(grid.Covers(R(400, 400, 420, 420)));
}

TEST_CASE("partly covered cells do not count as covered") {
  CoverageGrid grid;
  grid.Reset(R(0, 0, 800, 600), 8);
  grid.Mark(R(101, 101, 299, 159));  // cells 13..36 wholly inside; 12 and 37 only in part
  CHECK_FALSE(grid.Covers(R(101, 101, 299, 159)));
  CHECK(grid.Covers(R(104, 104, 296, 152)));
}

TEST_CASE("two chips together cover what neither covers alone") {
  CoverageGrid grid;
  grid.Reset(R(0, 0, 800, 600), 8);
  grid.Mark(R(0, 0, 400, 200));
  CHECK_FALSE(grid.Covers(R(300, 50, 500, 100)));
  grid.Mark(R(400, 0, 800, 200));
  CHECK(grid.Covers(R(300, 50, 500, 100)));
}

TEST_CASE("coverage spans the 64-column words of a wide grid") {
  CoverageGrid grid;
  grid.Reset(R(0, 0, 4000, 96), 8);  // 500 columns, 8 words per row
  grid.Mark(R(0, 0, 4000, 96));
  CHECK(grid.Covers(R(500, 10, 3500, 90)));
  CHECK(grid.Covers(R(0, 0, 4000, 96)));
  CHECK_FALSE(grid.Covers(R(0, 0, 4000, 97)));
}

TEST_CASE("a footprint outside the grid is never covered") {
  CoverageGrid grid;
  grid.Reset(R(100, 100, 500, 500), 8);
  grid.Mark(R(100, 100, 500, 500));
  CHECK_FALSE(grid.Covers(R(90, 200, 200, 300)));
  CHECK_FALSE(grid.Covers(R(200, 200, 510, 300)));
}

TEST_CASE("reset forgets coverage") {
  CoverageGrid grid;
  grid.Reset(R(0, 0, 800, 600), 8);
  grid.Mark(R(0, 0, 800, 600));
  grid.Reset(R(0, 0, 800, 600), 8);
  CHECK_FALSE(grid.Covers(R(10, 10, 20, 20)));
}
