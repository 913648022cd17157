// SPDX-License-Identifier: EUPL-1.2
// For e2e/xi_touch_test.sh: asks the X server whether another client already holds the XInput 2.2
// touch events of window WINDOW_ID. XI 2.2 lets one client select touch events on a window; a
// second selection fails with BadAccess. So "held" proves that the app listens for touches there.
// Prints the server's XInput version and "held" or "free"; exit 0 held, 1 free, 2 no XI 2.2.
// Usage: xi_touch_probe WINDOW_ID

#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

#include <cstdio>
#include <cstdlib>

namespace {

int g_error = 0;

int OnError(Display*, XErrorEvent* error) {
  g_error = error->error_code;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: xi_touch_probe WINDOW_ID\n");
    return 2;
  }
  Display* display = XOpenDisplay(nullptr);
  if (!display) {
    std::fprintf(stderr, "xi_touch_probe: cannot open the X display\n");
    return 2;
  }
  int opcode = 0, event = 0, error = 0;
  int major = 2, minor = 2;
  if (!XQueryExtension(display, "XInputExtension", &opcode, &event, &error) ||
      XIQueryVersion(display, &major, &minor) != Success || major < 2 ||
      (major == 2 && minor < 2)) {
    std::printf("XInput %d.%d: no touch\n", major, minor);
    return 2;
  }
  std::printf("XInput %d.%d\n", major, minor);

  const ::Window window = std::strtoul(argv[1], nullptr, 0);
  unsigned char bits[XIMaskLen(XI_LASTEVENT)] = {};
  XISetMask(bits, XI_TouchBegin);
  XISetMask(bits, XI_TouchUpdate);
  XISetMask(bits, XI_TouchEnd);
  XIEventMask mask{XIAllMasterDevices, static_cast<int>(sizeof bits), bits};
  XSetErrorHandler(OnError);
  XISelectEvents(display, window, &mask, 1);
  XSync(display, False);
  XCloseDisplay(display);
  if (g_error == BadAccess) {
    std::printf("touch events of window 0x%lx: held by another client\n", window);
    return 0;
  }
  std::printf("touch events of window 0x%lx: free (X error %d)\n", window, g_error);
  return 1;
}
