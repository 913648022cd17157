// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/board/board.h"
#include "core/input/input_event.h"
#include "core/input/input_queue.h"
#include "core/input/pointer_router.h"
#include "core/input/touch_as_mouse.h"
#include "core/input/touch_points.h"
#include "core/model/board_geometry.h"
#include "test_support.h"

using namespace pps;

namespace {

// Feeds reports one by one, keeping every event they gave, and the time going up.
struct Touches {
  TouchPoints points;
  std::vector<InputEvent> events;
  double time = 0.0;

  std::vector<InputEvent> Report(TouchKind kind, int device, std::uint32_t touch, double x,
                                 double y, double size = 0.0) {
    time += 0.01;
    const std::size_t before = events.size();
    points.Translate({kind, device, touch, x, y, time, size}, events);
    return {events.begin() + static_cast<std::ptrdiff_t>(before), events.end()};
  }
  std::vector<InputEvent> Begin(int d, std::uint32_t t, double x, double y, double size = 0.0) {
    return Report(TouchKind::Begin, d, t, x, y, size);
  }
  std::vector<InputEvent> Update(int d, std::uint32_t t, double x, double y, double size = 0.0) {
    return Report(TouchKind::Update, d, t, x, y, size);
  }
  std::vector<InputEvent> End(int d, std::uint32_t t, double x, double y) {
    return Report(TouchKind::End, d, t, x, y);
  }
};

bool Is(const InputEvent& e, PointerPhase phase, float x, float y) {
  return e.kind == InputKind::Pointer && e.pointer.source == PointerSource::Touch &&
         e.phase == phase && e.at.x == x && e.at.y == y;
}

}  // namespace

TEST_CASE("touch points: a touch gives down, moves and up for one touch pointer, in order") {
  Touches t;
  const auto down = t.Begin(2, 7, 100.5, 200.25);
  REQUIRE(down.size() == 1);
  CHECK(Is(down[0], PointerPhase::Down, 100.5f, 200.25f));
  const PointerId id = down[0].pointer;
  CHECK(id.source == PointerSource::Touch);
  CHECK(id != kMousePointer);
  CHECK(t.points.Live() == 1);

  const auto move = t.Update(2, 7, 110.0, 210.0);
  REQUIRE(move.size() == 1);
  CHECK(Is(move[0], PointerPhase::Move, 110.0f, 210.0f));
  CHECK(move[0].pointer == id);
  CHECK(move[0].time == Approx(t.time));

  const auto up = t.End(2, 7, 120.0, 220.0);
  REQUIRE(up.size() == 1);
  CHECK(Is(up[0], PointerPhase::Up, 120.0f, 220.0f));
  CHECK(up[0].pointer == id);
  CHECK(t.points.Live() == 0);
  // The touch is gone: its later reports reach nothing.
  CHECK(t.Update(2, 7, 130.0, 230.0).empty());
  CHECK(t.End(2, 7, 130.0, 230.0).empty());
}

TEST_CASE("touch points: ten fingers at once are ten pointers, each following its own finger") {
  Touches t;
  std::set<std::uint32_t> ids;
  std::vector<PointerId> pointers;
  for (std::uint32_t f = 0; f < 10; ++f) {
    const auto down = t.Begin(3, 100 + f, 10.0 * f, 5.0);
    REQUIRE(down.size() == 1);
    CHECK(down[0].phase == PointerPhase::Down);
    ids.insert(down[0].pointer.id);
    pointers.push_back(down[0].pointer);
  }
  CHECK(ids.size() == 10);
  CHECK(t.points.Live() == 10);
  for (std::uint32_t f = 0; f < 10; ++f) {  // each finger moves down by its own amount
    const auto move = t.Update(3, 100 + f, 10.0 * f, 5.0 + f);
    REQUIRE(move.size() == 1);
    CHECK(move[0].pointer == pointers[f]);
    CHECK(Is(move[0], PointerPhase::Move, 10.0f * static_cast<float>(f),
             5.0f + static_cast<float>(f)));
  }
  for (std::uint32_t f = 10; f-- > 0;) {  // lifted in the other order
    const auto up = t.End(3, 100 + f, 0.0, 0.0);
    REQUIRE(up.size() == 1);
    CHECK(up[0].pointer == pointers[f]);
    CHECK(up[0].phase == PointerPhase::Up);
  }
  CHECK(t.points.Live() == 0);
}

