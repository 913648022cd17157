// SPDX-License-Identifier: EUPL-1.2
// For e2e/xi_touch_test.sh, preloaded into the app: the X server's XInput seems to be 2.0, which
// has no touch, so the app must say touch is off and run on with the mouse.

#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

extern "C" Status XIQueryVersion(Display*, int* major, int* minor) {
  *major = 2;
  *minor = 0;
  return Success;
}
