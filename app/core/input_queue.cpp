#include "core/input_queue.h"

#include <cstddef>

namespace pps {

void InputQueue::Push(const InputEvent& event) {
  const std::lock_guard<std::mutex> lock(mutex_);
  waiting_.push_back(event);
}

void InputQueue::TakeFrame(std::vector<InputEvent>& frame) {
  frame.clear();
  const std::lock_guard<std::mutex> lock(mutex_);
  bool mouse_changed = false;
  std::size_t n = 0;
  for (; n < waiting_.size(); ++n) {
    const InputEvent& e = waiting_[n];
    if (e.kind != InputKind::Pointer || e.pointer != kMousePointer) continue;
    if (mouse_changed) break;
    mouse_changed = e.phase != PointerPhase::Move;
  }
  frame.assign(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
  waiting_.erase(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
}

bool InputQueue::Pending() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return !waiting_.empty();
}

}  // namespace pps
