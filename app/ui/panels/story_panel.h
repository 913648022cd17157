// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Story lines in the sidebar (ui/session/story_recording.h): at the top of Schetsen, "● Opnemen"
// to record one by doing it; at its foot, each one a button that opens it, and for one's own its
// steps
// (a caption typed for each, a step taken out), "Exporteer" and "Weg"; while recording, a bar
// on top of the sidebar says so, with "Bijschrift" for the last step and "Stop en bewaar".

#include "ui/panels/text_entry.h"
#include "ui/state/gallery_state.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

// The story lines, in the current window.
void DrawStoryLines(const Ui& ui, const GalleryState& gallery, TextEntry& entry);

// "● Opnemen", `size` px: records a story line from the board as it is; not while one is
// (`recording`), nor without a folder to keep it in.
void RecordButton(const Ui& ui, const GalleryState& gallery, bool recording, ImVec2 size);

// While a story line is recorded: what it has, and its buttons. Nothing otherwise.
void DrawRecordingBar(const Ui& ui, const StoryRecorder& recorder, TextEntry& entry);

}  // namespace pps
