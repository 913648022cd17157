// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/input/input_event.h"
#include "core/input/touch_as_mouse.h"

using namespace pps;

namespace {

constexpr PointerId kFinger1{PointerSource::Touch, 1};
constexpr PointerId kFinger2{PointerSource::Touch, 2};
constexpr PointerId kCursor7{PointerSource::Tuio, 7};

// A 400 x 400 px board at the origin with one chip at [80, 120] x [80, 120]; buttons beyond it.
struct Scene {
  std::vector<ChipRect> chips{{{80.0f, 80.0f}, {120.0f, 120.0f}}};
  PointerTargets targets;
  TouchAsMouse touch;
  double time = 0.0;  // s, the frame's: each Apply is one frame of 1/60 s
  float scale = 1.0f;

  Scene() {
    targets.board = {{0.0f, 0.0f}, {400.0f, 400.0f}};
    targets.chips = &chips;
  }

  // One frame's events, each "SOURCE ID PHASE" (the mouse's source as "mouse").
  std::vector<std::string> Apply(std::vector<InputEvent> events) {
    for (InputEvent& e : events) e.time += time;
    time += 1.0 / 60.0;
    touch.Apply(events, targets, scale);
    std::vector<std::string> out;
    for (const InputEvent& e : events) {
      const char* phases[] = {"down", "move", "up", "cancel"};
      std::string who =
          e.pointer == kMousePointer ? "mouse" : "finger" + std::to_string(e.pointer.id);
      if (e.phase == PointerPhase::Move && e.at.x < -1e30f) who += " leaves";
      else who += std::string(" ") + phases[static_cast<int>(e.phase)];
      out.push_back(who);
    }
    return out;
  }
};

InputEvent At(PointerId p, PointerPhase phase, float x, float y, double after = 0.0) {
  return PointerEvent(p, phase, {x, y}, after);
}

using Out = std::vector<std::string>;

// A contact whose source measured it `size` px long (a TUIO blob).
InputEvent Sized(PointerId p, PointerPhase phase, float x, float y, float size) {
  InputEvent e = At(p, phase, x, y);
  e.size = size;
  return e;
}

// A fingertip and the heel of a hand, as a blob reports them (px at scale 1).
constexpr float kFingertip = 20.0f;
constexpr float kHeel = 90.0f;

constexpr PointerId kFinger3{PointerSource::Tuio, 3};
constexpr PointerId kFinger4{PointerSource::Tuio, 4};
constexpr PointerId kFinger5{PointerSource::Tuio, 5};

}  // namespace

TEST_CASE("a tap off the tokens is played as the mouse: pressed, let go in the next frame, gone") {
  Scene s;
  CHECK(s.Apply({At(kFinger1, PointerPhase::Down, 500, 30)}).empty());  // nothing while down
  // ...but it shows as pressed, and frames go on while it would still be a tap.
  ScreenPoint at[4];
  CHECK(s.touch.Pressing(s.time, at, 4) == 1);
  CHECK(at[0].x == 500.0f);
  CHECK(s.touch.Pending(s.time));
  CHECK(s.touch.Pressing(s.time + TouchAsMouse::kTapSeconds + 0.1, at, 4) == 0);
  CHECK_FALSE(s.touch.Pending(s.time + TouchAsMouse::kTapSeconds + 0.1));
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 30)}) == Out{"mouse move", "mouse down"});
  CHECK(s.touch.Pending(s.time));
  CHECK(s.Apply({}) == Out{"mouse up"});
  CHECK(s.Apply({}) == Out{"mouse leaves"});  // a finger has no hover: nothing stays lit
  CHECK_FALSE(s.touch.Pending(s.time));
  CHECK(s.Apply({}).empty());
}

TEST_CASE("a touch on a token stays a touch, for the board alone") {
  Scene s;
  CHECK(s.Apply({At(kFinger1, PointerPhase::Down, 100, 100)}) == Out{"finger1 down"});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Move, 600, 100)}) == Out{"finger1 move"});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 600, 100)}) == Out{"finger1 up"});
  CHECK(s.Apply({}).empty());
}

TEST_CASE("a finger resting off the tokens keeps nobody from tapping a button") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 200, 300)});  // someone points at the board
  s.Apply({At(kFinger1, PointerPhase::Move, 201, 301)});
  CHECK(s.Apply({At(kFinger2, PointerPhase::Down, 500, 30)}).empty());
  CHECK(s.Apply({At(kFinger2, PointerPhase::Up, 500, 30)}) == Out{"mouse move", "mouse down"});
  CHECK(s.Apply({}) == Out{"mouse up"});
}

