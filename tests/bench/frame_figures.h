// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The figures of a frame log (ui/frame/frame_log.h) over one gesture of real input: whole frames,
// input to pixels from each event's arrival and from its sending, and the checks a log must
// pass for them to mean anything. Times on CLOCK_MONOTONIC are the bench's; the log's
// monotonic_at_zero puts the app's on the same clock.

#include <string>
#include <utility>
#include <vector>

#include "ui/frame/frame_log.h"

namespace pps::bench {

// Median and 95th percentile of some samples, ms; count 0 when nothing was measured.
struct Figures {
  double median_ms = -1.0, p95_ms = -1.0;
  int count = 0;
};

// One gesture as it happened: when it began and ended and when each event was sent, in
// seconds on CLOCK_MONOTONIC.
struct Phase {
  double begin = 0.0, end = 0.0;
  std::vector<double> sent;
};

// Median and 95th percentile of `ms`.
Figures Summarise(std::vector<double> ms);

// Whole frames that began during the gesture: wall ms from the frame's start to its swap. With
// `moved_only`, only those that took pointer events and so show a move: where the CPU draws, a
// frame draws only what changed, and one in between (a fading trail) costs next to nothing.
Figures WholeFrames(const FrameLogFile& log, const Phase& phase, bool moved_only = false);

// The median share of the screen (0 to 1) drawn by the frames of the gesture that took pointer
// events.
double MedianDrawn(const FrameLogFile& log, const Phase& phase);

// Frames that took the gesture's pointer events (those that arrived until `until`, the next
// gesture's start): ms from the arrival of the frame's earliest event to its swap.
Figures FromArrival(const FrameLogFile& log, const Phase& phase, double until);

// The same from when the bench sent each event: an event sent before a frame began is taken by
// the first frame with input that begins after it (the mouse is read at the frame's start;
// TUIO arrives within a fraction of a millisecond). Per frame, its earliest such event.
Figures FromSent(const FrameLogFile& log, const Phase& phase, double until);

// What a log must hold for its figures to mean anything: frames within the process's life
// (`spawned`..`exited`) on the bench's clock, each swap after its frame's start, an input time
// only with input and never after the swap; and every event each gesture sent counted in the
// frames that took it (gestures with the time their events may arrive until). Empty when so.
std::string CheckLog(const FrameLogFile& log, double spawned, double exited,
                     const std::vector<std::pair<const Phase*, double>>& gestures);

}  // namespace pps::bench
