// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Story lines in the sidebar (ui/session/story_recording.h): at the foot of Schetsen, each one
// a button that opens it, "● Opnemen" to record one by doing it, and for one's own its steps
// (a caption typed for each, a step taken out), "Exporteer" and "Weg"; while recording, a bar
// on top of the sidebar says so, with "Bijschrift" for the last step and "Stop en bewaar".

#include "ui/panels/text_entry.h"
#include "ui/state/gallery_state.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

// The story lines, in the current window; `recording`: one is being recorded (no second).
void DrawStoryLines(const Ui& ui, const GalleryState& gallery, TextEntry& entry, bool recording);

// While a story line is recorded: what it has, and its buttons. Nothing otherwise.
void DrawRecordingBar(const Ui& ui, const StoryRecorder& recorder, TextEntry& entry);

}  // namespace pps
