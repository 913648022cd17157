// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The window's input as events on the app's one queue: the mouse (and a single touch, which X11
// sends as the mouse), the wheel and the keys, each stamped with the time it arrived.

#include "core/input/input_queue.h"

struct GLFWwindow;

namespace pps {

// Sends `window`'s mouse, wheel, key and focus events to `queue` from now on. The queue must
// outlive the window's callbacks (StopInput).
void StartInput(GLFWwindow* window, InputQueue& queue);

// Stops sending events (before the queue goes).
void StopInput(GLFWwindow* window);

// Wakes the frame loop from WaitForInput(); safe from any thread, for sources of their own.
void WakeFrameLoop();

// Sleeps until an event arrives (or WakeFrameLoop), then delivers the window's events.
void WaitForInput();

// The same, sleeping at most `seconds`.
void WaitForInput(double seconds);

// Delivers the window's waiting events without sleeping.
void PollInput();

}  // namespace pps
