// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The screens side by side on the desktop, for presenting: the room's on one, the presenter's
// notes on another. GLFW's monitors where RandR tells each apart; where it tells one (an X
// server with Xinerama and no RandR per screen, as Xvfb with +xinerama), Xinerama's screens.

#include <vector>

struct GLFWmonitor;

namespace pps {

struct Screen {
  int x = 0, y = 0, width = 0, height = 0;  // px, on the desktop
  float mm_per_px = 0.0f;                   // 0 when unknown
  GLFWmonitor* monitor = nullptr;           // GLFW's, when it knows this one; null: Xinerama's
};

// The screens, the primary first; one, the primary monitor's, when no other is told. Empty
// only without a monitor. From the first call on, GLFW tells when a monitor comes or goes.
std::vector<Screen> FindScreens();

// A monitor came or went since the last FindScreens(): the screens found are out of date (and
// their GLFWmonitor pointers may be gone).
bool ScreensChanged();

}  // namespace pps
