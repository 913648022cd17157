// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Which chips can be seen at all. Thousands of tokens bury most of each other: a chip whose
// whole footprint lies under opaque chips drawn after it need not be drawn. Walk the chips from
// the top down, asking Covers() of each footprint and Mark()ing each visible chip's opaque part.

#include <cstdint>
#include <vector>

#include "core/model/board_geometry.h"

namespace pps {

class CoverageGrid {
 public:
  // Forgets all coverage. The grid spans `area` in square cells of `cell` px; it allocates only
  // when the area needs more cells than ever before.
  void Reset(const ChipRect& area, float cell);

  // True when every cell `r` touches is covered; false when any part lies outside the area.
  bool Covers(const ChipRect& r) const;

  // Marks as covered the cells that lie wholly inside `r`.
  void Mark(const ChipRect& r);

 private:
  ScreenPoint origin_;
  float cell_ = 1.0f;
  int cols_ = 0, rows_ = 0, words_per_row_ = 0;
  std::vector<std::uint64_t> bits_;  // row-major; bit c of a row's word c / 64 is column c
};

}  // namespace pps
