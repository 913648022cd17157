// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Touch in the browser: each finger on the page's canvas its own pointer, from the browser's
// touch events, translated by core TouchPoints (as XInput's touches are on X11) and pushed to the
// app's one input queue in canvas px. The page neither scrolls, zooms nor sends the mouse events
// it would make of a touch: the events are the app's alone.

#include <vector>

#include "core/input/input_event.h"
#include "core/input/input_queue.h"
#include "core/input/touch_points.h"

struct EmscriptenTouchEvent;

namespace pps {

class WebTouch {
 public:
  // Starts sending the canvas's touches to `queue`, which must outlive the page. Call after the
  // GLFW window is made: GLFW's own touch handling (a touch as the mouse) is taken off the canvas.
  void Start(InputQueue& queue);

 private:
  static int OnTouch(int type, const EmscriptenTouchEvent* event, void* self);

  InputQueue* queue_ = nullptr;
  TouchPoints points_;
  std::vector<InputEvent> out_;
};

}  // namespace pps
