// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Real input for the benchmark: the X server's own mouse (XTest), as a user's hand moves it,
// and closing a window as a window manager does. On a connection of its own to $DISPLAY.

#include <sys/types.h>

#include <string>

struct _XDisplay;  // Xlib's Display

namespace pps::bench {

// A top-level window on screen: its X id and where its client area starts (root px).
struct XWindowAt {
  unsigned long id = 0;
  int x = 0, y = 0;
};

class XInput {
 public:
  XInput();
  ~XInput();
  XInput(const XInput&) = delete;
  XInput& operator=(const XInput&) = delete;

  // Empty when the display is open; otherwise why not.
  const std::string& Error() const { return error_; }

  // Waits up to `timeout_s` for a viewable window of process `pid` (_NET_WM_PID).
  bool FindWindow(pid_t pid, double timeout_s, XWindowAt& found);

  // Moves the pointer to root px (x, y), and sends it at once.
  void MoveTo(int x, int y);

  // Presses (or releases) the left button, and sends it at once.
  void Button(bool down);

  // Asks the window to close (WM_DELETE_WINDOW), as a window manager's close button does.
  void Close(unsigned long window);

 private:
  _XDisplay* display_ = nullptr;
  std::string error_;
};

}  // namespace pps::bench
