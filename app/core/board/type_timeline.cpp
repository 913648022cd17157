// SPDX-License-Identifier: EUPL-1.2
#include "core/board/type_timeline.h"

namespace pps {

bool TypeTimeline::Observe(std::optional<PpsType> type, double time) {
  if (!has_baseline_) {
    has_baseline_ = true;
    current_ = type;
    return false;
  }
  if (type == current_) return false;
  const TypeShift shift{current_, type, time};
  current_ = type;
  if (count_ < kCapacity) {
    shifts_[(first_ + count_++) % kCapacity] = shift;
  } else {
    shifts_[first_] = shift;
    first_ = (first_ + 1) % kCapacity;
  }
  return true;
}

}  // namespace pps
