// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The one queue every input source writes to and the frame loop reads from. Sources may live on
// other threads (a TUIO socket); the frame loop takes one frame's share at a time.

#include <cstddef>
#include <mutex>
#include <vector>

#include "core/input/input_event.h"

namespace pps {

class InputQueue {
 public:
  static constexpr std::size_t kMaxChangedPerFrame = 32;  // pointers changing in one frame

  // Appends an event. Safe from any thread; the caller wakes the frame loop.
  void Push(const InputEvent& event);

  // Moves the next frame's events to `frame` (cleared first). Dear ImGui 1.86 reads the mouse as
  // state once per frame, and any pointer may be ImGui's (the mouse, or a touch that acts as it),
  // so each pointer changes its button at most once per frame and does not move after that
  // change: a press and a release that arrived together reach two frames, and a tap is never
  // lost. Everything after that point waits, in order.
  void TakeFrame(std::vector<InputEvent>& frame);

  // Whether events are waiting for a later frame.
  bool Pending() const;

 private:
  mutable std::mutex mutex_;
  std::vector<InputEvent> waiting_;
};

}  // namespace pps
