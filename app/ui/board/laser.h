// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Presenting, the laser pointer: a finger or the mouse leaves a bright trail that fades within a
// second and moves nothing, to say "look here" to a room. Each pointer draws its own line; a
// line breaks where its pointer lifted or another pointer's samples came between.

#include <array>
#include <vector>

#include "core/input/input_event.h"

struct ImDrawList;

namespace pps {

struct Laser {
  static constexpr int kSamples = 192;     // four fingers' second of moves at 60 Hz, and more
  static constexpr double kSeconds = 1.0;  // how long a sample shows
  struct Sample {
    PointerId pointer;
    ScreenPoint at;  // px
    double time = 0.0;
    bool starts = false;  // the first of a line: not joined to the sample before it
  };
  bool on = false;
  std::array<Sample, kSamples> samples{};
  int next = 0, count = 0;

  // Adds the pointer moves and presses of `input` (a mouse moving without a press too, as a
  // laser pointer follows the hand), at `now`: the frame's time, the clock DrawLaser fades by.
  void Follow(const std::vector<InputEvent>& input, double now);
  void Clear() { next = count = 0; }
};

// Draws the trail on `draw`, each sample fading over Laser::kSeconds. Returns true while any of it
// shows (draw more frames).
bool DrawLaser(ImDrawList* draw, const Laser& laser, double now, float scale);

}  // namespace pps