TEST_CASE("touch points: the same touch id on two devices is two pointers") {
  Touches t;
  const auto a = t.Begin(11, 5, 1.0, 1.0);
  const auto b = t.Begin(12, 5, 2.0, 2.0);
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].pointer != b[0].pointer);
  const auto move_b = t.Update(12, 5, 3.0, 3.0);
  REQUIRE(move_b.size() == 1);
  CHECK(move_b[0].pointer == b[0].pointer);
  const auto up_a = t.End(11, 5, 1.0, 1.0);
  REQUIRE(up_a.size() == 1);
  CHECK(up_a[0].pointer == a[0].pointer);
  CHECK(t.points.Live() == 1);
  // A touch id used again after its End is a new pointer, never the old one.
  const auto again = t.Begin(11, 5, 4.0, 4.0);
  REQUIRE(again.size() == 1);
  CHECK(again[0].pointer != a[0].pointer);
  CHECK(again[0].pointer != b[0].pointer);
}

TEST_CASE("touch points: updates and ends of touches never begun are ignored") {
  Touches t;
  CHECK(t.Update(1, 9, 50.0, 50.0).empty());
  CHECK(t.End(1, 9, 50.0, 50.0).empty());
  CHECK(t.points.Live() == 0);
  REQUIRE(t.Begin(1, 1, 0.0, 0.0).size() == 1);
  CHECK(t.Update(2, 1, 50.0, 50.0).empty());  // same touch id, another device
  CHECK(t.End(1, 2, 50.0, 50.0).empty());     // same device, another touch id
  CHECK(t.points.Live() == 1);
}

TEST_CASE("touch points: a second begin for a live touch cancels the first where it was") {
  Touches t;
  const auto first = t.Begin(1, 4, 10.0, 10.0);
  t.Update(1, 4, 20.0, 20.0);
  const auto second = t.Begin(1, 4, 300.0, 300.0);
  REQUIRE(second.size() == 2);
  CHECK(second[0].pointer == first[0].pointer);
  CHECK(Is(second[0], PointerPhase::Cancel, 20.0f, 20.0f));
  CHECK(Is(second[1], PointerPhase::Down, 300.0f, 300.0f));
  CHECK(second[1].pointer != first[0].pointer);
  CHECK(t.points.Live() == 1);
}

TEST_CASE("touch points: past 32 live touches, new touches are dropped until a finger lifts") {
  Touches t;
  for (std::uint32_t f = 0; f < TouchPoints::kMaxTouches; ++f)
    REQUIRE(t.Begin(1, f, f, 0.0).size() == 1);
  CHECK(t.points.Live() == 32);
  CHECK(t.Begin(1, 32, 5.0, 5.0).empty());
  CHECK(t.Begin(2, 0, 5.0, 5.0).empty());
  CHECK(t.points.Dropped() == 2);
  // A dropped touch stays dropped, even when room comes free: no mid-gesture start.
  REQUIRE(t.End(1, 0, 0.0, 0.0).size() == 1);
  CHECK(t.Update(1, 32, 6.0, 6.0).empty());
  CHECK(t.End(1, 32, 6.0, 6.0).empty());
  // A new touch gets the free place.
  const auto fresh = t.Begin(1, 33, 7.0, 7.0);
  REQUIRE(fresh.size() == 1);
  CHECK(fresh[0].phase == PointerPhase::Down);
  CHECK(t.points.Live() == 32);
  // The live ones still move.
  CHECK(t.Update(1, 31, 8.0, 8.0).size() == 1);
}

TEST_CASE(
    "touch points: a device that goes away cancels its own touches only; cancel-all cancels every "
    "one") {
  Touches t;
  const auto a1 = t.Begin(1, 1, 10.0, 10.0);
  const auto a2 = t.Begin(1, 2, 20.0, 20.0);
  const auto b1 = t.Begin(2, 1, 30.0, 30.0);
  t.Update(1, 2, 25.0, 25.0);

  std::vector<InputEvent> out;
  t.points.CancelDevice(1, 9.0, out);
  REQUIRE(out.size() == 2);
  std::set<std::uint32_t> cancelled;
  for (const InputEvent& e : out) {
    CHECK(e.phase == PointerPhase::Cancel);
    CHECK(e.time == 9.0);
    cancelled.insert(e.pointer.id);
    if (e.pointer == a2[0].pointer) CHECK((e.at.x == 25.0f && e.at.y == 25.0f));  // last seen
  }
  CHECK(cancelled == std::set<std::uint32_t>{a1[0].pointer.id, a2[0].pointer.id});
  CHECK(t.points.Live() == 1);
  CHECK(t.Update(1, 1, 0.0, 0.0).empty());  // gone
  CHECK(t.Update(2, 1, 31.0, 31.0).size() == 1);

  out.clear();
  t.Begin(3, 1, 40.0, 40.0);
  t.points.CancelAll(10.0, out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].phase == PointerPhase::Cancel);
  CHECK(out[1].phase == PointerPhase::Cancel);
  CHECK(t.points.Live() == 0);
  CHECK(t.End(2, 1, 0.0, 0.0).empty());
  (void)b1;
}

