// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstdint>
// How large text must be for the back row of a room to read it, by a rule rather than by eye:
// a character at least 1/200 of the viewing distance tall (AVIXA DISCAS, ANSI/INFOCOMM
// V202.01:2016, for basic decision making; the FAA's rule of thumb too): 30 mm at 6 m. Applied to
// the capital height of the smallest text a room must read. Pure arithmetic: the presentation
// mode sizes its fonts by it.

namespace pps {

inline constexpr float kDefaultRoomDepthM = 6.0f;  // m: a classroom's back row
inline constexpr float kMinRoomDepthM = 2.0f, kMaxRoomDepthM = 30.0f;
// DejaVu Sans: the capital height is 0.626 of the font's size as Dear ImGui sets it. ImGui's
// size is the font's ascent to descent (FreeType's "real dimension"), 2384 of its 2048 units per
// em, and a capital "H" is 1493 units tall: 1493 / 2384. (Not 0.729, the capital per em: that
// drew capitals 15 % short of the rule, measured in the e2e test's screenshots.)
inline constexpr float kCapHeightPerFontPx = 0.626f;
// Without the screen's physical size the room is taken as six screen heights deep, as rooms are
// built for projected text (the 4-6-8 rule): the capitals are 3 % of the screen's height.
inline constexpr float kUnknownScreenShare = 0.03f;
// Within a screen's reach: at least 2 % of its height (a room much shallower than the screen is
// high still gets text a room reads), at most 3.5 % (beyond, a case's chips no longer fit the
// board side by side: such a room needs a larger screen; the research's own advice is 3-4 %).
inline constexpr float kMinShare = 0.02f, kMaxShare = 0.035f;

struct RoomText {
  float cap_px = 0.0f;           // the smallest text's capital height, px
  float rule_px = 0.0f;          // what the rule asks, px, before the screen's reach
  bool screen_measured = false;  // the screen's physical height was known
};

// WCAG 2.x's contrast ratio of two colours, 0xRRGGBB: 1 (the same) to 21 (black on white). A
// room's text needs 4.5, its large text and lines 3.
double ContrastRatio(std::uint32_t a, std::uint32_t b);

// A projector washes pale colours out: presenting, each quadrant is filled with its type's colour
// at this share over white, not with the designer's pastel. The type's colour (a chip's edge,
// the quadrant's ring) keeps 3:1 against it, the ink 4.5:1, and a white chip stands out.
inline constexpr double kProjectorTint = 0.35;

// The projector's fill of a quadrant whose type's colour is `accent` (0xRRGGBB), mixed in sRGB.
std::uint32_t ProjectorFill(std::uint32_t accent);

// The screen a room sees: its height in px, and its pixels' height in mm (0: not known).
struct RoomScreen {
  float height_px = 0.0f;
  float mm_per_px = 0.0f;
};

// The smallest text's capital height for a room `depth_m` deep, on a screen `height_px` tall
// whose pixels are `mm_per_px` mm high (0 or less: not known).
RoomText RoomCap(float height_px, float mm_per_px, float depth_m);

}  // namespace pps
