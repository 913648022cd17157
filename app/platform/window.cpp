// SPDX-License-Identifier: EUPL-1.2
#include "platform/window.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <imgui.h>

#include <cstdlib>

namespace pps {

namespace {

std::string g_glfw_error;

void OnGlfwError(int, const char* description) {
  g_glfw_error = description;
}

// A kiosk on a table is closed by a deliberate Ctrl+Q only, never by the window manager.
void KeepOpen(GLFWwindow* window) {
  glfwSetWindowShouldClose(window, GLFW_FALSE);
}

}  // namespace

Window OpenWindow(const WindowRequest& request, std::string& error) {
  Window window;
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((!display || !*display) && (!wayland || !*wayland)) {
    error =
        "no display: PPS Canvas needs a graphical session (DISPLAY is not set).\n"
        "On a machine without a screen, run it under Xvfb, for example:\n"
        "  xvfb-run -a -s \"-screen 0 1280x800x24\" pps-canvas --screenshot board.png";
    return window;
  }
  glfwSetErrorCallback(OnGlfwError);
  if (!glfwInit()) {
    error = "cannot start GLFW: " + g_glfw_error;
    return window;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_VISIBLE, request.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  // A fullscreen window iconifies when it loses focus (a notification, a dialog, the presenter's
  // window): a kiosk would then leave the table showing the desktop, a projector the same.
  if (request.kiosk || request.fullscreen) glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
  GLFWmonitor* monitor = request.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
  int width = request.width, height = request.height;
  if (monitor) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    width = mode->width, height = mode->height;
  }
  window.handle = glfwCreateWindow(width, height, request.title.c_str(), monitor, nullptr);
  if (!window.handle) {
    error = "cannot open a window with OpenGL 3.3: " + g_glfw_error;
    glfwTerminate();
    return window;
  }
  if (request.kiosk) glfwSetWindowCloseCallback(window.handle, KeepOpen);
  window.fullscreen_from_start = monitor != nullptr;
  glfwMakeContextCurrent(window.handle);
  glfwSwapInterval(1);
  if (!gladLoadGL(glfwGetProcAddress)) {
    error = "cannot load OpenGL functions";
    CloseWindow(window);
    return window;
  }
  float sx = 1.0f, sy = 1.0f;
  glfwGetWindowContentScale(window.handle, &sx, &sy);
  window.content_scale = sx > 0.5f ? sx : 1.0f;
  glfwGetWindowSize(window.handle, &window.width, &window.height);
  if (GLFWmonitor* screen = glfwGetPrimaryMonitor()) {
    int mm_w = 0, mm_h = 0;
    glfwGetMonitorPhysicalSize(screen, &mm_w, &mm_h);
    const GLFWvidmode* mode = glfwGetVideoMode(screen);
    if (mode && mode->width > 0 && mm_w > 0)
      window.mm_per_px = static_cast<float>(mm_w) / static_cast<float>(mode->width);
    if (mode && mode->refreshRate >= 24 && mode->refreshRate <= 480)
      window.refresh_hz = mode->refreshRate;
  }
  return window;
}

namespace {

bool Same(const Screen& a, const Screen& b) {
  return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
}

// Fills `screen`: as GLFW's fullscreen on its monitor, or where GLFW does not know the screen
// (Xinerama's), as a window without a frame over all of it. It stays when another window takes
// the focus (the presenter's): GLFW would iconify it.
void Fill(Window& window, const Screen& screen) {
  glfwSetWindowAttrib(window.handle, GLFW_AUTO_ICONIFY, GLFW_FALSE);
  if (screen.monitor) {
    const GLFWvidmode* mode = glfwGetVideoMode(screen.monitor);
    if (!mode) return;
    glfwSetWindowMonitor(window.handle, screen.monitor, 0, 0, mode->width, mode->height,
                         mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window.handle, nullptr, screen.x, screen.y, screen.width, screen.height,
                         0);
    glfwSetWindowAttrib(window.handle, GLFW_DECORATED, GLFW_FALSE);
    glfwSetWindowPos(window.handle, screen.x, screen.y);
  }
  window.room = screen;
}

}  // namespace

void FollowPresenting(Window& window, bool presenting, const Screen& room) {
  const bool fullscreen = glfwGetWindowMonitor(window.handle) != nullptr;
  if (presenting && !window.made_fullscreen && !fullscreen) {
    glfwGetWindowPos(window.handle, &window.windowed_x, &window.windowed_y);
    glfwGetWindowSize(window.handle, &window.windowed_width, &window.windowed_height);
    window.made_fullscreen = true;
    Fill(window, room);
  } else if (presenting && window.made_fullscreen && !Same(window.room, room)) {
    Fill(window, room);  // the trainer gave the room the other screen
  } else if (!presenting && window.made_fullscreen) {
    glfwSetWindowMonitor(window.handle, nullptr, window.windowed_x, window.windowed_y,
                         window.windowed_width, window.windowed_height, 0);
    glfwSetWindowAttrib(window.handle, GLFW_DECORATED, GLFW_TRUE);
    window.made_fullscreen = false;
    window.room = Screen{};
  }
}

const std::string& LastGlfwError() {
  return g_glfw_error;
}

void PrepareImGuiFrame(const Window& window) {
  static double last = 0.0;
  ImGuiIO& io = ImGui::GetIO();
  int w = 0, h = 0, fw = 0, fh = 0;
  glfwGetWindowSize(window.handle, &w, &h);
  glfwGetFramebufferSize(window.handle, &fw, &fh);
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  if (w > 0 && h > 0)
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(fw) / static_cast<float>(w),
                                        static_cast<float>(fh) / static_cast<float>(h));
  const double now = glfwGetTime();
  io.DeltaTime = last > 0.0 && now > last ? static_cast<float>(now - last) : 1.0f / 60.0f;
  last = now;
}

void CloseWindow(Window& window) {
  if (window.handle) glfwDestroyWindow(window.handle);
  window.handle = nullptr;
  glfwTerminate();
}

}  // namespace pps
