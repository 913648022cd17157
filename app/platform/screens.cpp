// SPDX-License-Identifier: EUPL-1.2
#include "platform/screens.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xinerama.h>

#include <utility>

#include "platform/glfw_x11.h"

namespace pps {

namespace {

bool g_changed = false;

void OnMonitor(GLFWmonitor*, int) {
  g_changed = true;
}

Screen Of(GLFWmonitor* monitor) {
  Screen screen;
  const GLFWvidmode* mode = glfwGetVideoMode(monitor);
  if (!mode) return screen;
  glfwGetMonitorPos(monitor, &screen.x, &screen.y);
  screen.width = mode->width, screen.height = mode->height;
  int mm_w = 0, mm_h = 0;
  glfwGetMonitorPhysicalSize(monitor, &mm_w, &mm_h);
  if (mm_w > 0 && mode->width > 0)
    screen.mm_per_px = static_cast<float>(mm_w) / static_cast<float>(mode->width);
  screen.monitor = monitor;
  return screen;
}

// Xinerama's screens, GLFW's monitor kept on the one it covers; empty where X has no Xinerama.
std::vector<Screen> XineramaScreens(const Screen& primary) {
  std::vector<Screen> screens;
  Display* display = glfwGetX11Display();
  int events = 0, errors = 0;
  if (!display || !XineramaQueryExtension(display, &events, &errors) || !XineramaIsActive(display))
    return screens;
  int count = 0;
  XineramaScreenInfo* info = XineramaQueryScreens(display, &count);
  for (int i = 0; i < count; ++i) {
    Screen screen{info[i].x_org, info[i].y_org, info[i].width, info[i].height, 0.0f, nullptr};
    if (screen.x == primary.x && screen.y == primary.y && screen.width == primary.width &&
        screen.height == primary.height)
      screen = primary;
    screens.push_back(screen);
  }
  if (info) XFree(info);
  return screens;
}

}  // namespace

bool ScreensChanged() {
  return g_changed;
}

std::vector<Screen> FindScreens() {
  glfwSetMonitorCallback(OnMonitor);
  g_changed = false;
  std::vector<Screen> screens;
  GLFWmonitor* primary = glfwGetPrimaryMonitor();
  if (!primary) return screens;
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  screens.push_back(Of(primary));
  for (int i = 0; i < count; ++i)
    if (monitors[i] != primary) screens.push_back(Of(monitors[i]));
  if (screens.size() > 1) return screens;
  std::vector<Screen> xinerama = XineramaScreens(screens.front());
  if (xinerama.size() < 2) return screens;
  // The primary first, as GLFW's list has it.
  for (std::size_t i = 0; i < xinerama.size(); ++i)
    if (xinerama[i].monitor == primary) std::swap(xinerama[0], xinerama[i]);
  return xinerama;
}

}  // namespace pps
