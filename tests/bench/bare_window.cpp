// The floor for start-up time and memory: a bare GLFW + OpenGL 3.3 + Dear ImGui window with
// ImGui's own font and nothing else, opened the same way as the app's. Presents --frames N
// frames (default 1) and exits; with --frames 0 it waits for events, like the app, until closed.

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "platform/window.h"

int main(int argc, char** argv) {
  int frames = 1;
  if (argc == 3 && std::strcmp(argv[1], "--frames") == 0) frames = std::atoi(argv[2]);
  if (frames < 0 || (argc != 1 && argc != 3)) {
    std::cerr << "usage: pps-bare-window [--frames N]\n";
    return 2;
  }
  std::string error;
  pps::Window window = pps::OpenWindow({"bare", 1280, 800, false, true}, error);
  if (!window.handle) {
    std::cerr << "pps-bare-window: " << error << "\n";
    return 1;
  }
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window.handle, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  for (int frame = 0; frames == 0 ? !glfwWindowShouldClose(window.handle) : frame < frames;
       ++frame) {
    if (frames == 0 && frame > 2) glfwWaitEvents();
    else glfwPollEvents();
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
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  pps::CloseWindow(window);
  return 0;
}
