// SPDX-License-Identifier: EUPL-1.2
#pragma once
// CPU time of whole frames of the real UI, headless, while a token is dragged; and of the bare
// ImDrawList calls that draw the same chips, in the same ImGui context.

#include <string>

namespace pps::bench {

struct FrameResult {
  int tokens = 0;
  // Median and 95th percentile, ms.
  double frame_ms = 0.0, frame_p95_ms = 0.0;  // the app: NewFrame, DrawApp, Render
  double floor_ms = 0.0, floor_p95_ms = 0.0;  // only the ImDrawList calls of the chips drawn
  double floor_all_ms = 0.0;                  // the same for every chip, none culled
  double hash_ms = 0.0;  // hashing the frame's draw data, as the app's loop does to see it settle
  double damage_ms = 0.0;  // finding the tiles that changed (ui/frame/frame_damage), as a window does
  double damaged = 0.0;    // the share of the screen's tiles that changed (median)
  int drawn = 0;           // chips not wholly buried under others
  double allocs_per_frame = 0.0;  // heap allocations in a steady-state app frame
  std::string error;              // empty when the measurement ran
};

// Opens a generated sketch of `tokens` activities from the library in `data_dir`, drags one
// token in a circle across both axes and times `frames` frames after a warm-up.
FrameResult MeasureFrames(const std::string& data_dir, int tokens, int frames);

// The frames of a story line's step under way (ui/state/view_state.h, StoryPlay::Glide).
struct StepResult {
  int tokens = 0;
  int frames = 0;                             // timed: every frame of every glide
  double frame_ms = 0.0, frame_p95_ms = 0.0;  // median and 95th percentile, ms
  double allocs_per_frame = 0.0;
  std::string error;  // empty when the measurement ran
};

// Presents a story line on a generated sketch of `tokens` activities whose one step takes every
// token across the formal axis, and times each frame while the step glides there and back,
// `glides` times.
StepResult MeasureStepFrames(const std::string& data_dir, int tokens, int glides);

}  // namespace pps::bench
