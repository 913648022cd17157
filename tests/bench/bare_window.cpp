// SPDX-License-Identifier: EUPL-1.2
// The floor: a bare GLFW + OpenGL 3.3 + Dear ImGui window with ImGui's own font and nothing
// else, opened the same way as the app's. Presents --frames N frames (default 1) and exits;
// with --frames 0 it runs until closed, waiting for events like the app, or with --poll
// drawing every frame as the app does while a token is dragged. --frame-log FILE logs each
// frame as the app's --frame-log does (its input: the mouse's moves and buttons).

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "platform/window.h"
#include "ui/frame/frame_log.h"

namespace {

// The mouse input a frame took: when its earliest event arrived and how many there were.
struct FrameInput {
  double earliest = -1.0;  // s, glfwGetTime()
  int pointer_events = 0;
};
FrameInput frame_input;

void Arrived() {
  if (frame_input.pointer_events++ == 0) frame_input.earliest = glfwGetTime();
}
void OnCursor(GLFWwindow*, double, double) {
  Arrived();
}
void OnButton(GLFWwindow*, int, int, int) {
  Arrived();
}

}  // namespace

int main(int argc, char** argv) {
  int frames = 1, width = 1280, height = 800;
  bool poll = false, ok = true;
  std::string log_path;
  for (int i = 1; i < argc && ok; ++i) {
    const bool has_value = i + 1 < argc;
    if (std::strcmp(argv[i], "--frames") == 0 && has_value) frames = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--size") == 0 && has_value)
      ok = std::sscanf(argv[++i], "%dx%d", &width, &height) == 2 && width > 0 && height > 0;
    else if (std::strcmp(argv[i], "--frame-log") == 0 && has_value) log_path = argv[++i];
    else if (std::strcmp(argv[i], "--poll") == 0) poll = true;
    else ok = false;
  }
  if (!ok || frames < 0) {
    std::cerr << "usage: pps-bare-window [--frames N] [--size WxH] [--poll] [--frame-log FILE]\n";
    return 2;
  }
  std::string error;
  pps::Window window = pps::OpenWindow({"bare", width, height, false, true}, error);
  if (!window.handle) {
    std::cerr << "pps-bare-window: " << error << "\n";
    return 1;
  }
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  // Ours first: ImGui's backend calls them on from its own callbacks.
  glfwSetCursorPosCallback(window.handle, OnCursor);
  glfwSetMouseButtonCallback(window.handle, OnButton);
  ImGui_ImplGlfw_InitForOpenGL(window.handle, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  pps::FrameLog log(log_path.empty() ? 0 : pps::FrameLog::kDefaultCapacity);
  for (int frame = 0; frames == 0 ? !glfwWindowShouldClose(window.handle) : frame < frames;
       ++frame) {
    double start = glfwGetTime();
    if (frames == 0 && !poll && frame > 2) glfwWaitEvents(), start = glfwGetTime();
    else glfwPollEvents();
    log.Begin(start, frame_input.earliest, frame_input.pointer_events);
    frame_input = {};
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("bare");
    ImGui::TextUnformatted("bare window");
    ImGui::End();
    ImGui::Render();
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window.handle);
    log.End(glfwGetTime());
  }
  int exit_code = 0;
  if (log.On()) {
    const double monotonic_now =
        std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    const std::string e = log.Write(log_path, monotonic_now - glfwGetTime());
    if (!e.empty()) std::cerr << "pps-bare-window: " << e << "\n", exit_code = 1;
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  pps::CloseWindow(window);
  return exit_code;
}
