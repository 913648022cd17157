// SPDX-License-Identifier: EUPL-1.2
#include "x_input.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>

#include <chrono>
#include <thread>

namespace pps::bench {

namespace {

// The process that owns `window`, from _NET_WM_PID; 0 when it does not say.
pid_t OwnerOf(Display* display, Window window) {
  const Atom pid_atom = XInternAtom(display, "_NET_WM_PID", True);
  if (pid_atom == None) return 0;
  Atom type = None;
  int format = 0;
  unsigned long items = 0, after = 0;
  unsigned char* data = nullptr;
  pid_t pid = 0;
  if (XGetWindowProperty(display, window, pid_atom, 0, 1, False, XA_CARDINAL, &type, &format,
                         &items, &after, &data) == Success &&
      data && format == 32 && items == 1)
    pid = static_cast<pid_t>(*reinterpret_cast<unsigned long*>(data));
  if (data) XFree(data);
  return pid;
}

}  // namespace

XInput::XInput() {
  display_ = XOpenDisplay(nullptr);
  if (!display_) {
    error_ = "cannot open the X display (is DISPLAY set? run under xvfb-run)";
    return;
  }
  int event = 0, error = 0, major = 0, minor = 0;
  if (!XTestQueryExtension(display_, &event, &error, &major, &minor))
    error_ = "the X server has no XTest extension: no real input can be sent";
}

XInput::~XInput() {
  if (display_) XCloseDisplay(display_);
}

bool XInput::FindWindow(pid_t pid, double timeout_s, XWindowAt& found) {
  if (!display_) return false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_s);
  const Window root = DefaultRootWindow(display_);
  while (std::chrono::steady_clock::now() < deadline) {
    Window root_back = 0, parent = 0, *children = nullptr;
    unsigned int count = 0;
    bool seen = false;
    if (XQueryTree(display_, root, &root_back, &parent, &children, &count)) {
      for (unsigned int i = 0; i < count && !seen; ++i) {
        XWindowAttributes a{};
        if (OwnerOf(display_, children[i]) != pid ||
            !XGetWindowAttributes(display_, children[i], &a) || a.map_state != IsViewable)
          continue;
        Window child = 0;
        XTranslateCoordinates(display_, children[i], root, 0, 0, &found.x, &found.y, &child);
        found.id = children[i];
        seen = true;
      }
      if (children) XFree(children);
    }
    if (seen) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

void XInput::MoveTo(int x, int y) {
  if (!display_) return;
  XTestFakeMotionEvent(display_, -1, x, y, CurrentTime);
  XFlush(display_);
}

void XInput::Button(bool down) {
  if (!display_) return;
  XTestFakeButtonEvent(display_, 1, down ? True : False, CurrentTime);
  XFlush(display_);
}

void XInput::Close(unsigned long window) {
  if (!display_) return;
  XEvent e{};
  e.xclient.type = ClientMessage;
  e.xclient.window = window;
  e.xclient.message_type = XInternAtom(display_, "WM_PROTOCOLS", False);
  e.xclient.format = 32;
  e.xclient.data.l[0] = static_cast<long>(XInternAtom(display_, "WM_DELETE_WINDOW", False));
  e.xclient.data.l[1] = CurrentTime;
  XSendEvent(display_, window, False, NoEventMask, &e);
  XFlush(display_);
}

}  // namespace pps::bench
