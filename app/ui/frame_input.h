#pragma once
// Hands one frame's input events to Dear ImGui 1.86, which reads the mouse as state: where it
// is and which buttons are down after this frame's events. InputQueue::TakeFrame() has already
// split a press and a release that came together over two frames.

#include <vector>

#include "core/input_event.h"

namespace pps {

// Sets ImGui's mouse position, left button, wheel and modifier keys from `events`. Only the
// mouse pointer reaches ImGui; other pointers go to the board alone. A cancelled press is let go
// off screen, so that it presses no button.
void FeedImGui(const std::vector<InputEvent>& events);

}  // namespace pps
