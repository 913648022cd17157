// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/frame_log.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace pps {

namespace {

constexpr const char* kMagic = "# pps-canvas frame log 2";

}  // namespace

FrameLog::FrameLog(std::size_t capacity) : capacity_(capacity) {
  frames_.reserve(capacity);
}

void FrameLog::Begin(double start, const std::vector<InputEvent>& input) {
  if (!On()) return;
  double earliest = -1.0;
  int pointers = 0;
  for (const InputEvent& e : input) {
    if (earliest < 0.0 || e.time < earliest) earliest = e.time;
    pointers += e.kind == InputKind::Pointer;
  }
  Begin(start, earliest, pointers);
}

void FrameLog::Begin(double start, double earliest_input, int pointer_events) {
  current_ = {start, start, earliest_input, pointer_events, 1.0};
}

void FrameLog::End(double swapped, double drawn) {
  if (!On()) return;
  if (frames_.size() >= capacity_) {
    ++dropped_;
    return;
  }
  current_.swapped = swapped;
  current_.drawn = drawn;
  frames_.push_back(current_);
}

std::string FrameLog::Write(const std::string& path, double monotonic_at_zero) const {
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (!file) return "--frame-log " + path + ": cannot be written";
  std::fprintf(file, "%s\n# monotonic_at_zero %.9f\n# dropped %zu\n", kMagic, monotonic_at_zero,
               dropped_);
  std::fprintf(file,
               "# start swapped earliest_input (s, glfwGetTime) pointer_events drawn (0-1)\n");
  for (const FrameTimes& f : frames_)
    std::fprintf(file, "%.9f %.9f %.9f %d %.4f\n", f.start, f.swapped, f.earliest_input,
                 f.pointer_events, f.drawn);
  const bool written = std::ferror(file) == 0;
  return std::fclose(file) == 0 && written ? "" : "--frame-log " + path + ": write failed";
}

FrameLogFile ReadFrameLog(const std::string& path) {
  FrameLogFile log;
  std::ifstream in(path);
  if (!in) {
    log.error = path + ": cannot be read";
    return log;
  }
  std::string line;
  if (!std::getline(in, line) || line != kMagic) {
    log.error = path + ":1: not a frame log (expected \"" + kMagic + "\")";
    return log;
  }
  bool have_clock = false;
  for (int number = 2; std::getline(in, line); ++number) {
    const auto fail = [&](const std::string& what) {
      log.error = path + ":" + std::to_string(number) + ": " + what;
      return log;
    };
    std::istringstream fields(line);
    if (line.rfind("# monotonic_at_zero ", 0) == 0) {
      std::string hash, key;
      if (!(fields >> hash >> key >> log.monotonic_at_zero)) return fail("bad clock line");
      have_clock = true;
    } else if (line.rfind("# dropped ", 0) == 0) {
      std::string hash, key;
      if (!(fields >> hash >> key >> log.dropped)) return fail("bad dropped line");
    } else if (line.rfind('#', 0) != 0) {
      FrameTimes f;
      std::string rest;
      if (!(fields >> f.start >> f.swapped >> f.earliest_input >> f.pointer_events >> f.drawn) ||
          (fields >> rest) || f.swapped < f.start || f.pointer_events < 0 || !(f.drawn >= 0.0) ||
          f.drawn > 1.0)
        return fail("expected <start> <swapped> <earliest_input> <pointer_events> <drawn>, got: " +
                    line);
      log.frames.push_back(f);
    }
  }
  if (!have_clock) log.error = path + ": no monotonic_at_zero line";
  return log;
}

}  // namespace pps
