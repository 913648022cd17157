// SPDX-License-Identifier: EUPL-1.2
#include "frame_figures.h"

#include <algorithm>
#include <cmath>

namespace pps::bench {

Figures Summarise(std::vector<double> ms) {
  Figures f;
  f.count = static_cast<int>(ms.size());
  if (ms.empty()) return f;
  std::sort(ms.begin(), ms.end());
  const auto at = [&](double q) {
    return ms[static_cast<std::size_t>(std::lround(q * static_cast<double>(ms.size() - 1)))];
  };
  f.median_ms = at(0.5);
  f.p95_ms = at(0.95);
  return f;
}

Figures WholeFrames(const FrameLogFile& log, const Phase& phase, bool moved_only) {
  const double begin = phase.begin - log.monotonic_at_zero, end = phase.end - log.monotonic_at_zero;
  std::vector<double> ms;
  for (const FrameTimes& f : log.frames)
    if (f.start >= begin && f.start <= end && (!moved_only || f.pointer_events > 0))
      ms.push_back((f.swapped - f.start) * 1e3);
  return Summarise(ms);
}

double MedianDrawn(const FrameLogFile& log, const Phase& phase) {
  const double begin = phase.begin - log.monotonic_at_zero, end = phase.end - log.monotonic_at_zero;
  std::vector<double> shares;
  for (const FrameTimes& f : log.frames)
    if (f.start >= begin && f.start <= end && f.pointer_events > 0) shares.push_back(f.drawn);
  if (shares.empty()) return 0.0;
  std::nth_element(shares.begin(), shares.begin() + static_cast<std::ptrdiff_t>(shares.size() / 2),
                   shares.end());
  return shares[shares.size() / 2];
}

Figures FromArrival(const FrameLogFile& log, const Phase& phase, double until) {
  const double begin = phase.begin - log.monotonic_at_zero, end = until - log.monotonic_at_zero;
  std::vector<double> ms;
  for (const FrameTimes& f : log.frames)
    if (f.pointer_events > 0 && f.earliest_input >= begin && f.earliest_input <= end)
      ms.push_back((f.swapped - f.earliest_input) * 1e3);
  return Summarise(ms);
}

Figures FromSent(const FrameLogFile& log, const Phase& phase, double until) {
  const double end = until - log.monotonic_at_zero;
  std::vector<double> earliest(log.frames.size(), -1.0);
  for (const double sent_at : phase.sent) {
    const double s = sent_at - log.monotonic_at_zero;
    for (std::size_t k = 0; k < log.frames.size(); ++k) {
      const FrameTimes& f = log.frames[k];
      if (f.start < s || f.pointer_events == 0) continue;
      if (f.start <= end && earliest[k] < 0.0) earliest[k] = s;
      break;
    }
  }
  std::vector<double> ms;
  for (std::size_t k = 0; k < log.frames.size(); ++k)
    if (earliest[k] >= 0.0) ms.push_back((log.frames[k].swapped - earliest[k]) * 1e3);
  return Summarise(ms);
}

std::string CheckLog(const FrameLogFile& log, double spawned, double exited,
                     const std::vector<std::pair<const Phase*, double>>& gestures) {
  const double m = log.monotonic_at_zero;
  for (const FrameTimes& f : log.frames) {
    if (f.start + m < spawned - 0.01 || f.swapped + m > exited + 0.01)
      return "a logged frame lies outside the process's life: its clock is not CLOCK_MONOTONIC";
    if (f.swapped <= f.start) return "a logged frame's swap did not return after it began";
    if (f.earliest_input > f.swapped)
      return "a logged frame took input that arrived after its swap returned";
    if (f.earliest_input < 0.0 && f.pointer_events > 0)
      return "a logged frame took pointer events with no arrival time";
  }
  for (const auto& [phase, until] : gestures) {
    int counted = 0;
    for (const FrameTimes& f : log.frames)
      if (f.earliest_input + m >= phase->begin && f.earliest_input + m <= until)
        counted += f.pointer_events;
    if (counted < static_cast<int>(phase->sent.size()))
      return "the frames took " + std::to_string(counted) +
             " pointer events of a gesture that sent " + std::to_string(phase->sent.size());
  }
  return "";
}

}  // namespace pps::bench
