// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/laser.h"

#include <imgui.h>

#include <algorithm>

namespace pps {

void Laser::Follow(const std::vector<InputEvent>& input, double now) {
  for (const InputEvent& e : input) {
    if (e.kind != InputKind::Pointer) continue;
    if (e.phase != PointerPhase::Down && e.phase != PointerPhase::Move) continue;
    samples[static_cast<std::size_t>(next)] = {e.pointer, e.at, now, e.phase == PointerPhase::Down};
    next = (next + 1) % kSamples;
    count = std::min(count + 1, kSamples);
  }
}

bool DrawLaser(ImDrawList* draw, const Laser& laser, double now, float scale) {
  constexpr int kLookBack = 32;  // samples of other pointers between two of one pointer
  const int first = (laser.next - laser.count + Laser::kSamples) % Laser::kSamples;
  const auto at = [&](int i) -> const Laser::Sample& {
    return laser.samples[static_cast<std::size_t>((first + i) % Laser::kSamples)];
  };
  bool shows = false;
  for (int i = 0; i < laser.count; ++i) {
    const Laser::Sample& s = at(i);
    const double age = now - s.time;
    if (age >= Laser::kSeconds || age < 0.0) continue;
    shows = true;
    const float fade = 1.0f - static_cast<float>(age / Laser::kSeconds);
    // Red with a white halo: it reads on the quadrants' fills, on the chips and on a dark
    // projection alike.
    const ImU32 halo = IM_COL32(255, 255, 255, static_cast<int>(200 * fade));
    const ImU32 red = IM_COL32(235, 20, 40, static_cast<int>(255 * fade));
    const ImVec2 p(s.at.x, s.at.y);
    for (int j = i - 1; !s.starts && j >= 0 && j >= i - kLookBack; --j) {
      if (at(j).pointer != s.pointer) continue;
      const ImVec2 q(at(j).at.x, at(j).at.y);
      draw->AddLine(q, p, halo, 14.0f * scale * fade + 2.0f);
      draw->AddLine(q, p, red, 8.0f * scale * fade + 1.0f);
      break;
    }
    bool newest = true;  // of its pointer: where it is now, a dot
    for (int j = i + 1; j < laser.count && j <= i + kLookBack && newest; ++j)
      newest = at(j).pointer != s.pointer;
    if (newest) {
      draw->AddCircleFilled(p, 12.0f * scale, IM_COL32(255, 255, 255, 200));
      draw->AddCircleFilled(p, 8.0f * scale, red);
    }
  }
  return shows;
}

}  // namespace pps
