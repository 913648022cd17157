// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A story line: a type shift told step by step, for a trainer in front of a room. A start board
// and steps that change it (add, move, weigh, remove tokens) or only show a caption. The board
// at any step is the start with the steps before it applied, so a step back is exact. The file
// format is in data/README.md (core/model/story_file.h reads it).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/io/loaded.h"
#include "core/model/pps_type.h"
#include "core/model/sketch.h"

namespace pps {

inline constexpr std::size_t kMaxStorySteps = 100;
inline constexpr std::size_t kMaxStepChanges = 100;   // of each kind, in one step
inline constexpr std::size_t kMaxCaptionBytes = 300;  // a room reads it in one look

struct StoryMove {
  std::string token;
  BoardPoint to;  // board units
};

struct StoryWeight {
  std::string token;
  double weight = 1.0;  // (0, 100]
};

struct StoryStep {
  LocalText caption;       // what the room reads
  LocalText notes;         // for the presenter's view
  std::vector<Token> add;  // put on top, in this order (ids made unique as on the board)
  std::vector<StoryMove> move;
  std::vector<StoryWeight> weight;
  std::vector<std::string> remove;  // token ids
};

struct Story {
  std::string id;
  LocalText name;
  LocalText description;
  std::optional<PpsType> claims;  // the type it ends in, as its author says
  std::string start_case;         // the case it starts from; empty: its own tokens
  Sketch start;                   // the board it starts from
  std::vector<StoryStep> steps;
  std::string file;  // one's own (recorded): where it is kept; empty: shipped with the app
};

// Applies `step` to `sketch`: add, move, weight, remove, in that order. A token it names that is
// not on the board is an error naming the change ("move/0/token: ..."); the sketch is then left
// as far as the step got.
Error ApplyStep(Sketch& sketch, const StoryStep& step);

// The board after the first `count` steps of `story` (0: its start; past the last: the end).
// A loaded story's steps all apply (LoadStory checks them).
Sketch StoryBoard(const Story& story, std::size_t count);

}  // namespace pps
