// SPDX-License-Identifier: EUPL-1.2
#include "platform/speaker_window.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cmath>
#include <ctime>
#include <functional>
#include <iostream>

#include "platform/input.h"
#include "platform/window.h"
#include "ui/widgets/theme.h"

namespace pps {

namespace {

// The open window's mouse states (SpeakerWindow::pointer_): there is one presenter's window.
std::vector<SpeakerPointer>* g_pointer = nullptr;

// The window lost its pixels (uncovered, mapped again): drawn again at the next frame.
bool g_exposed = false;

void OnRefresh(GLFWwindow*) {
  g_exposed = true;
}

// A move before any press since the last frame joins the state the frame starts with; one after
// a press or a release is a state of its own, so that a press off a button slid onto it is no
// click.
void OnCursor(GLFWwindow*, double x, double y) {
  if (g_pointer->size() > 1) g_pointer->push_back(g_pointer->back()), g_pointer->back().wheel = 0;
  g_pointer->back().x = static_cast<float>(x);
  g_pointer->back().y = static_cast<float>(y);
}

void OnLeave(GLFWwindow*, int entered) {
  if (!entered) g_pointer->back().x = g_pointer->back().y = -1.0f;
}

void OnButton(GLFWwindow*, int button, int action, int) {
  if (button != GLFW_MOUSE_BUTTON_LEFT) return;
  SpeakerPointer next = g_pointer->back();
  next.down = action == GLFW_PRESS;
  next.wheel = 0.0f;
  g_pointer->push_back(next);
}

void OnScroll(GLFWwindow*, double, double y) {
  g_pointer->back().wheel += static_cast<float>(y);
}

template <typename T>
void Mix(std::size_t& hash, const T& value) {
  hash ^= std::hash<T>()(value) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
}

}  // namespace

void SpeakerWindow::Follow(const Screen* screen, GLFWwindow* app, InputQueue& queue) {
  if (!screen) return Close();
  if (failed_) return;
  if (window_ && screen->x == screen_.x && screen->y == screen_.y &&
      screen->width == screen_.width && screen->height == screen_.height)
    return;
  if (window_) {  // the screens swapped: to the other one
    glfwRestoreWindow(window_);
    glfwSetWindowPos(window_, screen->x, screen->y);
    glfwSetWindowSize(window_, screen->width, screen->height);
    glfwMaximizeWindow(window_);
    screen_ = *screen;
    drawn_ = 0;
    return;
  }
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  // Placed on its screen before it is shown, then maximised there: a window manager maximises a
  // window on the screen it stands on. It takes no focus from the room's window.
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
  window_ = glfwCreateWindow(screen->width, screen->height, "PPS Canvas \xE2\x80\x94 presenter",
                             nullptr, app);
  if (!window_) {  // the room's window goes on without the presenter's
    failed_ = true;
    std::cerr << "pps-canvas: cannot open the presenter's window: " << LastGlfwError() << "\n";
    return;
  }
  glfwSetWindowPos(window_, screen->x, screen->y);
  glfwShowWindow(window_);
  glfwMaximizeWindow(window_);
  screen_ = *screen;
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(0);  // the app's window waits for the screen; this one need not as well
  glfwMakeContextCurrent(app);
  pointer_ = {SpeakerPointer{}};
  g_pointer = &pointer_;
  ForwardKeys(window_, queue);
  glfwSetCursorPosCallback(window_, OnCursor);
  glfwSetCursorEnterCallback(window_, OnLeave);
  glfwSetMouseButtonCallback(window_, OnButton);
  glfwSetScrollCallback(window_, OnScroll);
  glfwSetWindowRefreshCallback(window_, OnRefresh);
  ImGuiContext* app_context = ImGui::GetCurrentContext();
  context_ = ImGui::CreateContext(ImGui::GetIO().Fonts);
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::SetCurrentContext(app_context);
  frame_ = SpeakerFrame{};
  drawn_ = 0;
}

bool SpeakerWindow::Frame(AppState& state, GLFWwindow* app) {
  if (!window_) return false;
  if (glfwWindowShouldClose(window_)) {
    glfwSetWindowShouldClose(window_, GLFW_FALSE);
    state.commands.emplace_back(CommandKind::LeavePresenting);
    return true;
  }
  const double now = glfwGetTime();
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  int w = 0, h = 0, fw = 0, fh = 0;
  glfwGetWindowSize(window_, &w, &h);
  glfwGetFramebufferSize(window_, &fw, &fh);
  // What it shows: drawn again only when that changed.
  std::size_t key = 1;
  const Presentation& p = state.presentation;
  Mix(key, state.board.Revision());
  Mix(key, state.shown_type.type ? static_cast<int>(*state.shown_type.type) : -1);
  for (const int field : {static_cast<int>(p.blank), p.first_point, p.points_shown, p.room_screen,
                          static_cast<int>(state.language), static_cast<int>(state.laser.on),
                          static_cast<int>(state.spotlight.on), state.story.story, state.story.step,
                          w, h, local.tm_hour * 60 + local.tm_min,
                          frame_.started < 0.0 ? -1 : static_cast<int>(now - frame_.started)})
    Mix(key, field);
  Mix(key, state.scale);
  const SpeakerPointer& last = pointer_.back();
  Mix(key, last.x), Mix(key, last.y), Mix(key, last.down), Mix(key, last.wheel);
  if (key == drawn_ && pointer_.size() == 1 && !g_exposed) return false;
  g_exposed = false;

  ImGuiContext* app_context = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ApplyTheme(state.scale);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  if (w > 0 && h > 0)
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(fw) / static_cast<float>(w),
                                        static_cast<float>(fh) / static_cast<float>(h));
  const std::size_t asked = state.commands.size();
  ImDrawData* data = nullptr;
  // A press and a release between two frames: a frame each, as ImGui needs to see a click. The
  // first state is the last frame's, with the moves and the wheel before the press.
  for (std::size_t i = 0; i < pointer_.size(); ++i)
    data = &StepSpeakerFrame(state, frame_, pointer_[i], now, {local.tm_hour, local.tm_min});
  pointer_ = {pointer_.back()};
  pointer_.back().wheel = 0.0f;
  drawn_ = key;

  glfwMakeContextCurrent(window_);
  glViewport(0, 0, fw, fh);
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(kPaper);
  glClearColor(paper.x, paper.y, paper.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  // Drawn by the app's renderer, whose shader, buffers and font texture this context shares.
  ImGui::SetCurrentContext(app_context);
  ImGui_ImplOpenGL3_RenderDrawData(data);
  glfwSwapBuffers(window_);
  glfwMakeContextCurrent(app);
  return state.commands.size() > asked;
}

double SpeakerWindow::NextTick(double now) const {
  return frame_.started < 0.0 ? 0.0 : 1.0 - std::fmod(now - frame_.started, 1.0);
}

Screen SpeakerWindow::Where() const {
  Screen where;
  if (!window_) return where;
  glfwGetWindowPos(window_, &where.x, &where.y);
  glfwGetWindowSize(window_, &where.width, &where.height);
  return where;
}

void SpeakerWindow::Close() {
  failed_ = false;
  if (!window_) return;
  ReleaseKeys(window_);                           // the Esc that closes it is still down
  if (context_) ImGui::DestroyContext(context_);  // the fonts stay the app's, its context current
  glfwDestroyWindow(window_);
  window_ = nullptr;
  context_ = nullptr;
  g_pointer = nullptr;
}

}  // namespace pps
