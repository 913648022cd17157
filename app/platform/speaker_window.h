// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Presenting on two screens: a second window on the trainer's screen with the presenter's view
// (shell/speaker_frame.h), while the app's own window fills the room's. Its GL context shares
// the app's objects (the fonts' texture, the renderer's shader and buffers), and its ImGui
// context the app's fonts; it draws only when what it shows changed, or the clock did. Its keys
// go to the app's queue, so a clicker works whichever window has the focus; its mouse works its
// own buttons. Closing it stops presenting.

#include <vector>

#include "core/input/input_queue.h"
#include "platform/screens.h"
#include "shell/speaker_frame.h"

struct GLFWwindow;
struct ImGuiContext;

namespace pps {

class SpeakerWindow {
 public:
  SpeakerWindow() = default;
  SpeakerWindow(const SpeakerWindow&) = delete;
  SpeakerWindow& operator=(const SpeakerWindow&) = delete;
  ~SpeakerWindow() { Close(); }

  // Open on `screen` while there is one (presenting on two screens), closed without. `app` is
  // the app's window, whose GL context is current before and after.
  void Follow(const Screen* screen, GLFWwindow* app, InputQueue& queue);

  // Draws the view of `state` when it changed, the clock's second included. Returns whether
  // its buttons asked for something (state.commands): the app's next frame should come at once.
  bool Frame(AppState& state, GLFWwindow* app);

  bool Open() const { return window_ != nullptr; }
  // Seconds from `now` (glfwGetTime) to when the time since presenting began shows the next
  // second.
  double NextTick(double now) const;
  const SpeakerFrame& View() const { return frame_; }
  // Where the window is on the desktop (px).
  Screen Where() const;

  void Close();

 private:
  GLFWwindow* window_ = nullptr;
  ImGuiContext* context_ = nullptr;
  Screen screen_;
  SpeakerFrame frame_;
  // The mouse as the last frame had it, then each change of its button since, the last position
  // kept: a click between two frames is a press and a release, each a frame of ImGui's.
  std::vector<SpeakerPointer> pointer_ = {SpeakerPointer{}};
  std::size_t drawn_ = 0;  // what the last frame drawn showed (a hash; Frame)
  bool failed_ = false;    // the window could not open: not tried again until Close()
};

}  // namespace pps
