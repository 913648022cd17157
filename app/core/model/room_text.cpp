// SPDX-License-Identifier: EUPL-1.2
#include "core/model/room_text.h"

#include <algorithm>
#include <cmath>

namespace pps {

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
