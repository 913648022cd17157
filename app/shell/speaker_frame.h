// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One frame of the presenter's view (ui/panels/speaker_notes.h), in an ImGui context of its own
// beside the app's: the platform's second window (platform/speaker_window.h), or a test's. What
// its buttons ask for joins the app's commands, applied at the end of the app's next frame.

#include <imgui.h>

#include "ui/state/app_state.h"

namespace pps {

// The mouse over the presenter's view, as it stands (px in its window).
struct SpeakerPointer {
  float x = -1.0f, y = -1.0f;  // outside: -1
  bool down = false;
  float wheel = 0.0f;  // notches since the last frame
};

// The presenter's view between frames.
struct SpeakerFrame {
  TapTargets targets;     // the buttons drawn in the last frame (for tests and --dump-layout)
  double started = -1.0;  // when presenting began, on the caller's clock; -1: at the next frame
  double last = -1.0;     // when the last frame ran
};

// The local time of day, for the presenter's clock.
struct ClockTime {
  int hour = 0, minute = 0;
};

// Runs one frame of the presenter's view of `state` in the current ImGui context, whose
// DisplaySize the caller has set: `pointer` fed to ImGui, the view drawn, ImGui's frame rendered.
// `now` is seconds on the caller's clock. Returns what to draw.
ImDrawData& StepSpeakerFrame(AppState& state, SpeakerFrame& frame, const SpeakerPointer& pointer,
                             double now, ClockTime clock);

}  // namespace pps
