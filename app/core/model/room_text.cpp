// SPDX-License-Identifier: EUPL-1.2
#include "core/model/room_text.h"

#include <algorithm>
#include <cmath>

namespace pps {

namespace {

// WCAG 2.x relative luminance of 0xRRGGBB.
double Luminance(std::uint32_t rgb) {
  const auto channel = [](std::uint32_t v) {
    const double c = static_cast<double>(v & 0xFF) / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

}  // namespace

double ContrastRatio(std::uint32_t a, std::uint32_t b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::uint32_t ProjectorFill(std::uint32_t accent) {
  std::uint32_t fill = 0;
  for (int shift = 0; shift <= 16; shift += 8) {
    const double c = static_cast<double>((accent >> shift) & 0xFF);
    const double mixed = kProjectorTint * c + (1.0 - kProjectorTint) * 255.0;
    fill |= static_cast<std::uint32_t>(std::lround(mixed)) << shift;
  }
  return fill;
}

RoomText RoomCap(float height_px, float mm_per_px, float depth_m) {
  RoomText room;
  if (!(height_px > 0.0f)) return room;
  const float depth = std::isfinite(depth_m) && depth_m > 0.0f ? depth_m : kDefaultRoomDepthM;
  room.screen_measured = std::isfinite(mm_per_px) && mm_per_px > 0.0f;
  room.rule_px =
      room.screen_measured ? depth * 1000.0f / 200.0f / mm_per_px : height_px * kUnknownScreenShare;
  room.cap_px = std::clamp(room.rule_px, height_px * kMinShare, height_px * kMaxShare);
  return room;
}

}  // namespace pps
