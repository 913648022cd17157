// SPDX-License-Identifier: EUPL-1.2
#pragma once
// How large the interface is drawn: one number that multiplies every size in px (text, buttons,
// margins). The layout is made for 1280x800 at scale 1; a larger window, a table at 1920x1080 or
// 3840x2160, gets the same layout drawn larger, so that text reads from a metre away and the
// toolbar still fits.

namespace pps {

inline constexpr float kMinScale = 0.5f, kMaxScale = 4.0f;
inline constexpr float kButtonPx = 44.0f;   // px at scale 1: the height of a button
inline constexpr float kMinTargetMm = 9.0f;  // no button is smaller than this on the screen

// The scale for a window of `width` x `height` px: `requested` (--scale) when given (> 0);
// otherwise the largest of the monitor's content scale, the window's size against 1280x800 (in
// quarter steps), and what makes a button 9 mm tall on a screen of `mm_per_px` (0: unknown);
// never below 1.
float ChooseScale(float requested, float content_scale, int width, int height, float mm_per_px);

}  // namespace pps
