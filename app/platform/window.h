// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The GLFW window with an OpenGL 3.3 core context, loaded through glad.

#include <string>

#include "platform/screens.h"

struct GLFWwindow;

namespace pps {

struct Window {
  GLFWwindow* handle = nullptr;
  float content_scale = 1.0f;  // the monitor's DPI scale: 1 at 96 dpi
  int width = 0, height = 0;   // px, the window's size when it opened
  float mm_per_px = 0.0f;      // the size of a pixel on the primary monitor; 0 when unknown
  int refresh_hz = 60;         // the primary monitor's refresh rate; 60 when unknown
  // Presenting made the window fullscreen (FollowPresenting): where it was before, to go back.
  bool made_fullscreen = false;
  bool fullscreen_from_start = false;  // --fullscreen, --kiosk: on the primary monitor for good
  Screen room;  // the screen presenting fills now
  int windowed_x = 0, windowed_y = 0, windowed_width = 0, windowed_height = 0;
};

struct WindowRequest {
  std::string title;
  int width = 1280, height = 800;  // px
  bool fullscreen = false;
  bool visible = true;
  bool kiosk = false;  // a close request (window manager, Alt+F4) is ignored; Ctrl+Q still quits
};

// Opens the window, or returns an error message a user can act on (e.g. no display).
Window OpenWindow(const WindowRequest& request, std::string& error);

// Tells Dear ImGui the window's size, its framebuffer's scale and the time since the last
// frame; call before ImGui::NewFrame(). Replaces the GLFW backend's NewFrame, whose polled
// mouse state would overwrite the app's own input events.
void PrepareImGuiFrame(const Window& window);

// Presenting fills `room`, the screen the room sees; after it, a window made fullscreen for it
// goes back to where it was (one that was fullscreen already, --fullscreen or --kiosk, stays on
// its monitor). Call after each frame with whether the frame presents, and on which screen.
void FollowPresenting(Window& window, bool presenting, const Screen& room);

// What GLFW last said went wrong.
const std::string& LastGlfwError();

// Closes the window and shuts GLFW down.
void CloseWindow(Window& window);

}  // namespace pps
