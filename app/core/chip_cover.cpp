#include "core/chip_cover.h"

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

// The bits of columns [col0, col1] that fall in word `w` of a row.
std::uint64_t WordMask(int w, int col0, int col1) {
  const int lo = std::max(col0, w * 64) - w * 64, hi = std::min(col1, w * 64 + 63) - w * 64;
  return (hi == 63 ? ~0ull : (1ull << (hi + 1)) - 1) & ~((1ull << lo) - 1);
}

}  // namespace

bool CoverageGrid::Covers(const ChipRect& r) const {
  const int col0 = static_cast<int>(std::floor((r.min.x - origin_.x) / cell_));
  const int row0 = static_cast<int>(std::floor((r.min.y - origin_.y) / cell_));
  const int col1 = static_cast<int>(std::ceil((r.max.x - origin_.x) / cell_)) - 1;
  const int row1 = static_cast<int>(std::ceil((r.max.y - origin_.y) / cell_)) - 1;
  if (col0 < 0 || row0 < 0 || col1 >= cols_ || row1 >= rows_ || col1 < col0 || row1 < row0)
    return false;
  for (int row = row0; row <= row1; ++row) {
    const std::uint64_t* words = &bits_[static_cast<std::size_t>(row) * words_per_row_];
    for (int w = col0 / 64; w <= col1 / 64; ++w) {
      const std::uint64_t mask = WordMask(w, col0, col1);
      if ((words[w] & mask) != mask) return false;
    }
  }
  return true;
}

void CoverageGrid::Mark(const ChipRect& r) {
  const int col0 = std::max(0, static_cast<int>(std::ceil((r.min.x - origin_.x) / cell_)));
  const int row0 = std::max(0, static_cast<int>(std::ceil((r.min.y - origin_.y) / cell_)));
  const int col1 = std::min(cols_, static_cast<int>(std::floor((r.max.x - origin_.x) / cell_))) - 1;
  const int row1 = std::min(rows_, static_cast<int>(std::floor((r.max.y - origin_.y) / cell_))) - 1;
  if (col1 < col0) return;
  for (int row = row0; row <= row1; ++row) {
    std::uint64_t* words = &bits_[static_cast<std::size_t>(row) * words_per_row_];
    for (int w = col0 / 64; w <= col1 / 64; ++w) words[w] |= WordMask(w, col0, col1);
  }
}

}  // namespace pps
