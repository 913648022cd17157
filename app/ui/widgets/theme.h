// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Colours and sizes shared by the views.

#include <imgui.h>

#include <cstdint>

namespace pps {

inline constexpr ImU32 kInk = IM_COL32(31, 35, 40, 255);         // main text
inline constexpr ImU32 kMutedInk = IM_COL32(95, 100, 108, 255);  // secondary text
inline constexpr ImU32 kPaper = IM_COL32(247, 245, 240, 255);    // window background
inline constexpr ImU32 kAxisInk = IM_COL32(70, 74, 82, 255);

// 0xRRGGBB from the model, with alpha.
inline ImU32 Rgb(std::uint32_t rgb, int alpha = 255) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

// Sets ImGui's style for a light, calm, finger-sized interface at `scale`.
void ApplyTheme(float scale);

}  // namespace pps
