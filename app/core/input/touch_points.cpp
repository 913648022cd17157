// SPDX-License-Identifier: EUPL-1.2
#include "core/input/touch_points.h"

#include <cmath>

namespace pps {

namespace {

bool Finite(const TouchReport& r) {
  return std::isfinite(r.x) && std::isfinite(r.y);
}

ScreenPoint PointOf(const TouchReport& r) {
  return {static_cast<float>(r.x), static_cast<float>(r.y)};
}

PointerId TouchPointer(std::uint32_t id) {
  return {PointerSource::Touch, id};
}

}  // namespace

TouchPoints::Slot* TouchPoints::Find(int device, std::uint32_t touch) {
  for (Slot& s : slots_)
    if (s.used && s.device == device && s.touch == touch) return &s;
  return nullptr;
}

void TouchPoints::Cancel(Slot& slot, double time, std::vector<InputEvent>& out) {
  out.push_back(PointerEvent(TouchPointer(slot.pointer), PointerPhase::Cancel, slot.at, time));
  slot.used = false;
}

void TouchPoints::Translate(const TouchReport& report, std::vector<InputEvent>& out) {
  Slot* slot = Find(report.device, report.touch);
  switch (report.kind) {
    case TouchKind::Begin: {
      if (!Finite(report)) return;
      if (slot) Cancel(*slot, report.time, out);
      for (Slot& s : slots_) {
        if (s.used) continue;
        s = {true, report.device, report.touch, next_pointer_++, PointOf(report)};
        out.push_back(PointerEvent(TouchPointer(s.pointer), PointerPhase::Down, s.at, report.time));
        return;
      }
      ++dropped_;
      return;
    }
    case TouchKind::Update:
      if (!slot || !Finite(report)) return;
      slot->at = PointOf(report);
      out.push_back(
          PointerEvent(TouchPointer(slot->pointer), PointerPhase::Move, slot->at, report.time));
      return;
    case TouchKind::End:
      if (!slot) return;
      if (Finite(report)) slot->at = PointOf(report);
      out.push_back(
          PointerEvent(TouchPointer(slot->pointer), PointerPhase::Up, slot->at, report.time));
      slot->used = false;
      return;
  }
}

void TouchPoints::CancelDevice(int device, double time, std::vector<InputEvent>& out) {
  for (Slot& s : slots_)
    if (s.used && s.device == device) Cancel(s, time, out);
}

void TouchPoints::CancelAll(double time, std::vector<InputEvent>& out) {
  for (Slot& s : slots_)
    if (s.used) Cancel(s, time, out);
}

int TouchPoints::Live() const {
  int n = 0;
  for (const Slot& s : slots_) n += s.used ? 1 : 0;
  return n;
}

}  // namespace pps
