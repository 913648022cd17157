// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/chip_cover.h"

#include <algorithm>
#include <cmath>

namespace pps {

void CoverageGrid::Reset(const ChipRect& area, float cell) {
  origin_ = area.min;
  cell_ = cell;
  cols_ = std::max(0, static_cast<int>(std::ceil((area.max.x - area.min.x) / cell)));
  rows_ = std::max(0, static_cast<int>(std::ceil((area.max.y - area.min.y) / cell)));
  words_per_row_ = (cols_ + 63) / 64;
  bits_.assign(static_cast<std::size_t>(rows_) * words_per_row_, 0);
}

namespace {

// Columns [col0, col1] of a row as word indices and the masks of the first and last word; the
// words between are whole. The same for every row of a rectangle, so worked out once.
struct Span {
  int first, last;
  std::uint64_t first_mask, last_mask;
};

Span SpanOf(int col0, int col1) {
  const int first = col0 / 64, last = col1 / 64;
  const std::uint64_t from = ~0ull << (col0 % 64);
  const std::uint64_t to = col1 % 64 == 63 ? ~0ull : (1ull << (col1 % 64 + 1)) - 1;
  return first == last ? Span{first, last, from & to, from & to} : Span{first, last, from, to};
}

}  // namespace

bool CoverageGrid::Covers(const ChipRect& r) const {
  const int col0 = static_cast<int>(std::floor((r.min.x - origin_.x) / cell_));
  const int row0 = static_cast<int>(std::floor((r.min.y - origin_.y) / cell_));
  const int col1 = static_cast<int>(std::ceil((r.max.x - origin_.x) / cell_)) - 1;
  const int row1 = static_cast<int>(std::ceil((r.max.y - origin_.y) / cell_)) - 1;
  if (col0 < 0 || row0 < 0 || col1 >= cols_ || row1 >= rows_ || col1 < col0 || row1 < row0)
    return false;
  const Span span = SpanOf(col0, col1);
  for (int row = row0; row <= row1; ++row) {
    const std::uint64_t* words = &bits_[static_cast<std::size_t>(row) * words_per_row_];
    if ((words[span.first] & span.first_mask) != span.first_mask) return false;
    if ((words[span.last] & span.last_mask) != span.last_mask) return false;
    for (int w = span.first + 1; w < span.last; ++w)
      if (words[w] != ~0ull) return false;
  }
  return true;
}

void CoverageGrid::Mark(const ChipRect& r) {
  const int col0 = std::max(0, static_cast<int>(std::ceil((r.min.x - origin_.x) / cell_)));
  const int row0 = std::max(0, static_cast<int>(std::ceil((r.min.y - origin_.y) / cell_)));
  const int col1 = std::min(cols_, static_cast<int>(std::floor((r.max.x - origin_.x) / cell_))) - 1;
  const int row1 = std::min(rows_, static_cast<int>(std::floor((r.max.y - origin_.y) / cell_))) - 1;
  if (col1 < col0) return;
  const Span span = SpanOf(col0, col1);
  for (int row = row0; row <= row1; ++row) {
    std::uint64_t* words = &bits_[static_cast<std::size_t>(row) * words_per_row_];
    words[span.first] |= span.first_mask;
    words[span.last] |= span.last_mask;
    for (int w = span.first + 1; w < span.last; ++w) words[w] = ~0ull;
  }
}

}  // namespace pps
