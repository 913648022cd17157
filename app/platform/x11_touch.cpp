// SPDX-License-Identifier: EUPL-1.2
#include "platform/x11_touch.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <map>
#include <thread>
#include <vector>

#include "core/input/touch_points.h"
#include "platform/input.h"

// X headers last: they define macros (None, Bool, Status, Success) that our headers must not see.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

#include "platform/glfw_x11.h"

// Why a touch is never also a click (XI 2.2 protocol, XI2proto.txt, "Touch device support"):
// - "Only one client may select for touch events from a given device on a window." We select
//   on our own window, so no other client should hold it; if one does, XISelectEvents fails
//   with BadAccess and touch stays off (Start says so) rather than half working.
// - "Pointer emulation from multitouch events": with no grab active, a touch that emulates
//   pointer events is delivered "as a touch event to the window if a client has selected for
//   touch events on this window - otherwise, as a pointer event to the window if a client has
//   selected for pointer events". This connection selects touch events on GLFW's window, so
//   GLFW's connection (which selects pointer events there) gets no emulated button 1 for it: a
//   tap reaches the app once, as a Touch pointer. We therefore synthesize no mouse events here;
//   the frame step lets one touch that misses the tokens act as ImGui's mouse.
// - Grabs come first: a window manager or gesture daemon with a touch or pointer grab on an
//   ancestor gets the touch first, and either keeps it (we see nothing of it) or rejects it,
//   and then it comes to our selection. Read from the spec only: not tried with such a window
//   manager on real touch hardware.
// - For touchpads ("DependentTouch") a one-finger touch is pointer-controlling and sends
//   pointer events only, no touch events: also one input.

namespace pps {

namespace {

// Set while Start() selects events, on the main thread: X errors are reported asynchronously
// and Xlib's default handler exits the process, so a refused selection must be caught here.
Display* g_checked_display = nullptr;
int g_checked_error = 0;
int (*g_previous_handler)(Display*, XErrorEvent*) = nullptr;

int OnXError(Display* display, XErrorEvent* error) {
  if (display == g_checked_display) {
    g_checked_error = error->error_code;
    return 0;
  }
  return g_previous_handler ? g_previous_handler(display, error) : 0;
}

}  // namespace

// Two threads use Xlib at once, each on a Display of its own (GLFW's on the main thread, this
// one's on the reader): libX11 1.8 (Debian 12) calls XInitThreads itself when it loads.
struct X11Touch::Reader {
  Display* display = nullptr;
  ::Window window = 0;
  int xi_opcode = 0;
  int wake[2] = {-1, -1};  // a pipe: a byte written to wake[1] ends the thread
  InputQueue* queue = nullptr;
  TouchPoints points;  // only the thread touches it after Start
  std::vector<InputEvent> out;
  std::thread thread;

  // How a touch screen (a slave, by id) tells a contact's size: which valuator is its touch
  // major, and the range of its x, in the same units (see TouchMajorToPx).
  struct SizeAxes {
    int major = 0;
    double x_min = 0.0, x_max = 0.0;
  };
  std::map<int, SizeAxes> size_axes;  // screens without a touch major report no size
  double screen_width = 0.0;          // px, the X screen's, which a touch screen spans

  ~Reader() {
    if (thread.joinable()) {
      const char byte = 1;
      while (write(wake[1], &byte, 1) < 0 && errno == EINTR) {
      }
      thread.join();
    }
    if (display) XCloseDisplay(display);
    for (int fd : wake)
      if (fd >= 0) close(fd);
  }