TEST_CASE("touch points: touch reports with positions that are not numbers are ignored") {
  Touches t;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(t.Begin(1, 1, nan, 0.0).empty());
  CHECK(t.points.Live() == 0);
  REQUIRE(t.Begin(1, 1, 5.0, 6.0).size() == 1);
  CHECK(t.Update(1, 1, inf, 0.0).empty());
  const auto up = t.End(1, 1, 0.0, nan);
  REQUIRE(up.size() == 1);
  CHECK(Is(up[0], PointerPhase::Up, 5.0f, 6.0f));  // where it was last seen
}

TEST_CASE("touch points: a packed valuator is found by counting the set bits before it") {
  // Valuators 1, 5 and 9 carried (set in another order: the values still go in bit order).
  unsigned char mask[2] = {};
  for (int bit : {9, 1, 5}) mask[bit / 8] |= static_cast<unsigned char>(1 << (bit % 8));
  const double values[] = {10.0, 50.0, 90.0};
  CHECK(PackedValuator(mask, 2, values, 1) == 10.0);
  CHECK(PackedValuator(mask, 2, values, 5) == 50.0);
  CHECK(PackedValuator(mask, 2, values, 9) == 90.0);
  // Not carried: its bit is clear, or past the mask, or no valuator at all.
  CHECK_FALSE(PackedValuator(mask, 2, values, 0));
  CHECK_FALSE(PackedValuator(mask, 2, values, 6));
  CHECK_FALSE(PackedValuator(mask, 2, values, 16));
  CHECK_FALSE(PackedValuator(mask, 1, values, 9));  // the mask ends before the bit
  CHECK_FALSE(PackedValuator(mask, 2, values, -1));
  CHECK_FALSE(PackedValuator(nullptr, 0, nullptr, 0));
}

