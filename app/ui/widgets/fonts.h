// SPDX-License-Identifier: EUPL-1.2
#pragma once
// DejaVu Sans in the sizes the app uses, rasterised by FreeType at the monitor's scale.

#include <string>

#include "core/io/loaded.h"

struct ImFont;

namespace pps {

// The body font's size at scale 1, px.
inline constexpr float kBodyFontPx = 20.0f;

struct UiFonts {
  ImFont* body = nullptr;     // sidebar text, chip labels
  ImFont* bold = nullptr;     // section headers
  ImFont* heading = nullptr;  // quadrant names
  ImFont* title = nullptr;    // the current type's name
};

// Adds the fonts to ImGui's atlas (before the atlas is built). Returns an error message when
// the DejaVu files are missing; ImGui's default font is then used.
Error LoadFonts(UiFonts& fonts, float scale);

}  // namespace pps
