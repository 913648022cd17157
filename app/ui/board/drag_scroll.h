// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A panel scrolls when a finger drags it, as on every phone: the content follows the finger, and
// a flick keeps it gliding for a moment. Fingers have no wheel and miss a 12 px scrollbar.

namespace pps {

// Scroll state of one panel between frames.
struct DragScroll {
  bool dragging = false;  // the press that started in this panel moved past the slop
  bool sideways = false;  // ... moved past it sideways first: it carries what it pressed, and
                          // does not scroll
  float velocity = 0.0f;  // px/s, after a flick; 0 when at rest
};

// Call inside the panel's window, after ImGui::Begin. A press inside the panel (not on its
// scrollbar) that moves more than `slop` px vertically scrolls it instead of pressing the button
// it started on; one that moves more sideways first never does (it may carry an activity out of
// the library onto the board). Returns true while the panel moves by itself (a flick gliding out).
bool UpdateDragScroll(DragScroll& scroll, float slop);

}  // namespace pps
