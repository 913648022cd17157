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

// Sends `window`'s keys to `queue` from now on, as the app's own window's: the presenter's
// window (platform/speaker_window.h), so that a clicker works whichever has the focus.
void ForwardKeys(GLFWwindow* window, InputQueue& queue);

// Lets go of the keys `window` holds down (ForwardKeys), before it closes: a window that is
// destroyed hears no release, and the app would hold them down for good.
void ReleaseKeys(GLFWwindow* window);

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