TEST_CASE("two taps in one frame both happen, one after the other") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 500, 30), At(kCursor7, PointerPhase::Down, 900, 600)});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 30),
                 At(kCursor7, PointerPhase::Up, 900, 600)}) == Out{"mouse move", "mouse down"});
  CHECK(s.Apply({}) == Out{"mouse up"});
  CHECK(s.Apply({}) == Out{"mouse move", "mouse down"});
  CHECK(s.Apply({}) == Out{"mouse up"});
  CHECK(s.Apply({}) == Out{"mouse leaves"});
}

TEST_CASE("one finger lifting as another lands in the same frame: both taps happen") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 500, 30)});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 30),
                 At(kFinger2, PointerPhase::Down, 900, 600)}) == Out{"mouse move", "mouse down"});
  CHECK(s.Apply({At(kFinger2, PointerPhase::Up, 900, 600)}) == Out{"mouse up"});
  CHECK(s.Apply({}) == Out{"mouse move", "mouse down"});
}

TEST_CASE("a touch held longer than a tap presses nothing when it lifts") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 500, 30)});
  CHECK(
      s.Apply({At(kFinger1, PointerPhase::Up, 500, 30, TouchAsMouse::kTapSeconds + 0.1)}).empty());
  CHECK_FALSE(s.touch.Pending(s.time));
}

TEST_CASE("five contacts of one hand press nothing and drag nothing, landing at once or apart") {
  const PointerId fingers[] = {kFinger1, kFinger2, kFinger3, kFinger4, kFinger5};
  // The first on the token, the others beside it, a hand's width in all.
  const float xs[] = {100.0f, 150.0f, 180.0f, 210.0f, 240.0f};
  for (const double apart : {0.0, 0.016, 0.04}) {
    Scene s;
    std::vector<InputEvent> down, up;
    for (int i = 0; i < 5; ++i) {
      down.push_back(At(fingers[i], PointerPhase::Down, xs[i], 110.0f, apart * i));
      up.push_back(At(fingers[i], PointerPhase::Up, xs[i], 110.0f));
    }
    // The token the first contact took is let go as soon as the third lands.
    CHECK(s.Apply(down) == Out{"finger1 down", "finger1 cancel"});
    CHECK(s.Apply(up).empty());
    CHECK(s.Apply({}).empty());
  }
}

TEST_CASE("contacts of one hand lifted one by one press nothing either") {
  Scene s;
  const PointerId fingers[] = {kFinger1, kFinger2, kFinger3, kFinger4, kFinger5};
  const float xs[] = {500.0f, 530.0f, 560.0f, 590.0f, 620.0f};
  for (int i = 0; i < 5; ++i) s.Apply({At(fingers[i], PointerPhase::Down, xs[i], 60.0f)});
  for (int i = 0; i < 5; ++i)
    CHECK(s.Apply({At(fingers[i], PointerPhase::Up, xs[i], 60.0f)}).empty());
}

TEST_CASE("two people tapping far apart at the same moment are no palm") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 500, 30), At(kFinger2, PointerPhase::Down, 1500, 900)});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 30),
                 At(kFinger2, PointerPhase::Up, 1500, 900)}) == Out{"mouse move", "mouse down"});
}

TEST_CASE("a touch that moves past the slop drags as the mouse: a panel scrolls") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 500, 300)});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Move, 500, 250)}) ==
        Out{"mouse move", "mouse down", "mouse move"});
  CHECK(s.touch.Active());
  CHECK(s.Apply({At(kFinger1, PointerPhase::Move, 500, 200)}) == Out{"mouse move"});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 200)}) == Out{"mouse up"});
  CHECK_FALSE(s.touch.Active());
  CHECK(s.Apply({}) == Out{"mouse leaves"});
}

TEST_CASE("while the mouse's button is down, taps wait for it") {
  Scene s;
  s.Apply({At(kMousePointer, PointerPhase::Down, 5, 5), At(kFinger1, PointerPhase::Down, 500, 30)});
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 500, 30)}).empty());
  // ImGui reads the button once a frame: the mouse's click first, the tap in the next frame.
  CHECK(s.Apply({At(kMousePointer, PointerPhase::Up, 5, 5)}) == Out{"mouse up"});
  CHECK(s.Apply({}) == Out{"mouse move", "mouse down"});
}

