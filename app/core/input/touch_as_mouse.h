// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One finger at a time works the buttons. Dear ImGui follows one mouse; a touch screen or a TUIO
// table has many fingers and no mouse. A touch that lands on a token drags it (PointerRouter);
// the first touch that lands elsewhere, while no other touch and no mouse button is working the
// interface, becomes ImGui's mouse until it lifts: it presses buttons and drags the sidebar.
// Every other touch off the tokens is ignored, so a tap presses a button exactly once.

#include <vector>

#include "core/input/input_event.h"
#include "core/input/pointer_router.h"

namespace pps {

class TouchAsMouse {
 public:
  // Rewrites this frame's touch and TUIO events in place: those of the touch that acts as the
  // mouse become kMousePointer events. `targets` are the chips as the user last saw them. In
  // the frame after such a touch lifts, the mouse leaves the screen (a move to -FLT_MAX), so
  // that no button stays lit as if hovered: a finger has no hover.
  void Apply(std::vector<InputEvent>& events, const PointerTargets& targets);

  // Whether a touch acts as the mouse now.
  bool Active() const { return acting_; }

 private:
  bool acting_ = false;      // a touch is ImGui's mouse
  PointerId touch_;          // ... this one
  bool mouse_down_ = false;  // the real mouse's button is down
  bool leave_ = false;       // the touch lifted in the last frame: the mouse leaves now
};

// Whether a press at `p` (px) lands on a token's chip on the board (not on what covers it).
bool LandsOnToken(const PointerTargets& targets, ScreenPoint p);

}  // namespace pps
