// SPDX-License-Identifier: EUPL-1.2
#include "shell/speaker_frame.h"

#include "ui/panels/speaker_notes.h"

namespace pps {

ImDrawData& StepSpeakerFrame(AppState& state, SpeakerFrame& frame, const SpeakerPointer& pointer,
                             double now, ClockTime clock) {
  if (frame.started < 0.0) frame.started = now;
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime =
      frame.last >= 0.0 && now > frame.last ? static_cast<float>(now - frame.last) : 1.0f / 60.0f;
  frame.last = now;
  io.MousePos = ImVec2(pointer.x, pointer.y);
  io.MouseDown[0] = pointer.down;
  io.MouseWheel = pointer.wheel;
  ImGui::NewFrame();
  frame.targets.Clear();
  // The designer's fonts and scale: the trainer reads it close by.
  const Ui ui{state.content, state.language, state.scale,
              state.fonts,   frame.targets,  state.commands};
  // The type as the room's screen shows it: part way, while a story line's step glides.
  const Classification& c = state.shown_type;
  DrawSpeakerNotes({ui, c, state.presentation, state.laser.on, state.spotlight.on, clock.hour,
                    clock.minute, static_cast<int>(now - frame.started), OpenStoryOf(state),
                    state.story.step, &state.story.because});
  ImGui::Render();
  return *ImGui::GetDrawData();
}

}  // namespace pps