  // The thread: waits on the X connection and the wake pipe, never on one alone, so that Stop
  // returns at once whether or not a finger is down.
  void Run() {
    out.reserve(64);
    const int x_fd = ConnectionNumber(display);
    for (;;) {
      // Xlib may already hold events read with an earlier reply: drain before sleeping.
      while (XPending(display) > 0) {
        XEvent event;
        XNextEvent(display, &event);
        Handle(event);
      }
      Deliver();
      pollfd fds[2] = {{x_fd, POLLIN, 0}, {wake[0], POLLIN, 0}};
      if (poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        std::cerr << "pps-canvas: touch: waiting for X events failed; touch is off\n";
        break;
      }
      if (fds[1].revents != 0) break;
      if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
        std::cerr << "pps-canvas: touch: the X connection closed; touch is off\n";
        break;
      }
    }
    // Whatever fingers are down now will never lift for us: let go of their tokens.
    points.CancelAll(glfwGetTime(), out);
    Deliver();
  }

  void Handle(XEvent& event) {
    XGenericEventCookie& cookie = event.xcookie;
    if (cookie.type != GenericEvent || cookie.extension != xi_opcode) return;
    if (!XGetEventData(display, &cookie)) return;
    // glfwGetTime is safe from any thread; every source stamps events with it.
    const double now = glfwGetTime();
    switch (cookie.evtype) {
      case XI_TouchBegin:
      case XI_TouchUpdate:
      case XI_TouchEnd: {
        const auto* e = static_cast<const XIDeviceEvent*>(cookie.data);
        if (e->event != window) break;
        const TouchKind kind = cookie.evtype == XI_TouchBegin    ? TouchKind::Begin
                               : cookie.evtype == XI_TouchUpdate ? TouchKind::Update
                                                                 : TouchKind::End;
        // sourceid: the physical screen (deviceid is the master pointer all screens share).
        // The master takes on the classes of the slave that sends through it (XI2proto, a
        // DeviceChangedEvent of reason SlaveSwitch), so its valuators number as the slave's do.
        double size = 0.0;
        if (const auto axes = size_axes.find(e->sourceid); axes != size_axes.end()) {
          const std::optional<double> major = PackedValuator(
              e->valuators.mask, e->valuators.mask_len, e->valuators.values, axes->second.major);
          if (major)
            size = TouchMajorToPx(*major, axes->second.x_min, axes->second.x_max, screen_width);
        }
        points.Translate({kind, e->sourceid, static_cast<std::uint32_t>(e->detail), e->event_x,
                          e->event_y, now, size},
                         out);
        break;
      }
      case XI_HierarchyChanged: {
        const auto* e = static_cast<const XIHierarchyEvent*>(cookie.data);
        bool added = false;
        for (int i = 0; i < e->num_info; ++i) {
          if (e->info[i].flags & (XISlaveRemoved | XISlaveDetached | XIDeviceDisabled))
            points.CancelDevice(e->info[i].deviceid, now, out);
          if (e->info[i].flags & (XISlaveAdded | XIDeviceEnabled)) added = true;
        }
        if (added) FindSizeAxes();
        break;
      }
      default:
        break;
    }
    XFreeEventData(display, &cookie);
  }

  // Which touch screens report a contact's size. xf86-input-evdev labels each valuator with its
  // kernel axis's name, and the kernel's multi-touch protocol (Documentation/input/
  // multi-touch-protocol.rst) gives ABS_MT_TOUCH_MAJOR in ABS_MT_POSITION_X's units; a screen
  // without that valuator (xf86-input-libinput exposes none) reports no size, as a mouse. Every
  // device is queried, never one by id: one gone again by now would be a BadDevice error, and
  // Xlib's default handler ends the process.
  void FindSizeAxes() {
    size_axes.clear();
    const Atom major_label = XInternAtom(display, "Abs MT Touch Major", True);
    if (major_label == None) return;  // the atom exists once some driver named an axis so
    const Atom x_label = XInternAtom(display, "Abs MT Position X", True);
    screen_width = DisplayWidth(display, DefaultScreen(display));
    int count = 0;
    XIDeviceInfo* devices = XIQueryDevice(display, XIAllDevices, &count);
    for (int i = 0; devices && i < count; ++i) {
      const XIDeviceInfo& device = devices[i];
      if (device.use != XISlavePointer && device.use != XIFloatingSlave) continue;
      const XIValuatorClassInfo *major = nullptr, *x = nullptr, *first = nullptr;
      for (int c = 0; c < device.num_classes; ++c) {
        if (device.classes[c]->type != XIValuatorClass) continue;
        const auto* v = reinterpret_cast<const XIValuatorClassInfo*>(device.classes[c]);
        if (v->label == major_label) major = v;
        if (x_label != None && v->label == x_label) x = v;
        if (v->number == 0) first = v;
      }
      if (!x) x = first;  // a driver that labels no x: evdev and libinput put x first
      if (major && x) size_axes[device.deviceid] = {major->number, x->min, x->max};
    }
    if (devices) XIFreeDeviceInfo(devices);
  }

