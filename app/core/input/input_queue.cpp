// SPDX-License-Identifier: EUPL-1.2
#include "core/input/input_queue.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace pps {

void InputQueue::Push(const InputEvent& event) {
  const std::lock_guard<std::mutex> lock(mutex_);
  waiting_.push_back(event);
}

void InputQueue::TakeFrame(std::vector<InputEvent>& frame) {
  frame.clear();
  const std::lock_guard<std::mutex> lock(mutex_);
  // The pointers whose button changed in this frame: their next event waits for the next frame.
  std::array<PointerId, kMaxChangedPerFrame> changed;
  std::size_t changed_count = 0;
  const auto has_changed = [&](PointerId p) {
    return std::find(changed.begin(), changed.begin() + changed_count, p) !=
           changed.begin() + changed_count;
  };
  std::size_t n = 0;
  for (; n < waiting_.size(); ++n) {
    const InputEvent& e = waiting_[n];
    if (e.kind != InputKind::Pointer) continue;
    if (has_changed(e.pointer)) break;
    if (e.phase == PointerPhase::Move) continue;
    if (changed_count == changed.size()) break;
    changed[changed_count++] = e.pointer;
  }
  frame.assign(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
  waiting_.erase(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
}

bool InputQueue::Pending() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return !waiting_.empty();
}

}  // namespace pps
