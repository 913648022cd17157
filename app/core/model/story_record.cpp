// SPDX-License-Identifier: EUPL-1.2
#include "core/model/story_record.h"

#include <algorithm>
#include <utility>

namespace pps {

Recorded StepBetween(const Sketch& before, const Sketch& after) {
  StoryStep step;
  for (const Token& t : after.tokens) {
    const Token* was = FindToken(before, t.id);
    if (!was) {
      step.add.push_back(t);
      continue;
    }
    if (was->position.formal != t.position.formal || was->position.outside != t.position.outside)
      step.move.push_back({t.id, t.position});
    if (was->weight != t.weight) step.weight.push_back({t.id, t.weight});
  }
  for (const Token& t : before.tokens)
    if (!FindToken(after, t.id)) step.remove.push_back(t.id);
  const std::size_t most =
      std::max({step.add.size(), step.move.size(), step.weight.size(), step.remove.size()});
  if (most == 0) return {};
  if (most > kMaxStepChanges)
    return {std::nullopt, "one change of " + std::to_string(most) +
                              " tokens at once is more than a story line's step holds (" +
                              std::to_string(kMaxStepChanges) + ")"};
  return {std::move(step), {}};
}

Recording StartRecording(const Sketch& board) {
  return {board, board, {}};
}

Recorded Record(Recording& recording, const Sketch& board) {
  Recorded recorded = StepBetween(recording.last, board);
  if (!recorded.step) return recorded;
  if (recording.steps.size() >= kMaxStorySteps)
    return {std::nullopt, "a story line holds at most " + std::to_string(kMaxStorySteps) +
                              " steps: this change is not one of them"};
  recording.steps.push_back(*recorded.step);
  recording.last = board;
  return recorded;
}

Story RecordedStory(const Recording& recording, const std::string& id, const std::string& name) {
  Story story;
  story.id = id;
  story.name = {name, {}};
  story.start = recording.start;
  story.start.file.clear();
  story.steps = recording.steps;
  return story;
}

Error RemoveStep(Story& story, std::size_t k) {
  if (k >= story.steps.size()) return "there is no step " + std::to_string(k + 1);
  Story shorter = story;
  if (k + 1 < story.steps.size()) {
    const Sketch after = StoryBoard(story, k + 2);
    const Recorded merged = StepBetween(StoryBoard(story, k), after);
    if (merged.error) return merged.error;
    StoryStep next = merged.step.value_or(StoryStep{});
    next.caption = story.steps[k + 1].caption;
    next.notes = story.steps[k + 1].notes;
    shorter.steps[k + 1] = std::move(next);
    shorter.steps.erase(shorter.steps.begin() + static_cast<long>(k));
    // A token taken off and another with its id put on, a token renamed: one step cannot say
    // that, and the board after it would not be the same.
    if (!SameTokens(StoryBoard(shorter, k + 1), after))
      return "step " + std::to_string(k + 1) +
             " cannot be taken out: the step after it could not reach the same board";
  } else {
    shorter.steps.erase(shorter.steps.begin() + static_cast<long>(k));
  }
  story = std::move(shorter);
  return {};
}

}  // namespace pps
