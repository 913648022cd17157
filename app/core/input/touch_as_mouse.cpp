// SPDX-License-Identifier: EUPL-1.2
#include "core/input/touch_as_mouse.h"

#include <limits>

namespace pps {

bool LandsOnToken(const PointerTargets& targets, ScreenPoint p) {
  return PressedChip(targets, p) >= 0;
}

void TouchAsMouse::Apply(std::vector<InputEvent>& events, const PointerTargets& targets) {
  if (leave_) {
    const float away = -std::numeric_limits<float>::max();
    events.insert(events.begin(), PointerEvent(kMousePointer, PointerPhase::Move, {away, away},
                                               events.empty() ? 0.0 : events.front().time));
    leave_ = false;
  }
  for (InputEvent& e : events) {
    if (e.kind != InputKind::Pointer) continue;
    if (e.pointer == kMousePointer) {
      if (e.phase == PointerPhase::Down) mouse_down_ = true;
      if (e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel) mouse_down_ = false;
      continue;
    }
    if (!acting_) {
      if (e.phase != PointerPhase::Down || mouse_down_ || LandsOnToken(targets, e.at)) continue;
      acting_ = true;
      touch_ = e.pointer;
    } else if (e.pointer != touch_) {
      continue;
    }
    e.pointer = kMousePointer;
    if (e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel)
      acting_ = false, leave_ = true;
  }
}

}  // namespace pps