TEST_CASE("a tap where a token was dragged since presses nothing") {
  Scene s;
  s.Apply({At(kFinger1, PointerPhase::Down, 300, 300)});
  s.chips.front() = {{280.0f, 280.0f}, {320.0f, 320.0f}};  // another finger brought a token
  CHECK(s.Apply({At(kFinger1, PointerPhase::Up, 300, 300)}).empty());
}

TEST_CASE("LandsOnToken: on a chip inside the board only") {
  Scene s;
  CHECK(LandsOnToken(s.targets, {100, 100}));
  CHECK_FALSE(LandsOnToken(s.targets, {200, 200}));
  s.chips.push_back({{380.0f, 380.0f}, {420.0f, 420.0f}});  // half off the board
  CHECK(LandsOnToken(s.targets, {390, 390}));
  CHECK_FALSE(LandsOnToken(s.targets, {410, 410}));
}

TEST_CASE("a finger-sized blob taps as before") {
  Scene s;
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Down, 500, 30, kFingertip)}).empty());
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Up, 500, 30, kFingertip)}) ==
        Out{"mouse move", "mouse down"});
  CHECK(s.Apply({}) == Out{"mouse up"});
  CHECK(s.Apply({}) == Out{"mouse leaves"});
  // And on a token it drags it.
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Down, 100, 100, kFingertip)}) ==
        Out{"finger4 down"});
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Move, 300, 100, kFingertip)}) ==
        Out{"finger4 move"});
}

TEST_CASE("a contact as large as a palm presses nothing and drags nothing") {
  Scene s;
  // On a button: no tap when it lifts, however soon.
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Down, 500, 30, kHeel)}).empty());
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Up, 500, 30, kHeel)}).empty());
  CHECK_FALSE(s.touch.Pending(s.time));
  // On a token: it takes nothing.
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Down, 100, 100, kHeel)}).empty());
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Move, 300, 100, kHeel)}).empty());
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Up, 300, 100, kHeel)}).empty());
  // Off the tokens, moving past the slop: no drag as the mouse (a panel would scroll).
  CHECK(s.Apply({Sized(kFinger5, PointerPhase::Down, 500, 300, kHeel)}).empty());
  CHECK(s.Apply({Sized(kFinger5, PointerPhase::Move, 500, 200, kHeel)}).empty());
  CHECK_FALSE(s.touch.Active());
  CHECK(s.Apply({Sized(kFinger5, PointerPhase::Up, 500, 200, kHeel)}).empty());
  CHECK_FALSE(s.touch.Pending(s.time));
}

TEST_CASE("a palm's size is px at scale 1: the threshold grows with the scale") {
  const float just_over = TouchAsMouse::kPalmSize + 5.0f;
  Scene one;
  one.Apply({Sized(kFinger3, PointerPhase::Down, 500, 30, just_over)});
  CHECK(one.Apply({Sized(kFinger3, PointerPhase::Up, 500, 30, just_over)}).empty());
  Scene two;
  two.scale = 2.0f;  // the same contact on a screen drawn twice as large is a finger
  two.Apply({Sized(kFinger3, PointerPhase::Down, 500, 30, just_over)});
  CHECK(two.Apply({Sized(kFinger3, PointerPhase::Up, 500, 30, just_over)}) ==
        Out{"mouse move", "mouse down"});
}

TEST_CASE("a contact that grows to a palm's size lets go of its token and presses nothing") {
  Scene s;
  // A finger lands on a token and takes it; the hand then flattens onto the table.
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Down, 100, 100, kFingertip)}) ==
        Out{"finger3 down"});
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Move, 104, 100, kHeel)}) == Out{"finger3 cancel"});
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Move, 300, 100, kHeel)}).empty());
  CHECK(s.Apply({Sized(kFinger3, PointerPhase::Up, 300, 100, kHeel)}).empty());
  // Off the tokens: the tap it would have been is none.
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Down, 500, 30, kFingertip)}).empty());
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Move, 500, 30, kHeel)}).empty());
  CHECK(s.Apply({Sized(kFinger4, PointerPhase::Up, 500, 30, kHeel)}).empty());
  CHECK_FALSE(s.touch.Pending(s.time));
  // Dragging as the mouse (a panel scrolling): the mouse is let go.
  s.Apply({Sized(kFinger5, PointerPhase::Down, 500, 300, kFingertip)});
  CHECK(s.Apply({Sized(kFinger5, PointerPhase::Move, 500, 250, kFingertip)}) ==
        Out{"mouse move", "mouse down", "mouse move"});
  CHECK(s.Apply({Sized(kFinger5, PointerPhase::Move, 500, 240, kHeel)}) == Out{"mouse cancel"});
  CHECK_FALSE(s.touch.Active());
}
