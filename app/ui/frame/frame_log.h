// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Per-frame timings for benchmarks (--frame-log FILE): when each presented frame began, when its
// buffer swap returned, and when its earliest input arrived. Kept in memory reserved at the
// start and written once at exit, so that logging adds no I/O and no allocation to the frames
// it times.

#include <cstddef>
#include <string>
#include <vector>

#include "core/input/input_event.h"

namespace pps {

// One presented frame. Times in seconds of the platform's clock (glfwGetTime()).
struct FrameTimes {
  double start = 0.0;            // the frame began (after any sleep waiting for input)
  double swapped = 0.0;          // the buffer swap returned: the frame is on screen
  double earliest_input = -1.0;  // the earliest arrival among the frame's events; -1: none
  int pointer_events = 0;        // pointer events the frame took (mouse, touch, TUIO)
  double drawn = 1.0;            // the share of the screen the frame drew again, 0 to 1
};

class FrameLog {
 public:
  static constexpr std::size_t kDefaultCapacity = 1 << 16;  // frames; about 18 min at 60 Hz

  // A log of at most `capacity` frames; 0 logs nothing (the default: no --frame-log).
  explicit FrameLog(std::size_t capacity = 0);

  // Whether frames are being logged.
  bool On() const { return capacity_ > 0; }

  // Notes the start of a frame and the input it took.
  void Begin(double start, const std::vector<InputEvent>& input);

  // The same, for a program that counts its input itself (the bare window).
  void Begin(double start, double earliest_input, int pointer_events);

  // Completes the frame begun last with the time its swap returned and the share of the screen
  // it drew; a full log drops it and counts it.
  void End(double swapped, double drawn = 1.0);

  const std::vector<FrameTimes>& Frames() const { return frames_; }
  std::size_t Dropped() const { return dropped_; }

  // Writes the log as text. `monotonic_at_zero` is CLOCK_MONOTONIC (steady_clock) in seconds at
  // the clock's time 0, so that another process can put its own times on the same clock.
  // Returns an error naming the file, empty on success.
  std::string Write(const std::string& path, double monotonic_at_zero) const;

 private:
  std::size_t capacity_ = 0;
  std::vector<FrameTimes> frames_;
  FrameTimes current_;
  std::size_t dropped_ = 0;
};

// A frame log as read back from its file.
struct FrameLogFile {
  std::vector<FrameTimes> frames;
  double monotonic_at_zero = 0.0;  // s; see FrameLog::Write
  std::size_t dropped = 0;
  std::string error;  // names the file and the line; empty when it was read
};

// Reads a file that FrameLog::Write wrote.
FrameLogFile ReadFrameLog(const std::string& path);

}  // namespace pps