TEST_CASE("touch points: a touch major in surface units is px as the screen spans x's range") {
  // A screen of 0..4095 units across 1920 px: 256 units are 120 px (4096 / 1920 = 2.1 a px).
  CHECK(TouchMajorToPx(256.0, 0.0, 4096.0, 1920.0) == Approx(120.0));
  CHECK(TouchMajorToPx(256.0, 1000.0, 5096.0, 1920.0) == Approx(120.0));  // only the range counts
  // Nonsense is unknown, never a palm: a range or width of none or less, values not numbers.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(TouchMajorToPx(256.0, 4096.0, 4096.0, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(256.0, 4096.0, 0.0, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(256.0, 0.0, 4096.0, 0.0) == 0.0);
  CHECK(TouchMajorToPx(-5.0, 0.0, 4096.0, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(nan, 0.0, 4096.0, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(inf, 0.0, 4096.0, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(256.0, 0.0, inf, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(256.0, -inf, 0.0, 1920.0) == 0.0);
  CHECK(TouchMajorToPx(256.0, 0.0, 4096.0, nan) == 0.0);
  // Larger than the screen is the screen: a palm, whatever the driver meant.
  CHECK(TouchMajorToPx(1e12, 0.0, 4096.0, 1920.0) == 1920.0);
  CHECK(TouchMajorToPx(256.0, 0.0, 1e-300, 1920.0) == 1920.0);
}

TEST_CASE("touch points: down and moves carry the contact's size; a move without one keeps it") {
  Touches t;
  const auto down = t.Begin(1, 1, 10.0, 10.0, 12.5);
  REQUIRE(down.size() == 1);
  CHECK(down[0].size == 12.5f);
  const auto grown = t.Update(1, 1, 11.0, 10.0, 80.0);
  REQUIRE(grown.size() == 1);
  CHECK(grown[0].size == 80.0f);
  const auto same = t.Update(1, 1, 12.0, 10.0);  // the server sent no touch major: unchanged
  REQUIRE(same.size() == 1);
  CHECK(same[0].size == 80.0f);
  // A screen that tells no size gives 0, as the mouse; so does a size that makes no sense.
  CHECK(t.Begin(1, 2, 50.0, 50.0)[0].size == 0.0f);
  CHECK(t.Begin(1, 3, 60.0, 60.0, -4.0)[0].size == 0.0f);
  CHECK(t.Begin(1, 4, 70.0, 70.0, std::numeric_limits<double>::quiet_NaN())[0].size == 0.0f);
  CHECK(t.Begin(1, 5, 80.0, 80.0, 1e300)[0].size > 0.0f);  // huge, but a float's: a palm
}

TEST_CASE("touch points: a contact of a palm's size presses nothing through TouchAsMouse") {
  std::vector<ChipRect> chips;
  PointerTargets targets;
  targets.board = {{0.0f, 0.0f}, {400.0f, 400.0f}};
  targets.chips = &chips;
  const double heel = 2.0 * TouchAsMouse::kPalmSize;

  for (const double size : {0.0, heel}) {
    Touches t;
    TouchAsMouse touch;
    std::vector<InputEvent> frame = t.Begin(1, 1, 500.0, 30.0, size);  // on a button
    touch.Apply(frame, targets);
    std::vector<InputEvent> lift = t.End(1, 1, 500.0, 30.0);
    touch.Apply(lift, targets);
    // A fingertip's tap is played as the mouse; the heel of a hand presses nothing.
    const bool played = std::any_of(lift.begin(), lift.end(), [](const InputEvent& e) {
      return e.pointer == kMousePointer && e.phase == PointerPhase::Down;
    });
    CHECK(played == (size == 0.0));
  }
}

namespace {

Token Named(const std::string& id, double formal, double outside) {
  Token tok = test::At(formal, outside);
  tok.id = id;
  return tok;
}

}  // namespace

TEST_CASE(
    "touch points: two fingers drag two tokens through the queue and the router, as one undo step "
    "each") {
  // A board of 400 x 400 px at the origin: board (f, o) is at px (200 + 200 f, 200 + 200 o).
  Board board;
  Sketch s;
  s.tokens = {Named("a", -0.5, -0.5), Named("c", 0.5, 0.5)};  // at (100, 100) and (300, 300)
  board.Restore(s, nullptr, std::nullopt, nullptr);
  std::vector<ChipRect> chips;
  PointerTargets targets;
  targets.board = {{0.0f, 0.0f}, {400.0f, 400.0f}};
  targets.remove_zone = {{450.0f, 0.0f}, {500.0f, 50.0f}};
  targets.chips = &chips;
  auto layout = [&] {
    chips.clear();
    for (const Token& tok : board.Current().tokens) {
      const ScreenPoint p = BoardToScreen(targets.layout, targets.board, tok.position);
      chips.push_back({{p.x - 20.0f, p.y - 20.0f}, {p.x + 20.0f, p.y + 20.0f}});
    }
  };
  layout();

  Touches t;
  InputQueue queue;
  PointerRouter router;
  std::vector<InputEvent> frame;
  int routed = 0;
  auto run_frames = [&] {
    for (const InputEvent& e : t.events) queue.Push(e);
    t.events.clear();
    while (queue.Pending()) {
      queue.TakeFrame(frame);
      for (const InputEvent& e : frame) {
        // As DrawApp does: a press meets the chips as they are after the presses before it.
        if (e.phase == PointerPhase::Down) layout();
        routed += router.Route(board, e, targets) ? 1 : 0;
      }
    }
  };

  // Two fingers of one screen land on a and c in the same frame, and move at once.
  t.Begin(5, 1, 100.0, 100.0);
  t.Begin(5, 2, 300.0, 300.0);
  run_frames();
  CHECK(router.Any());
  for (int i = 1; i <= 10; ++i) {
    t.Update(5, 1, 100.0, 100.0 + 10.0 * i);  // a down to outside 0
    t.Update(5, 2, 300.0 - 10.0 * i, 300.0);  // c left to formal 0
    run_frames();
  }
  t.End(5, 1, 100.0, 200.0);
  t.End(5, 2, 200.0, 300.0);
  run_frames();

  CHECK(routed == 2 + 20 + 2);
  CHECK_FALSE(router.Any());
  const Token* a = FindToken(board.Current(), "a");
  const Token* c = FindToken(board.Current(), "c");
  REQUIRE(a);
  REQUIRE(c);
  CHECK(a->position.formal == Approx(-0.5));
  CHECK(a->position.outside == Approx(0.0).margin(1e-9));
  CHECK(c->position.formal == Approx(0.0).margin(1e-9));
  CHECK(c->position.outside == Approx(0.5));
  REQUIRE(board.Undo());
  REQUIRE(board.Undo());
  CHECK_FALSE(board.CanUndo());
  CHECK(FindToken(board.Current(), "a")->position.outside == -0.5);
  CHECK(FindToken(board.Current(), "c")->position.formal == 0.5);
}

TEST_CASE("touch points: a touch the system takes (a browser's touchcancel) is cancelled") {
  Touches t;
  const auto down = t.Begin(0, 3, 50.0, 60.0);
  REQUIRE(down.size() == 1);
  t.Update(0, 3, 70.0, 80.0);
  // Where it was last seen, not where the cancel says: a cancel presses nothing and moves nothing.
  const auto cancel = t.Report(TouchKind::Cancel, 0, 3, 500.0, 500.0);
  REQUIRE(cancel.size() == 1);
  CHECK(Is(cancel[0], PointerPhase::Cancel, 70.0f, 80.0f));
  CHECK(cancel[0].pointer == down[0].pointer);
  CHECK(t.points.Live() == 0);
  CHECK(t.Report(TouchKind::Cancel, 0, 3, 70.0, 80.0).empty());
}
