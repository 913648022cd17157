// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "core/input/input_event.h"
#include "ui/frame/frame_log.h"

using namespace pps;

namespace {

std::string TempPath(const char* name) {
  return std::string("/tmp/pps-frame-log-") + name;
}

}  // namespace

TEST_CASE("frame log: a frame's earliest input and its pointer events", "[frame_log]") {
  FrameLog log(4);
  const std::vector<InputEvent> input = {
      PointerEvent(kMousePointer, PointerPhase::Move, {1, 1}, 2.5),
      KeyEvent(Key::Q, kModCtrl, true, 2.25),
      PointerEvent({PointerSource::Tuio, 3}, PointerPhase::Down, {2, 2}, 2.375)};
  log.Begin(3.0, input);
  log.End(3.5);
  log.Begin(4.0, {});
  log.End(4.25);
  REQUIRE(log.Frames().size() == 2);
  CHECK(log.Frames()[0].start == 3.0);
  CHECK(log.Frames()[0].swapped == 3.5);
  CHECK(log.Frames()[0].earliest_input == 2.25);  // the key came first
  CHECK(log.Frames()[0].pointer_events == 2);
  CHECK(log.Frames()[1].earliest_input == -1.0);
  CHECK(log.Frames()[1].pointer_events == 0);
}

TEST_CASE("frame log: never grows past its capacity, and counts what it dropped", "[frame_log]") {
  FrameLog log(2);
  const std::vector<FrameTimes>::size_type capacity = log.Frames().capacity();
  for (int i = 0; i < 5; ++i) {
    log.Begin(i, {});
    log.End(i + 0.5);
  }
  CHECK(log.Frames().size() == 2);
  CHECK(log.Frames().capacity() == capacity);  // no allocation after the start
  CHECK(log.Dropped() == 3);

  FrameLog off;
  off.Begin(1.0, {});
  off.End(2.0);
  CHECK_FALSE(off.On());
  CHECK(off.Frames().empty());
}

TEST_CASE("frame log: written and read back unchanged", "[frame_log]") {
  FrameLog log(8);
  log.Begin(10.125, 10.0625, 3);
  log.End(10.25);
  log.Begin(10.25, -1.0, 0);
  log.End(10.5, 0.0625);
  const std::string path = TempPath("round-trip.txt");
  REQUIRE(log.Write(path, 1234.5).empty());
  const FrameLogFile read = ReadFrameLog(path);
  REQUIRE(read.error.empty());
  CHECK(read.monotonic_at_zero == Approx(1234.5));
  REQUIRE(read.frames.size() == 2);
  CHECK(read.frames[0].start == Approx(10.125));
  CHECK(read.frames[0].swapped == Approx(10.25));
  CHECK(read.frames[0].earliest_input == Approx(10.0625));
  CHECK(read.frames[0].pointer_events == 3);
  CHECK(read.frames[0].drawn == 1.0);  // a whole frame unless told
  CHECK(read.frames[1].earliest_input == -1.0);
  CHECK(read.frames[1].drawn == Approx(0.0625));
  std::remove(path.c_str());
}

TEST_CASE("frame log: a bad file is an error naming the file and the line", "[frame_log]") {
  const std::string path = TempPath("bad.txt");
  {
    std::ofstream out(path);
    out << "# pps-canvas frame log 2\n# monotonic_at_zero 5\n1.0 2.0 -1 0 1\n1.0 0.5 -1 0 1\n";
  }
  CHECK(ReadFrameLog(path).error.find(path + ":4:") == 0);
  {
    std::ofstream out(path);
    out << "# pps-canvas frame log 2\n# monotonic_at_zero 5\n1.0 2.0 -1 0 1.5\n";
  }
  CHECK(ReadFrameLog(path).error.find(path + ":3:") == 0);  // more than the whole screen
  {
    std::ofstream out(path);
    out << "something else\n";
  }
  CHECK(ReadFrameLog(path).error.find(path + ":1: not a frame log") == 0);
  {
    std::ofstream out(path);
    out << "# pps-canvas frame log 2\n1.0 2.0 -1 0 1\n";
  }
  CHECK(ReadFrameLog(path).error == path + ": no monotonic_at_zero line");
  CHECK(ReadFrameLog(TempPath("missing.txt")).error.find("cannot be read") != std::string::npos);
  CHECK(FrameLog(1).Write("/nonexistent/dir/log.txt", 0.0).find("cannot be written") !=
        std::string::npos);
  std::remove(path.c_str());
}