  void Deliver() {
    if (out.empty()) return;
    for (const InputEvent& e : out) queue->Push(e);
    out.clear();
    WakeFrameLoop();
  }
};

X11Touch::X11Touch() = default;

X11Touch::~X11Touch() {
  Stop();
}

std::string X11Touch::Start(GLFWwindow* window, InputQueue& queue) {
  Stop();
  // Debian's libglfw3 is GLFW's X11 build (on a Wayland desktop it runs on Xwayland, which has
  // XInput 2.2 touch too); these return null when GLFW is not on X11.
  Display* glfw_display = glfwGetX11Display();
  const ::Window x_window = glfwGetX11Window(window);
  if (!glfw_display || !x_window) return "touch: not an X11 display; mouse only";

  auto reader = std::make_unique<Reader>();
  reader->queue = &queue;
  reader->window = x_window;
  reader->display = XOpenDisplay(DisplayString(glfw_display));
  if (!reader->display)
    return std::string("touch: cannot open a second connection to X display ") +
           DisplayString(glfw_display) + "; mouse only";
  Display* display = reader->display;

  int event_base = 0, error_base = 0;
  if (!XQueryExtension(display, "XInputExtension", &reader->xi_opcode, &event_base, &error_base))
    return "touch: the X server has no XInput extension; mouse only";
  int major = 2, minor = 2;
  if (XIQueryVersion(display, &major, &minor) != Success || major < 2 || (major == 2 && minor < 2))
    return "touch: the X server has XInput " + std::to_string(major) + "." + std::to_string(minor) +
           ", touch needs 2.2; mouse only";

  // Touches on our window from every screen (master devices: each touch once, not once more per
  // slave), and device changes anywhere, to cancel the touches of a screen that goes away.
  unsigned char touch_bits[XIMaskLen(XI_LASTEVENT)] = {};
  XISetMask(touch_bits, XI_TouchBegin);
  XISetMask(touch_bits, XI_TouchUpdate);
  XISetMask(touch_bits, XI_TouchEnd);
  XIEventMask touch_mask{XIAllMasterDevices, static_cast<int>(sizeof touch_bits), touch_bits};
  unsigned char device_bits[XIMaskLen(XI_LASTEVENT)] = {};
  XISetMask(device_bits, XI_HierarchyChanged);
  XIEventMask device_mask{XIAllDevices, static_cast<int>(sizeof device_bits), device_bits};

  XSync(display, False);
  g_checked_display = display;
  g_checked_error = 0;
  g_previous_handler = XSetErrorHandler(OnXError);
  XISelectEvents(display, x_window, &touch_mask, 1);
  XISelectEvents(display, DefaultRootWindow(display), &device_mask, 1);
  XSync(display, False);
  XSetErrorHandler(g_previous_handler);
  g_checked_display = nullptr;
  if (g_checked_error != 0) {
    char text[128] = {};
    XGetErrorText(display, g_checked_error, text, sizeof text);
    return std::string("touch: the X server refused touch events for the window (") + text +
           "; another client may hold them); mouse only";
  }

  reader->FindSizeAxes();
  if (pipe2(reader->wake, O_CLOEXEC) != 0) return "touch: cannot make a wake-up pipe; mouse only";
  reader->thread = std::thread([r = reader.get()] { r->Run(); });
  reader_ = std::move(reader);
  return "";
}

void X11Touch::Stop() {
  reader_.reset();
}

}  // namespace pps
