#pragma once
// How large the interface is drawn: one number that multiplies every size in px (text, buttons,
// margins). The layout is made for 1280x800 at scale 1; a larger window, a table at 1920x1080 or
// 3840x2160, gets the same layout drawn larger, so that text reads from a metre away and the
// toolbar still fits.

namespace pps {

inline constexpr float kMinScale = 0.5f, kMaxScale = 4.0f;

// The scale for a window of `width` x `height` px: `requested` (--scale) when given (> 0);
// otherwise the larger of the monitor's content scale and the window's size against
// 1280x800, in quarter steps, never below 1.
float ChooseScale(float requested, float content_scale, int width, int height);

}  // namespace pps
