// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A story line recorded by doing it once: from the board as it is, every settled change (a drag,
// an add, a remove, a weight) becomes a step, which a caption may then be given; kept, it is a
// story line like the shipped ones (core/model/story.h), played back to the same boards.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/io/loaded.h"
#include "core/model/story.h"

namespace pps {

// The step that takes `before` to `after`: the tokens only `after` has, added whole (in its
// order); those it holds elsewhere, moved; those weighing otherwise, weighed; those it lacks,
// removed. None when they hold the same tokens in the same places with the same weights: a
// token raised, renamed or given a note is no step (a step does not rename). An error when the
// step would hold more changes of one kind than a story line's file takes.
struct Recorded {
  std::optional<StoryStep> step;
  Error error;
};
Recorded StepBetween(const Sketch& before, const Sketch& after);

// A story line being recorded: where it began, the board after its last step, and its steps.
struct Recording {
  Sketch start;
  Sketch last;
  std::vector<StoryStep> steps;
};

// Starts recording from `board` as it is.
Recording StartRecording(const Sketch& board);

// Records the change from the recording's last board to `board` as its next step, if there is
// one. Returns whether a step was added; an error, and no step, past kMaxStorySteps or a step's
// limits (the recording then keeps what it had).
Recorded Record(Recording& recording, const Sketch& board);

// The story line `recording` made, named `name` with the id `id`.
Story RecordedStory(const Recording& recording, const std::string& id, const std::string& name);

// `story` without its step `k` (0-based): the boards before and after it are as they were, and
// the step after it takes the board from the one before straight to its own (its caption kept).
// An error, and `story` as it was, when that step would hold too many changes.
Error RemoveStep(Story& story, std::size_t k);

}  // namespace pps
