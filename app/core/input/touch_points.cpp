// SPDX-License-Identifier: EUPL-1.2
#include "core/input/touch_points.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

// px as InputEvent::size holds it: 0 for nonsense, and never past what a float holds.
float SizeOf(const TouchReport& r) {
  if (!(r.size > 0.0) || !std::isfinite(r.size)) return 0.0f;
  return static_cast<float>(std::min(r.size, double{std::numeric_limits<float>::max()}));
}

InputEvent Sized(InputEvent e, float size) {
  e.size = size;
  return e;
}

}  // namespace

std::optional<double> PackedValuator(const unsigned char* mask, int mask_len, const double* values,
                                     int number) {
  if (!mask || !values || number < 0 || number / 8 >= mask_len) return std::nullopt;
  const auto set = [mask](int bit) { return (mask[bit / 8] >> (bit % 8)) & 1; };
  if (!set(number)) return std::nullopt;
  int index = 0;  // how many valuators before `number` the event carries
  for (int bit = 0; bit < number; ++bit) index += set(bit);
  return values[index];
}

double TouchMajorToPx(double value, double x_min, double x_max, double screen_width) {
  const double range = x_max - x_min;
  if (!std::isfinite(value) || !std::isfinite(range) || !std::isfinite(screen_width) ||
      value <= 0.0 || range <= 0.0 || screen_width <= 0.0)
    return 0.0;
  return std::min(value * screen_width / range, screen_width);
}

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
        s = {true, report.device, report.touch, next_pointer_++, PointOf(report), SizeOf(report)};
        out.push_back(Sized(
            PointerEvent(TouchPointer(s.pointer), PointerPhase::Down, s.at, report.time), s.size));
        return;
      }
      ++dropped_;
      return;
    }
    case TouchKind::Update:
      if (!slot || !Finite(report)) return;
      slot->at = PointOf(report);
      if (SizeOf(report) > 0.0f) slot->size = SizeOf(report);
      out.push_back(Sized(
          PointerEvent(TouchPointer(slot->pointer), PointerPhase::Move, slot->at, report.time),
          slot->size));
      return;
    case TouchKind::End:
      if (!slot) return;
      if (Finite(report)) slot->at = PointOf(report);
      out.push_back(
          PointerEvent(TouchPointer(slot->pointer), PointerPhase::Up, slot->at, report.time));
      slot->used = false;
      return;
    case TouchKind::Cancel:
      if (slot) Cancel(*slot, report.time, out);
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
