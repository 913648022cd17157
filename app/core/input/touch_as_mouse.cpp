// SPDX-License-Identifier: EUPL-1.2
#include "core/input/touch_as_mouse.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pps {

namespace {

float Distance(ScreenPoint a, ScreenPoint b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

InputEvent Mouse(PointerPhase phase, ScreenPoint at, double time) {
  return PointerEvent(kMousePointer, phase, at, time);
}

}  // namespace

bool LandsOnToken(const PointerTargets& targets, ScreenPoint p) {
  return PressedChip(targets, p) >= 0;
}

void TouchAsMouse::Apply(std::vector<InputEvent>& events, const PointerTargets& targets,
                         float scale) {
  std::vector<InputEvent>& out = scratch_;  // its capacity kept: no allocation in a steady frame
  out.clear();
  double now = clock_;
  button_changed_ = false;
  for (const InputEvent& e : events) {
    now = std::max(now, e.time);
    if (e.kind != InputKind::Pointer) {
      out.push_back(e);
      continue;
    }
    if (e.pointer == kMousePointer) {
      button_changed_ |= e.phase != PointerPhase::Move;
      if (e.phase == PointerPhase::Down) mouse_down_ = true;
      if (e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel) mouse_down_ = false;
      out.push_back(e);
      continue;
    }
    if (e.phase == PointerPhase::Down) {
      Land(e, targets, scale, out);
      continue;
    }
    Touch* touch = Of(e.pointer);
    if (!touch) continue;  // its landing was never seen: nobody's
    // A contact that grew to a palm's size (a finger, then the hand flattened onto the table)
    // lets go of what it took, and is a palm from then on.
    if (!touch->palm && e.size > kPalmSize * scale) Reject(*touch, e.time, out);
    const bool ends = e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel;
    if (touch->on_token) {
      if (!touch->palm) out.push_back(e);
    } else if (live_ && live_pointer_ == e.pointer) {
      out.push_back(Mouse(e.phase, e.at, e.time));
      if (ends) live_ = false, leave_ = true, button_changed_ = true;
    } else if (e.phase == PointerPhase::Move) {
      // Moved past the slop: it drags (a panel scrolls), as the mouse, if nothing else does.
      const bool free = !live_ && !mouse_down_ && !pressed_ && taps_.empty();
      if (!touch->palm && free && Distance(e.at, touch->landed) > targets.slop) {
        live_ = true, live_pointer_ = e.pointer, leave_ = false;
        out.push_back(Mouse(PointerPhase::Move, touch->landed, e.time));
        out.push_back(Mouse(PointerPhase::Down, touch->landed, e.time));
        out.push_back(Mouse(PointerPhase::Move, e.at, e.time));
      }
    } else if (e.phase == PointerPhase::Up) {
      Lift(e, *touch, targets.slop);
    }
    if (ends) touch->down = false;
  }
  // ImGui reads the button once a frame: a tap's press waits for a frame of its own.
  if (!button_changed_) Play(targets, now, out);
  // A lifted touch is kept only while a contact landing now could still make it part of a palm.
  touches_.erase(
      std::remove_if(touches_.begin(), touches_.end(),
                     [&](const Touch& t) { return !t.down && now - t.since > kPalmSeconds; }),
      touches_.end());
  events.swap(out);
  clock_ = now;
}

void TouchAsMouse::Land(const InputEvent& e, const PointerTargets& targets, float scale,
                        std::vector<InputEvent>& out) {
  if (Touch* lost = Of(e.pointer)) lost->down = false;  // its lift never came
  Touch touch;
  touch.pointer = e.pointer;
  touch.landed = e.at;
  touch.since = e.time;
  touch.on_token = LandsOnToken(targets, e.at);
  touch.palm = e.size > kPalmSize * scale;
  const auto together = [&](const Touch& t) {
    return std::fabs(t.since - e.time) <= kPalmSeconds &&
           Distance(t.landed, e.at) <= kHandSpan * scale;
  };
  const auto count = std::count_if(touches_.begin(), touches_.end(), together);
  if (count + 1 >= kPalmContacts) {
    touch.palm = true;
    for (Touch& t : touches_)
      if (together(t) && !t.palm) Reject(t, e.time, out);
  }
  if (touch.on_token && !touch.palm) out.push_back(e);
  touches_.push_back(touch);
}

void TouchAsMouse::Reject(Touch& t, double time, std::vector<InputEvent>& out) {
  t.palm = true;
  // What it took or pressed so far is let go where it is; a tap it left, not yet played, is no
  // tap.
  if (t.down && t.on_token)
    out.push_back(PointerEvent(t.pointer, PointerPhase::Cancel, t.landed, time));
  if (t.down && live_ && live_pointer_ == t.pointer) {
    out.push_back(Mouse(PointerPhase::Cancel, t.landed, time));
    live_ = false, leave_ = true, button_changed_ = true;
  }
  if (pressed_ && playing_.pointer == t.pointer && playing_.landed == t.since) {
    out.push_back(Mouse(PointerPhase::Cancel, t.landed, time));
    pressed_ = false, leave_ = true, button_changed_ = true;
  }
  taps_.erase(std::remove_if(taps_.begin(), taps_.end(),
                             [&](const Tap& tap) {
                               return tap.pointer == t.pointer && tap.landed == t.since;
                             }),
              taps_.end());
}

void TouchAsMouse::Lift(const InputEvent& e, const Touch& touch, float slop) {
  // A hand that rested, or a finger that wandered off (another was dragging as the mouse),
  // pressed nothing.
  if (touch.palm || e.time - touch.since > kTapSeconds || Distance(e.at, touch.landed) > slop)
    return;
  taps_.push_back({touch.pointer, touch.landed, touch.since});
}

void TouchAsMouse::Play(const PointerTargets& targets, double now, std::vector<InputEvent>& out) {
  if (pressed_) {  // pressed in the last frame: let go in this one, a click for ImGui
    out.push_back(Mouse(PointerPhase::Up, playing_.at, now));
    pressed_ = false, leave_ = true;
    return;
  }
  if (live_ || mouse_down_) return;
  while (!taps_.empty()) {
    const Tap tap = taps_.front();
    taps_.pop_front();
    if (LandsOnToken(targets, tap.at))
      continue;  // a token was dragged under it since: not a button
    out.push_back(Mouse(PointerPhase::Move, tap.at, now));
    out.push_back(Mouse(PointerPhase::Down, tap.at, now));
    playing_ = tap;
    pressed_ = true, leave_ = false;
    return;
  }
  if (!leave_) return;
  const float away = -std::numeric_limits<float>::max();
  out.push_back(Mouse(PointerPhase::Move, {away, away}, now));
  leave_ = false;
}

int TouchAsMouse::Pressing(double now, ScreenPoint* at, int max) const {
  int count = 0;
  for (const Touch& t : touches_) {
    if (!t.down || t.palm || t.on_token || now - t.since > kTapSeconds) continue;
    if (live_ && live_pointer_ == t.pointer) continue;
    if (count < max) at[count] = t.landed;
    ++count;
  }
  return count;
}

TouchAsMouse::Touch* TouchAsMouse::Of(PointerId pointer) {
  for (Touch& t : touches_)
    if (t.down && t.pointer == pointer) return &t;
  return nullptr;
}

}  // namespace pps
