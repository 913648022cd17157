// SPDX-License-Identifier: EUPL-1.2
#include "platform/desktop_frame_io.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>

#include "platform/board_export.h"
#include "platform/exit_signals.h"
#include "ui/widgets/theme.h"

namespace pps {

void DesktopFrameIo::Begin(AppState& state) {
  tuio_.Update(window_.handle, state.messages);
  PrepareImGuiFrame(window_);
  ImGui_ImplOpenGL3_NewFrame();
  fill_ = state.layer_renderer ? state.layer_renderer->SolidFill() : nullptr;
}

double DesktopFrameIo::Show(ImDrawData& draw_data, const std::vector<PixelRect>& changed_layers) {
  presenter_.Draw(draw_data, kPaper, true, fill_, changed_layers);
  if (hold_) hold_ = false;
  else presenter_.Show();
  return presenter_.Drawn();
}

std::string DesktopFrameIo::CaptureBoard(const AppState& state, ImDrawData& draw_data,
                                         std::string& png) {
  presenter_.Draw(draw_data, kPaper, false, fill_, state.chips.still.Changed());
  int width = 0, height = 0;
  glfwGetFramebufferSize(window_.handle, &width, &height);
  return CaptureBoardPng(state, width, height, png).what();
}

bool DesktopFrameIo::CloseAsked() { return glfwWindowShouldClose(window_.handle); }

bool DesktopFrameIo::Signalled() { return ExitSignalled(); }

void DesktopFrameIo::KeepOpen() { glfwSetWindowShouldClose(window_.handle, GLFW_FALSE); }

double DesktopFrameIo::Now() { return glfwGetTime(); }

}  // namespace pps
