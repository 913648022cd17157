// SPDX-License-Identifier: EUPL-1.2
#include "platform/presenter.h"

#include <backends/imgui_impl_opengl3.h>

#include <glad/gl.h>

#include <cstring>
#include <utility>

// X headers last: they define macros (None, Bool, Status) that our headers must not see.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/Xlib.h>

#include "platform/glfw_x11.h"

// As <GL/glx.h> declares it; that header would bring <GL/gl.h> in beside glad's.
extern "C" const char* glXQueryExtensionsString(Display* display, int screen);

namespace pps {

namespace {

// The window lost pixels on screen (uncovered, mapped again): set by GLFW's refresh callback,
// which also counts how often (for a test's --status-file).
bool g_exposed = true;
long g_exposures = 0;

void OnRefresh(GLFWwindow*) {
  g_exposed = true;
  ++g_exposures;
}

bool DrawsWithCpu() {
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  if (!renderer) return false;
  for (const char* name : {"llvmpipe", "softpipe", "Software Rasterizer", "swrast"}) {
    if (std::strstr(renderer, name)) return true;
  }
  return false;
}

bool HasExtension(const char* list, const char* name) {
  const std::size_t n = std::strlen(name);
  for (const char* p = list; p && (p = std::strstr(p, name)) != nullptr; p += n) {
    if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
  }
  return false;
}

// Takes no event, so that GLFW still reads them all; notes a ConfigureNotify for the window.
Bool NoteConfigure(Display*, XEvent* event, XPointer arg) {
  auto* seen = reinterpret_cast<std::pair<Window, bool>*>(arg);
  if (event->type == ConfigureNotify && event->xconfigure.window == seen->first)
    seen->second = true;
  return False;
}

// X has sent `window` a size (or place) that GLFW has not read yet.
bool ConfigurePending(Display* display, Window window) {
  std::pair<Window, bool> seen{window, false};
  XEvent unused;
  XCheckIfEvent(display, &unused, NoteConfigure, reinterpret_cast<XPointer>(&seen));
  return seen.second;
}

void Clear(ImU32 paper) {
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(paper);
  glClearColor(c.x, c.y, c.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace

void Presenter::Start(GLFWwindow* window, bool whole_frames) {
  window_ = window;
  glfwSetWindowRefreshCallback(window, OnRefresh);
  if (whole_frames || !DrawsWithCpu()) return;
  // Only on X11 (GLX): elsewhere GLFW gives no GLX window and frames stay whole.
  display_ = glfwGetX11Display();
  drawable_ = display_ ? glfwGetGLXWindow(window) : 0;
  if (!drawable_) return;
  auto* display = static_cast<Display*>(display_);
  if (!HasExtension(glXQueryExtensionsString(display, DefaultScreen(display)),
                    "GLX_MESA_copy_sub_buffer"))
    return;
  copy_sub_buffer_ = reinterpret_cast<CopySubBuffer>(glfwGetProcAddress("glXCopySubBufferMESA"));
}

void Presenter::Stop() {
  if (window_) glfwSetWindowRefreshCallback(window_, nullptr);
  window_ = nullptr;
  copy_sub_buffer_ = nullptr;
}

void Presenter::Draw(ImDrawData& data, ImU32 paper, bool partial, ImDrawCallback fill,
                     const std::vector<PixelRect>& changed) {
  const int width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  const bool resized = width != width_ || height != height_;
  width_ = width;
  height_ = height;
  glViewport(0, 0, width_, height_);
  // The damage's pixels are the backend's with one window at (0, 0) and no framebuffer scale.
  drew_partial_ = partial && Partial() && !resized && data.DisplayPos.x == 0.0f &&
                  data.DisplayPos.y == 0.0f && data.FramebufferScale.x == 1.0f &&
                  data.FramebufferScale.y == 1.0f;
  if (!drew_partial_) {
    damage_.Invalidate();  // the back buffer now holds this frame, whatever was shown
    glDisable(GL_SCISSOR_TEST);
    Clear(paper);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    return;
  }
  if (g_exposed) damage_.Invalidate();
  g_exposed = false;
  rects_ = damage_.Update(data, fill, changed);
  if (rects_.empty()) return;
  glEnable(GL_SCISSOR_TEST);
  for (const PixelRect& r : rects_) {
    glScissor(r.x0, height_ - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    Clear(paper);
  }
  clip_.Apply(data, rects_, fill);
  ImGui_ImplOpenGL3_RenderDrawData(&data);
  clip_.Restore(data);
}

long Presenter::Exposures() const {
  return g_exposures;
}

void Presenter::WaitForServer() const {
  if (Display* display = glfwGetX11Display()) XSync(display, False);
}

double Presenter::Drawn() const {
  if (!drew_partial_) return 1.0;
  double pixels = 0.0;
  for (const PixelRect& r : rects_) pixels += r.Area();
  return width_ > 0 && height_ > 0 ? pixels / (static_cast<double>(width_) * height_) : 0.0;
}

void Presenter::Show() {
  // Mesa's software back buffer (drisw) takes the window's size at the first drawing after a
  // swap, and only then: a copy beyond it is an X error (BadValue) that ends the app. So a frame
  // at a new size is drawn whole and swapped, and so is one drawn while X has a new size queued
  // that Mesa may have taken already; the frame after either is drawn whole.
  auto* display = static_cast<Display*>(display_);
  if (!drew_partial_ || ConfigurePending(display, glfwGetX11Window(window_))) {
    damage_.Invalidate();
    glfwSwapBuffers(window_);
    return;
  }
  // Never swapped, the back buffer keeps its pixels for the next frame's damage.
  for (const PixelRect& r : rects_)
    copy_sub_buffer_(display, drawable_, r.x0, height_ - r.y1, r.x1 - r.x0, r.y1 - r.y0);
}

}  // namespace pps
