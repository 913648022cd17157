// SPDX-License-Identifier: EUPL-1.2
#include "platform/web/web_touch.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

namespace pps {

namespace {

constexpr const char* kCanvas = "#canvas";

// Canvas px per CSS px: the canvas holds the device's pixels (platform/web/web_canvas.h), the
// touch reports CSS px.
double CanvasPxPerCssPx() {
  double css_w = 0.0, css_h = 0.0;
  int w = 0, h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  emscripten_get_canvas_element_size(kCanvas, &w, &h);
  return css_w > 0.0 ? w / css_w : 1.0;
}

// GLFW's port takes a touch for the mouse (library_glfw.js): a finger would be two pointers.
EM_JS(void, ForgetGlfwTouch, (), {
  const canvas = Module['canvas'];
  canvas.removeEventListener('touchstart', GLFW.onMouseButtonDown, true);
  canvas.removeEventListener('touchmove', GLFW.onMousemove, true);
  canvas.removeEventListener('touchend', GLFW.onMouseButtonUp, true);
  canvas.removeEventListener('touchcancel', GLFW.onMouseButtonUp, true);
});

}  // namespace

void WebTouch::Start(InputQueue& queue) {
  queue_ = &queue;
  out_.reserve(64);
  ForgetGlfwTouch();
  emscripten_set_touchstart_callback(kCanvas, this, true, OnTouch);
  emscripten_set_touchmove_callback(kCanvas, this, true, OnTouch);
  emscripten_set_touchend_callback(kCanvas, this, true, OnTouch);
  emscripten_set_touchcancel_callback(kCanvas, this, true, OnTouch);
}

// Every changed touch of the event, as core TouchPoints translates a touch screen's reports; a
// cancelled touch (the browser took it, a call came in) lets go where it was, pressing nothing.
// Returns true: the browser does nothing more with it (no scroll, no zoom, no mouse events made of
// it).
int WebTouch::OnTouch(int type, const EmscriptenTouchEvent* event, void* self) {
  WebTouch& touch = *static_cast<WebTouch*>(self);
  const TouchKind kind = type == EMSCRIPTEN_EVENT_TOUCHSTART  ? TouchKind::Begin
                         : type == EMSCRIPTEN_EVENT_TOUCHMOVE ? TouchKind::Update
                         : type == EMSCRIPTEN_EVENT_TOUCHEND  ? TouchKind::End
                                                              : TouchKind::Cancel;
  const double scale = CanvasPxPerCssPx();
  // When the finger did it (the event's own time), on the clock of every other input event: a
  // tap is told from a resting finger by how long it was down, not by how late a busy page got
  // to its events.
  const double ago = std::max(0.0, (emscripten_get_now() - event->timestamp) / 1000.0);
  const double now = glfwGetTime() - ago;
  touch.out_.clear();
  for (int i = 0; i < event->numTouches; ++i) {
    const EmscriptenTouchPoint& point = event->touches[i];
    if (!point.isChanged) continue;
    TouchReport report;
    report.kind = kind;
    report.touch = static_cast<std::uint32_t>(point.identifier);
    report.x = static_cast<double>(point.targetX) * scale;
    report.y = static_cast<double>(point.targetY) * scale;
    report.time = now;
    touch.points_.Translate(report, touch.out_);
  }
  for (const InputEvent& e : touch.out_) touch.queue_->Push(e);
  return 1;
}

}  // namespace pps
