// SPDX-License-Identifier: EUPL-1.2
#include "platform/web/web_frame_io.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <filesystem>
#include <system_error>

#include "core/model/sketch_file.h"
#include "core/model/token_texts.h"
#include "platform/board_export.h"
#include "platform/web/web_page.h"
#include "ui/widgets/theme.h"

namespace pps {

namespace {

constexpr const char* kCanvas = "#canvas";

// A sketch file dropped on the page or picked: opened on the board as a case is (one undo step
// back), or said why not; the page's copy goes either way.
void OpenDropped(AppState& state, const std::string& path) {
  Loaded<Sketch> sketch = LoadSketch(path);
  std::error_code ec;
  std::filesystem::remove(path, ec);
  if (!sketch) {
    Tell(state, sketch.error);
    return;
  }
  // A QR code's link left the publication's texts behind: this copy has them.
  RestoreTokenTexts(state.content, *sketch.value);
  const Sketch* origin = FindCase(state.content, sketch.value->id);
  state.board.Open(std::move(*sketch.value), origin);
}

// The canvas's CSS size in the device's pixels: what it should hold.
CanvasSize WantedCanvas() {
  double css_w = 0.0, css_h = 0.0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  CanvasSize size;
  size.pixel_ratio = emscripten_get_device_pixel_ratio();
  size.width = static_cast<int>(std::lround(css_w * size.pixel_ratio));
  size.height = static_cast<int>(std::lround(css_h * size.pixel_ratio));
  return size;
}

}  // namespace

CanvasSize FollowCanvas() {
  const CanvasSize size = WantedCanvas();
  int w = 0, h = 0;
  emscripten_get_canvas_element_size(kCanvas, &w, &h);
  if (size.width > 0 && size.height > 0 && (w != size.width || h != size.height))
    emscripten_set_canvas_element_size(kCanvas, size.width, size.height);
  return size;
}

bool WebFrameIo::Resized() const {
  const CanvasSize wanted = WantedCanvas();
  return wanted.width != size_.width || wanted.height != size_.height;
}

void WebFrameIo::Begin(AppState& state) {
  size_ = FollowCanvas();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(size_.width), static_cast<float>(size_.height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  const double now = glfwGetTime();
  io.DeltaTime = last_ > 0.0 && now > last_ ? static_cast<float>(now - last_) : 1.0f / 60.0f;
  last_ = now;
  ImGui_ImplOpenGL3_NewFrame();
  if (!PageHasNews()) return;
  TakePageNews(opened_, notes_);
  for (const std::string& note : notes_) Tell(state, note);
  for (const std::string& path : opened_) OpenDropped(state, path);
  opened_.clear();
  notes_.clear();
}

void WebFrameIo::Draw(ImDrawData& draw_data) {
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(kPaper);
  glViewport(0, 0, size_.width, size_.height);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(paper.x, paper.y, paper.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(&draw_data);
}

double WebFrameIo::Show(ImDrawData& draw_data, const std::vector<PixelRect>& /*changed*/) {
  Draw(draw_data);  // the browser shows it when the animation frame ends
  OfferDownloads();
  return 1.0;
}

std::string WebFrameIo::CaptureBoard(const AppState& state, ImDrawData& draw_data,
                                     std::string& png) {
  Draw(draw_data);
  return CaptureBoardPng(state, size_.width, size_.height, png).what();
}

double WebFrameIo::Now() {
  return glfwGetTime();
}

}  // namespace pps
