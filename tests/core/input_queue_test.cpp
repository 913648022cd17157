// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <vector>

#include "core/input/input_event.h"
#include "core/input/input_queue.h"

using namespace pps;

namespace {

constexpr PointerId kTouch0{PointerSource::Touch, 0};
constexpr PointerId kTuio0{PointerSource::Tuio, 0};

InputEvent Mouse(PointerPhase phase, float x, double time) {
  return PointerEvent(kMousePointer, phase, {x, 0.0f}, time);
}

// The events' times: each test stamps its events 1, 2, 3, ... to tell them apart.
std::vector<double> Times(const std::vector<InputEvent>& frame) {
  std::vector<double> times;
  for (const InputEvent& e : frame) times.push_back(e.time);
  return times;
}

using Ts = std::vector<double>;

}  // namespace

// ---- InputQueue ---------------------------------------------------------------------------------

TEST_CASE(
    "a move, press and release arriving together reach two frames: move and press, then "
    "release") {
  InputQueue q;
  q.Push(Mouse(PointerPhase::Move, 10.0f, 1));
  q.Push(Mouse(PointerPhase::Down, 10.0f, 2));
  q.Push(Mouse(PointerPhase::Up, 10.0f, 3));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  REQUIRE(frame.size() == 2);
  CHECK(frame[0].phase == PointerPhase::Move);
  CHECK(frame[1].phase == PointerPhase::Down);
  CHECK(q.Pending());
  q.TakeFrame(frame);
  REQUIRE(frame.size() == 1);
  CHECK(frame[0].phase == PointerPhase::Up);
  CHECK_FALSE(q.Pending());
  q.TakeFrame(frame);
  CHECK(frame.empty());
}

TEST_CASE("a mouse move after a press waits for the next frame") {
  InputQueue q;
  q.Push(Mouse(PointerPhase::Down, 10.0f, 1));
  q.Push(Mouse(PointerPhase::Move, 20.0f, 2));
  q.Push(Mouse(PointerPhase::Move, 30.0f, 3));
  q.Push(Mouse(PointerPhase::Up, 30.0f, 4));
  q.Push(Mouse(PointerPhase::Move, 40.0f, 5));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{1});
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{2, 3, 4});  // moves, then one change of button
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{5});
  CHECK_FALSE(q.Pending());
}

TEST_CASE("many mouse moves without a button change all reach one frame") {
  InputQueue q;
  for (int i = 1; i <= 5; ++i) q.Push(Mouse(PointerPhase::Move, 10.0f * static_cast<float>(i), i));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{1, 2, 3, 4, 5});
  CHECK_FALSE(q.Pending());
}

TEST_CASE("every pointer changes its button once per frame; other pointers are not held back") {
  InputQueue q;
  q.Push(PointerEvent(kTuio0, PointerPhase::Down, {1, 1}, 1));
  q.Push(PointerEvent(kTouch0, PointerPhase::Down, {5, 5}, 2));
  q.Push(Mouse(PointerPhase::Down, 1.0f, 3));
  q.Push(PointerEvent(kTuio0, PointerPhase::Move, {2, 2}, 4));  // the TUIO cursor's next: waits
  q.Push(PointerEvent(kTouch0, PointerPhase::Up, {5, 5}, 5));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{1, 2, 3});
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{4, 5});
  CHECK_FALSE(q.Pending());
}

TEST_CASE("ten fingers landing together reach one frame, their lifting the next") {
  InputQueue q;
  for (std::uint32_t i = 0; i < 10; ++i)
    q.Push(PointerEvent({PointerSource::Touch, i}, PointerPhase::Down, {1, 1}, i));
  for (std::uint32_t i = 0; i < 10; ++i)
    q.Push(PointerEvent({PointerSource::Touch, i}, PointerPhase::Up, {1, 1}, 10 + i));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  CHECK(frame.size() == 10);
  q.TakeFrame(frame);
  CHECK(frame.size() == 10);
  CHECK_FALSE(q.Pending());
}

TEST_CASE("after the mouse's one button change, everything else waits in order") {
  InputQueue q;
  q.Push(Mouse(PointerPhase::Down, 1.0f, 1));
  q.Push(PointerEvent(kTouch0, PointerPhase::Down, {5, 5}, 2));  // before the mouse's next
  q.Push(Mouse(PointerPhase::Up, 1.0f, 3));
  q.Push(PointerEvent(kTouch0, PointerPhase::Up, {5, 5}, 4));  // after it: waits
  q.Push(KeyEvent(Key::Z, kModCtrl, true, 5));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{1, 2});
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{3, 4, 5});
}

TEST_CASE("key and scroll events flow in order and do not count as a mouse change") {
  InputQueue q;
  q.Push(KeyEvent(Key::Digit1, kModNone, true, 1));
  q.Push(KeyEvent(Key::Digit1, kModNone, false, 2));
  q.Push(ScrollEvent(0.0f, 1.0f, 3));
  q.Push(KeyEvent(Key::Z, kModCtrl, true, 4));
  q.Push(KeyEvent(Key::Z, kModCtrl, false, 5));
  q.Push(Mouse(PointerPhase::Down, 1.0f, 6));
  q.Push(KeyEvent(Key::Q, kModCtrl, true, 7));
  std::vector<InputEvent> frame;
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{1, 2, 3, 4, 5, 6, 7});
  REQUIRE(frame.size() == 7);
  CHECK(frame[0].kind == InputKind::Key);
  CHECK(frame[0].down);
  CHECK_FALSE(frame[1].down);
  CHECK(frame[2].kind == InputKind::Scroll);
  CHECK(frame[2].scroll_y == 1.0f);
  CHECK(frame[6].key == Key::Q);
}

TEST_CASE("Pending reports whether events wait for a later frame") {
  InputQueue q;
  CHECK_FALSE(q.Pending());
  q.Push(KeyEvent(Key::Q, kModCtrl, true, 1));
  CHECK(q.Pending());
  std::vector<InputEvent> frame(3);  // stale content is cleared
  q.TakeFrame(frame);
  CHECK(Times(frame) == Ts{1});
  CHECK_FALSE(q.Pending());
  q.TakeFrame(frame);
  CHECK(frame.empty());
}
