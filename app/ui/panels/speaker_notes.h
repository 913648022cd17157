// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The presenter's view, on the trainer's own screen while the room's shows the board
// (platform/speaker_window.h): a clock and the time since presenting began; what the room sees
// now (the type, or a blank screen, and the pointing tool on); the next step ("no story line
// open" without a story line, else the next step's caption); the step the room sees, its notes
// and why it did that; and the notes, the type's guidance whole: its character, every point it
// asks of a partnership with what belongs to it (the ones on the room's screen marked), and its
// pitfalls. Buttons: give the room the other screen, and stop presenting.

#include "core/model/classify.h"
#include "core/model/story.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

struct SpeakerScene {
  const Ui& ui;
  const Classification& c;
  const Presentation& presentation;
  bool laser = false, spotlight = false;
  int hour = 0, minute = 0;  // the clock, local time
  int elapsed_s = 0;         // since presenting began
  const Story* story = nullptr;  // the story line open, at `step`, and why its step did that
  int step = 0;
  const LocalText* because = nullptr;
};

// Draws the presenter's view over the whole display, as a window of its own.
void DrawSpeakerNotes(const SpeakerScene& scene);

}  // namespace pps
