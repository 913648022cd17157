// SPDX-License-Identifier: EUPL-1.2
#include "platform/input.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace pps {

namespace {

InputQueue* QueueOf(GLFWwindow* window) {
  return static_cast<InputQueue*>(glfwGetWindowUserPointer(window));
}

// Where the mouse was as of the events delivered so far. Not glfwGetCursorPos: on X11 that asks
// the server where the pointer is now, which is ahead of a press still waiting to be delivered
// (a press and a quick drag during a slow frame would press where the drag had got to).
ScreenPoint last_cursor;

ScreenPoint CursorOf(GLFWwindow* /*window*/) { return last_cursor; }

void OnCursor(GLFWwindow* window, double x, double y) {
  last_cursor = {static_cast<float>(x), static_cast<float>(y)};
  QueueOf(window)->Push(PointerEvent(kMousePointer, PointerPhase::Move, last_cursor, glfwGetTime()));
}

void OnButton(GLFWwindow* window, int button, int action, int /*mods*/) {
  if (button != GLFW_MOUSE_BUTTON_LEFT) return;
  const PointerPhase phase = action == GLFW_PRESS ? PointerPhase::Down : PointerPhase::Up;
  QueueOf(window)->Push(PointerEvent(kMousePointer, phase, CursorOf(window), glfwGetTime()));
}

void OnScroll(GLFWwindow* window, double x, double y) {
  QueueOf(window)->Push(ScrollEvent(static_cast<float>(x), static_cast<float>(y), glfwGetTime()));
}

Key KeyOf(int key) {
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_9)
    return static_cast<Key>(static_cast<int>(Key::Digit1) + (key - GLFW_KEY_1));
  if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_9)
    return static_cast<Key>(static_cast<int>(Key::Digit1) + (key - GLFW_KEY_KP_1));
  switch (key) {
    case GLFW_KEY_Q:
      return Key::Q;
    case GLFW_KEY_Y:
      return Key::Y;
    case GLFW_KEY_Z:
      return Key::Z;
    case GLFW_KEY_BACKSPACE:
      return Key::Backspace;
    case GLFW_KEY_ENTER:
    case GLFW_KEY_KP_ENTER:
      return Key::Enter;
    case GLFW_KEY_ESCAPE:
      return Key::Escape;
    case GLFW_KEY_F5:
      return Key::F5;
    case GLFW_KEY_PAGE_DOWN:
      return Key::PageDown;
    case GLFW_KEY_PAGE_UP:
      return Key::PageUp;
    case GLFW_KEY_B:
      return Key::B;
    case GLFW_KEY_W:
      return Key::W;
    case GLFW_KEY_PERIOD:
      return Key::Period;
    case GLFW_KEY_COMMA:
      return Key::Comma;
    case GLFW_KEY_L:
      return Key::L;
    case GLFW_KEY_S:
      return Key::S;
    case GLFW_KEY_RIGHT:
    case GLFW_KEY_DOWN:
      return Key::Right;
    case GLFW_KEY_LEFT:
    case GLFW_KEY_UP:
      return Key::Left;
    case GLFW_KEY_SPACE:
      return Key::Space;
    case GLFW_KEY_T:
      return Key::T;
    case GLFW_KEY_C:
      return Key::C;
    case GLFW_KEY_HOME:
      return Key::Home;
    case GLFW_KEY_END:
      return Key::End;
    default:
      return Key::Other;
  }
}

void OnKey(GLFWwindow* window, int key, int /*scancode*/, int action, int mods) {
  const std::uint8_t m = static_cast<std::uint8_t>(((mods & GLFW_MOD_CONTROL) ? kModCtrl : 0) |
                                                   ((mods & GLFW_MOD_SHIFT) ? kModShift : 0) |
                                                   ((mods & GLFW_MOD_ALT) ? kModAlt : 0));
  QueueOf(window)->Push(KeyEvent(KeyOf(key), m, action != GLFW_RELEASE, glfwGetTime()));
}

// A character typed, after the keyboard layout and dead keys (GLFW sends none for Ctrl and Alt
// combinations): the text entry's, never a shortcut's.
void OnChar(GLFWwindow* window, unsigned int code_point) {
  QueueOf(window)->Push(CharEvent(static_cast<char32_t>(code_point), glfwGetTime()));
}

// A window that loses focus may never hear its button come up: let go of what the mouse holds.
void OnFocus(GLFWwindow* window, int focused) {
  if (!focused && glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS)
    QueueOf(window)->Push(
        PointerEvent(kMousePointer, PointerPhase::Cancel, CursorOf(window), glfwGetTime()));
}

}  // namespace

void StartInput(GLFWwindow* window, InputQueue& queue) {
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window, &x, &y);  // before any event: where the pointer is now
  last_cursor = {static_cast<float>(x), static_cast<float>(y)};
  glfwSetWindowUserPointer(window, &queue);
  glfwSetCursorPosCallback(window, OnCursor);
  glfwSetMouseButtonCallback(window, OnButton);
  glfwSetScrollCallback(window, OnScroll);
  glfwSetKeyCallback(window, OnKey);
  glfwSetCharCallback(window, OnChar);
  glfwSetWindowFocusCallback(window, OnFocus);
}

void ForwardKeys(GLFWwindow* window, InputQueue& queue) {
  glfwSetWindowUserPointer(window, &queue);
  glfwSetKeyCallback(window, OnKey);
}

void ReleaseKeys(GLFWwindow* window) {
  for (int key = GLFW_KEY_SPACE; key <= GLFW_KEY_LAST; ++key)
    if (glfwGetKey(window, key) == GLFW_PRESS) OnKey(window, key, 0, GLFW_RELEASE, 0);
}

void StopInput(GLFWwindow* window) {
  glfwSetCursorPosCallback(window, nullptr);
  glfwSetMouseButtonCallback(window, nullptr);
  glfwSetScrollCallback(window, nullptr);
  glfwSetKeyCallback(window, nullptr);
  glfwSetCharCallback(window, nullptr);
  glfwSetWindowFocusCallback(window, nullptr);
  glfwSetWindowUserPointer(window, nullptr);
}

void WakeFrameLoop() {
  glfwPostEmptyEvent();
}

void WaitForInput() {
  glfwWaitEvents();
}

void WaitForInput(double seconds) {
  glfwWaitEventsTimeout(seconds);
}

void PollInput() {
  glfwPollEvents();
}

}  // namespace pps
