// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <vector>

#include "core/input/input_event.h"
#include "core/input/touch_as_mouse.h"

using namespace pps;

namespace {

constexpr PointerId kFinger1{PointerSource::Touch, 1};
constexpr PointerId kFinger2{PointerSource::Touch, 2};
constexpr PointerId kCursor7{PointerSource::Tuio, 7};

// A 400 x 400 px board at the origin with one chip at [80, 120] x [80, 120].
struct Scene {
  std::vector<ChipRect> chips{{{80.0f, 80.0f}, {120.0f, 120.0f}}};
  PointerTargets targets;
  TouchAsMouse touch;

  Scene() {
    targets.board = {{0.0f, 0.0f}, {400.0f, 400.0f}};
    targets.chips = &chips;
  }

  std::vector<PointerId> Apply(std::vector<InputEvent> events) {
    touch.Apply(events, targets);
    std::vector<PointerId> ids;
    for (const InputEvent& e : events) ids.push_back(e.pointer);
    return ids;
  }
};

InputEvent At(PointerId p, PointerPhase phase, float x, float y) {
  return PointerEvent(p, phase, {x, y}, 0.0);
}

using Ids = std::vector<PointerId>;

}  // namespace

TEST_CASE("a touch off the tokens acts as the mouse until it lifts") {
  Scene s;
  CHECK(s.Apply({At(kFinger1, PointerPhase::Down, 500, 30)}) == Ids{kMousePointer});
  CHECK(s.touch.Active());
  CHECK(s.Apply({At(kFinger1, PointerPhase::Move, 500, 60)}) == Ids{kMousePointer});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 60)}) == Ids{kMousePointer});
  CHECK_FALSE(s.touch.Active());
  // In the next frame the mouse leaves the screen: nothing stays lit under a lifted finger.
  std::vector<InputEvent> next;
  s.touch.Apply(next, s.targets);
  REQUIRE(next.size() == 1);
  CHECK(next[0].pointer == kMousePointer);
  CHECK(next[0].phase == PointerPhase::Move);
  CHECK(next[0].at.x < -1e30f);
  CHECK(s.Apply({}).empty());  // once
  // The next tap, from another source, works the buttons the same way.
  CHECK(s.Apply({At(kCursor7, PointerPhase::Down, 10, 10),
                 At(kCursor7, PointerPhase::Up, 10, 10)}) == Ids{kMousePointer, kMousePointer});
}

TEST_CASE("a touch on a token stays a touch, for the board alone") {
  Scene s;
  CHECK(s.Apply({At(kFinger1, PointerPhase::Down, 100, 100)}) == Ids{kFinger1});
  CHECK_FALSE(s.touch.Active());
  CHECK(s.Apply({At(kFinger1, PointerPhase::Move, 600, 100)}) == Ids{kFinger1});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 600, 100)}) == Ids{kFinger1});
}

TEST_CASE("only one touch at a time works the buttons: a second finger off the tokens is ignored") {
  Scene s;
  CHECK(s.Apply({At(kFinger1, PointerPhase::Down, 500, 30),
                 At(kFinger2, PointerPhase::Down, 520, 90)}) == Ids{kMousePointer, kFinger2});
  CHECK(s.Apply({At(kFinger2, PointerPhase::Up, 520, 90),
                 At(kFinger1, PointerPhase::Up, 500, 30)}) == Ids{kFinger2, kMousePointer});
  // Lifting the second finger first did not end the first one's turn; now both are done.
  CHECK_FALSE(s.touch.Active());
}

TEST_CASE("while the mouse's button is down, no touch takes it over") {
  Scene s;
  CHECK(s.Apply({At(kMousePointer, PointerPhase::Down, 5, 5),
                 At(kFinger1, PointerPhase::Down, 500, 30)}) == Ids{kMousePointer, kFinger1});
  CHECK_FALSE(s.touch.Active());
  CHECK(s.Apply({At(kMousePointer, PointerPhase::Up, 5, 5),
                 At(kFinger2, PointerPhase::Down, 500, 30)}) == Ids{kMousePointer, kMousePointer});
  CHECK(s.touch.Active());
}

TEST_CASE("a cancelled touch gives the mouse back") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 500, 30)});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Cancel, 500, 30)}) == Ids{kMousePointer});
  CHECK_FALSE(s.touch.Active());
}

TEST_CASE("LandsOnToken: on a chip inside the board only") {
  Scene s;
  CHECK(LandsOnToken(s.targets, {100, 100}));
  CHECK_FALSE(LandsOnToken(s.targets, {200, 200}));
  s.chips.push_back({{380.0f, 380.0f}, {420.0f, 420.0f}});  // half off the board
  CHECK(LandsOnToken(s.targets, {390, 390}));
  CHECK_FALSE(LandsOnToken(s.targets, {410, 410}));
}
