// SPDX-License-Identifier: EUPL-1.2
#include "ui/widgets/ui_scale.h"

#include <algorithm>
#include <cmath>

namespace pps {

float ChooseScale(float requested, float content_scale, int width, int height, float mm_per_px) {
  if (requested > 0.0f) return std::clamp(requested, kMinScale, kMaxScale);
  const float fit =
      std::min(static_cast<float>(width) / 1280.0f, static_cast<float>(height) / 800.0f);
  const float by_size = std::floor(fit * 4.0f) / 4.0f;  // quarter steps: crisp text sizes
  const float by_monitor = std::isfinite(content_scale) ? content_scale : 1.0f;
  const float by_finger = mm_per_px > 0.0f && std::isfinite(mm_per_px)
                              ? std::ceil(kMinTargetMm / (kButtonPx * mm_per_px) * 4.0f) / 4.0f
                              : 1.0f;
  return std::clamp(std::max({1.0f, by_size, by_monitor, by_finger}), 1.0f, kMaxScale);
}

}  // namespace pps
