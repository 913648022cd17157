// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Touch screens on X11: each finger on a multi-touch monitor is its own pointer. GLFW 3.3 has no
// touch API and drops the XInput events it does not use, so touches are read with XInput 2.2 on
// a second X connection, by a thread of their own, translated by core TouchPoints and pushed to
// the app's one input queue as PointerSource::Touch events in window px.

#include <memory>
#include <string>

#include "core/input/input_queue.h"

struct GLFWwindow;

namespace pps {

class X11Touch {
 public:
  X11Touch();
  ~X11Touch();  // Stop()
  X11Touch(const X11Touch&) = delete;
  X11Touch& operator=(const X11Touch&) = delete;

  // Starts sending `window`'s touches to `queue` (from another thread, which wakes the frame
  // loop). Returns "" when it listens, or why touch is off (not X11, no XInput 2.2, the window's
  // touches taken by another client): the app then runs on with the mouse alone. Call after the
  // window opens; the queue must outlive Stop().
  std::string Start(GLFWwindow* window, InputQueue& queue);

  // Stops the reader and closes its connection, without waiting for a touch; call before the
  // window closes. Safe to call when not started, and twice.
  void Stop();

 private:
  struct Reader;
  std::unique_ptr<Reader> reader_;
};

}  // namespace pps
