// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/board/board.h"
#include "core/input/input_event.h"
#include "core/input/pointer_router.h"
#include "core/model/board_geometry.h"
#include "test_support.h"

using namespace pps;

namespace {

constexpr PointerId kMouse{PointerSource::Mouse, 0};
constexpr PointerId kTuio0{PointerSource::Tuio, 0};
constexpr PointerId kTouch1{PointerSource::Touch, 1};
constexpr float kChipHalf = 20.0f;  // px

Token Named(const std::string& id, double formal, double outside) {
  Token t = test::At(formal, outside);
  t.id = id;
  return t;
}

// A board of 400 x 400 px at the origin, so board (f, o) is at px (200 + 200 f, 200 + 200 o):
//   a (-0.5, -0.5)  at (100, 100)   chip [80, 120]
//   b (-0.45, -0.5) at (110, 100)   chip [90, 130], overlapping a's and above it
//   d (1, 1)        at (400, 400)   chip [380, 420], half off the board
//   c (0.5, 0.5)    at (300, 300)   chip [280, 320], on top
// and a remove zone to the right of the board.
struct Scene {
  Board board;
  PointerRouter router;
  std::vector<ChipRect> chips;
  PointerTargets targets;
  double time = 0.0;

  Scene() {
    Sketch s;
    s.tokens = {Named("a", -0.5, -0.5), Named("b", -0.45, -0.5), Named("d", 1.0, 1.0),
                Named("c", 0.5, 0.5)};
    board.Restore(s, nullptr, std::nullopt, nullptr);
    targets.board = {{0.0f, 0.0f}, {400.0f, 400.0f}};
    targets.remove_zone = {{450.0f, 0.0f}, {500.0f, 50.0f}};
    targets.chips = &chips;
    Layout();
  }
  Scene(const Scene&) = delete;

  // The chips as the views would draw them for the board as it is now.
  void Layout() {
    chips.clear();
    for (const Token& t : board.Current().tokens) {
      const ScreenPoint p = BoardToScreen(targets.layout, targets.board, t.position);
      chips.push_back({{p.x - kChipHalf, p.y - kChipHalf}, {p.x + kChipHalf, p.y + kChipHalf}});
    }
  }

  bool Route(PointerId pointer, PointerPhase phase, float x, float y) {
    time += 0.01;
    const bool routed = router.Route(board, PointerEvent(pointer, phase, {x, y}, time), targets);
    Layout();
    return routed;
  }
  bool Down(PointerId p, float x, float y) { return Route(p, PointerPhase::Down, x, y); }
  bool Move(PointerId p, float x, float y) { return Route(p, PointerPhase::Move, x, y); }
  bool Up(PointerId p, float x, float y) { return Route(p, PointerPhase::Up, x, y); }
  bool Cancel(PointerId p, float x, float y) { return Route(p, PointerPhase::Cancel, x, y); }

  BoardPoint At(const std::string& id) const {
    const Token* t = FindToken(board.Current(), id);
    REQUIRE(t);
    return t->position;
  }
  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const Token& t : board.Current().tokens) ids.push_back(t.id);
    return ids;
  }
  std::string Held(PointerId p) const {
    const std::string* id = router.HeldBy(p);
    return id ? *id : std::string();
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("TopmostAt picks the last drawn chip containing the point") {
  const std::vector<ChipRect> chips = {{{0, 0}, {10, 10}}, {{5, 5}, {15, 15}}};
  CHECK(TopmostAt(chips, {2, 2}) == 0);
  CHECK(TopmostAt(chips, {7, 7}) == 1);
  CHECK(TopmostAt(chips, {14, 14}) == 1);
  CHECK(TopmostAt(chips, {20, 20}) == -1);
}

TEST_CASE("a press on overlapping chips grabs the topmost one's token and raises it") {
  Scene s;
  CHECK(s.Down(kMouse, 115.0f, 100.0f));  // in a's chip and b's
  CHECK(s.Held(kMouse) == "b");
  CHECK(s.router.Any());
  CHECK(s.Ids() == Ids{"a", "d", "c", "b"});
  CHECK_FALSE(s.board.Settled());
}

TEST_CASE("a move drags the held token, keeping the offset between pointer and token") {
  Scene s;
  REQUIRE(s.Down(kMouse, 115.0f, 105.0f));  // 5 px right of and below b's centre
  REQUIRE(s.Held(kMouse) == "b");
  CHECK(s.Move(kMouse, 215.0f, 205.0f));  // b's centre follows to (210, 200)
  CHECK(s.At("b").formal == Approx(0.05));
  CHECK(s.At("b").outside == Approx(0.0).margin(1e-9));
  CHECK(s.Move(kMouse, 255.0f, 85.0f));
  CHECK(s.At("b").formal == Approx(0.25));
  CHECK(s.At("b").outside == Approx(-0.6));
  CHECK(s.Move(kMouse, 900.0f, -300.0f));  // clamped onto the board
  CHECK(s.At("b").formal == 1.0);
  CHECK(s.At("b").outside == -1.0);
  // The others did not move.
  CHECK(s.At("a").formal == -0.5);
  CHECK(s.At("c").formal == 0.5);
}

TEST_CASE("a release leaves the token where it was dragged, and one undo puts it back") {
  Scene s;
  const Sketch before = s.board.Current();
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));  // only a's chip
  REQUIRE(s.Held(kMouse) == "a");
  for (int i = 1; i <= 20; ++i) s.Move(kMouse, 85.0f + 5.0f * static_cast<float>(i), 100.0f);
  CHECK(s.Up(kMouse, 185.0f, 100.0f));
  CHECK(s.router.HeldBy(kMouse) == nullptr);
  CHECK_FALSE(s.router.Any());
  CHECK(s.board.Settled());
  CHECK(s.At("a").formal == Approx(0.0).margin(1e-9));
  CHECK(s.At("a").outside == Approx(-0.5));
  CHECK(s.Ids() == Ids{"b", "d", "c", "a"});

  REQUIRE(s.board.Undo());
  CHECK(s.Ids() == Ids{"a", "b", "d", "c"});
  CHECK(SameTokens(s.board.Current(), before));
  CHECK_FALSE(s.board.CanUndo());
}

TEST_CASE("a release over the remove zone takes the token off, and undo puts it back") {
  Scene s;
  const Sketch before = s.board.Current();
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));
  REQUIRE(s.Held(kMouse) == "c");
  s.Move(kMouse, 470.0f, 20.0f);
  CHECK(s.Up(kMouse, 470.0f, 20.0f));
  CHECK(s.board.Find("c") == -1);
  CHECK(s.board.Current().tokens.size() == 3);
  CHECK_FALSE(s.router.Any());

  REQUIRE(s.board.Undo());  // the whole drag, removal included
  CHECK(s.Ids() == Ids{"a", "b", "d", "c"});
  CHECK(SameTokens(s.board.Current(), before));
  CHECK_FALSE(s.board.CanUndo());
}

TEST_CASE("a release just off the remove zone keeps the token on the board") {
  Scene s;
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));
  s.Move(kMouse, 440.0f, 20.0f);
  CHECK(s.Up(kMouse, 440.0f, 20.0f));
  CHECK(s.board.Find("c") >= 0);
  CHECK(s.At("c").formal == 1.0);  // clamped at the edge
}

TEST_CASE("a cancel lets go of the token where it is, even over the remove zone") {
  Scene s;
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));
  s.Move(kMouse, 250.0f, 300.0f);
  CHECK(s.Cancel(kMouse, 470.0f, 20.0f));
  CHECK(s.router.HeldBy(kMouse) == nullptr);
  CHECK(s.board.Settled());
  REQUIRE(s.board.Find("c") >= 0);
  CHECK(s.At("c").formal == Approx(0.25));
  CHECK(s.At("c").outside == Approx(0.5));
  REQUIRE(s.board.Undo());
  CHECK(s.At("c").formal == 0.5);
}

TEST_CASE("a press and release in the same frame grab and let go with no move and no undo step") {
  Scene s;
  const auto rev = s.board.Revision();
  CHECK(s.Down(kMouse, 300.0f, 300.0f));  // c, already on top
  CHECK(s.Held(kMouse) == "c");
  CHECK(s.Up(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.router.Any());
  CHECK(s.board.Settled());
  CHECK(s.board.Revision() == rev);
  CHECK_FALSE(s.board.CanUndo());
  CHECK(s.At("c").formal == 0.5);
  CHECK(s.At("c").outside == 0.5);
}

TEST_CASE("a tap on a lower token brings it to the front, leaving undo and redo as they were") {
  Scene s;
  s.board.Move("c", {0.4, 0.4});
  REQUIRE(s.board.Undo());               // something to redo
  CHECK(s.Down(kMouse, 85.0f, 100.0f));  // a
  CHECK(s.Up(kMouse, 85.0f, 100.0f));
  CHECK(s.Ids() == Ids{"b", "d", "c", "a"});
  CHECK(s.At("a").formal == -0.5);
  CHECK_FALSE(s.board.CanUndo());  // reading a token's card is no change to undo
  REQUIRE(s.board.Redo());
  CHECK(s.At("c").formal == 0.4);
}

TEST_CASE("pointers of different sources with the same number drag two tokens independently") {
  Scene s;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));   // a
  REQUIRE(s.Down(kTuio0, 300.0f, 300.0f));  // c
  CHECK(s.Held(kMouse) == "a");
  CHECK(s.Held(kTuio0) == "c");
  for (int i = 1; i <= 10; ++i) {
    s.Move(kMouse, 85.0f, 100.0f + 10.0f * static_cast<float>(i));   // a goes down to outside 0
    s.Move(kTuio0, 300.0f - 10.0f * static_cast<float>(i), 300.0f);  // c goes left to formal 0
  }
  CHECK(s.At("a").formal == Approx(-0.5));
  CHECK(s.At("a").outside == Approx(0.0).margin(1e-9));
  CHECK(s.At("c").formal == Approx(0.0).margin(1e-9));
  CHECK(s.At("c").outside == Approx(0.5));
  CHECK(s.Up(kMouse, 85.0f, 200.0f));
  CHECK(s.Held(kTuio0) == "c");  // still held by the other pointer
  s.Move(kTuio0, 100.0f, 300.0f);
  CHECK(s.Up(kTuio0, 100.0f, 300.0f));
  CHECK(s.At("c").formal == Approx(-0.5));
  CHECK(s.At("a").outside == Approx(0.0).margin(1e-9));  // untouched by the tuio pointer

  REQUIRE(s.board.Undo());  // c's drag only
  CHECK(s.At("c").formal == 0.5);
  CHECK(s.At("a").outside == Approx(0.0).margin(1e-9));
  REQUIRE(s.board.Undo());  // a's drag
  CHECK(s.At("a").outside == -0.5);
  CHECK_FALSE(s.board.CanUndo());
}

TEST_CASE("a second pointer pressing on a token already held gets nothing") {
  Scene s;
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.Down(kTouch1, 305.0f, 305.0f));
  CHECK(s.router.HeldBy(kTouch1) == nullptr);
  CHECK_FALSE(s.Move(kTouch1, 100.0f, 300.0f));
  CHECK(s.At("c").formal == 0.5);
  CHECK_FALSE(s.Up(kTouch1, 100.0f, 300.0f));
  CHECK(s.Held(kMouse) == "c");
}

TEST_CASE("a press outside the board rect is not routed, even on a chip") {
  Scene s;
  CHECK_FALSE(s.Down(kMouse, 410.0f, 410.0f));  // in d's chip, off the board
  CHECK_FALSE(s.router.Any());
  CHECK(s.board.Settled());
  CHECK(s.Down(kMouse, 390.0f, 390.0f));  // in d's chip, on the board
  CHECK(s.Held(kMouse) == "d");
}

TEST_CASE("a press on the board away from every chip, and events without a grab, go nowhere") {
  Scene s;
  CHECK_FALSE(s.Down(kMouse, 200.0f, 50.0f));
  CHECK_FALSE(s.Move(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.Up(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.Cancel(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.router.Route(s.board, KeyEvent(Key::Z, kModCtrl, true, 0.0), s.targets));
  CHECK_FALSE(s.board.CanUndo());
  CHECK(s.Ids() == Ids{"a", "b", "d", "c"});
}

TEST_CASE("each drag is its own undo step") {
  Scene s;
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));
  s.Move(kMouse, 200.0f, 300.0f);
  s.Up(kMouse, 200.0f, 300.0f);
  REQUIRE(s.Down(kMouse, 200.0f, 300.0f));
  REQUIRE(s.Held(kMouse) == "c");
  s.Move(kMouse, 200.0f, 200.0f);
  s.Up(kMouse, 200.0f, 200.0f);
  CHECK(s.At("c").formal == Approx(0.0).margin(1e-9));
  CHECK(s.At("c").outside == Approx(0.0).margin(1e-9));
  REQUIRE(s.board.Undo());
  CHECK(s.At("c").formal == Approx(0.0).margin(1e-9));
  CHECK(s.At("c").outside == Approx(0.5));
  REQUIRE(s.board.Undo());
  CHECK(s.At("c").formal == 0.5);
  CHECK(s.At("c").outside == 0.5);
  CHECK_FALSE(s.board.CanUndo());
}

TEST_CASE("a new press from a pointer that never released lets the old token go first") {
  Scene s;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));  // a
  s.Move(kMouse, 85.0f, 150.0f);
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));  // the release was lost
  CHECK(s.Held(kMouse) == "c");
  s.Move(kMouse, 300.0f, 350.0f);
  s.Up(kMouse, 300.0f, 350.0f);
  CHECK(s.At("a").outside == Approx(-0.25));
  REQUIRE(s.board.Undo());  // c
  CHECK(s.At("c").outside == 0.5);
  CHECK(s.At("a").outside == Approx(-0.25));
  REQUIRE(s.board.Undo());  // a
  CHECK(s.At("a").outside == -0.5);
}

TEST_CASE("CancelAll lets go of every held token where it is") {
  Scene s;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));
  REQUIRE(s.Down(kTouch1, 300.0f, 300.0f));
  s.Move(kMouse, 85.0f, 200.0f);
  s.Move(kTouch1, 200.0f, 300.0f);
  s.router.CancelAll(s.board);
  CHECK_FALSE(s.router.Any());
  CHECK(s.router.HeldBy(kMouse) == nullptr);
  CHECK(s.router.HeldBy(kTouch1) == nullptr);
  CHECK(s.board.Settled());
  CHECK(s.At("a").outside == Approx(0.0).margin(1e-9));
  CHECK(s.At("c").formal == Approx(0.0).margin(1e-9));
  CHECK(s.board.Undo());
  CHECK(s.board.Undo());
  CHECK_FALSE(s.board.CanUndo());
  CHECK(s.At("a").outside == -0.5);
  CHECK(s.At("c").formal == 0.5);
  // Later moves of those pointers reach nothing.
  CHECK_FALSE(s.Move(kMouse, 85.0f, 300.0f));
}

TEST_CASE("HeldTokens gives the current board indices of the held tokens") {
  Scene s;
  std::array<int, PointerRouter::kMaxPointers> held{};
  CHECK(s.router.HeldTokens(s.board, held) == 0);
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));  // a -> b d c a
  REQUIRE(s.router.HeldTokens(s.board, held) == 1);
  CHECK(held[0] == 3);
  REQUIRE(s.Down(kTuio0, 125.0f, 100.0f));  // b -> d c a b
  REQUIRE(s.router.HeldTokens(s.board, held) == 2);
  std::vector<int> got(held.begin(), held.begin() + 2);
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<int>{s.board.Find("a"), s.board.Find("b")});
  CHECK(got == std::vector<int>{2, 3});
  s.Up(kMouse, 85.0f, 100.0f);
  REQUIRE(s.router.HeldTokens(s.board, held) == 1);
  CHECK(held[0] == s.board.Find("b"));
}

TEST_CASE("within the slop a held token stays put; past it, it follows with the press's offset") {
  Scene s;
  s.targets.slop = 12.0f;
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));  // c, at its centre
  CHECK(s.Move(kMouse, 308.0f, 306.0f));    // 10 px: a finger's jitter
  CHECK(s.At("c").formal == 0.5);
  CHECK(s.At("c").outside == 0.5);
  CHECK_FALSE(s.router.Dragging());
  CHECK(s.Move(kMouse, 310.0f, 306.0f));  // 11.7 px: still within
  CHECK_FALSE(s.router.Dragging());
  CHECK(s.Move(kMouse, 313.0f, 300.0f));  // 13 px: a drag
  CHECK(s.router.Dragging());
  CHECK(s.At("c").formal == Approx(0.565));
  CHECK(s.Move(kMouse, 302.0f, 300.0f));  // back within the slop: still a drag
  CHECK(s.At("c").formal == Approx(0.51));
  CHECK(s.router.Dragging());
}

TEST_CASE("only a dragged token is removed on the remove zone, and only its pointer lights it") {
  Scene s;
  s.targets.remove_zone = {{280.0f, 280.0f}, {320.0f, 320.0f}};  // right over c's chip
  REQUIRE(s.Down(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.router.DraggedOver(s.targets.remove_zone));  // pressed, not dragged
  CHECK(s.Up(kMouse, 300.0f, 300.0f));                       // a tap there removes nothing
  CHECK(s.board.Find("c") >= 0);

  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));  // a, dragged onto the zone
  s.Move(kMouse, 200.0f, 200.0f);
  CHECK_FALSE(s.router.DraggedOver(s.targets.remove_zone));
  s.Move(kMouse, 300.0f, 300.0f);
  CHECK(s.router.DraggedOver(s.targets.remove_zone));
  CHECK(s.Up(kMouse, 300.0f, 300.0f));
  CHECK(s.board.Find("a") == -1);
  CHECK(s.board.Find("c") >= 0);
  REQUIRE(s.board.Undo());
  CHECK(s.board.Find("a") >= 0);
}

TEST_CASE("two pointers each drop their token on the remove zone") {
  Scene s;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));   // a
  REQUIRE(s.Down(kTuio0, 300.0f, 300.0f));  // c
  s.Move(kMouse, 470.0f, 20.0f);
  s.Move(kTuio0, 480.0f, 30.0f);
  CHECK(s.Up(kTuio0, 480.0f, 30.0f));
  CHECK(s.board.Find("c") == -1);
  CHECK(s.router.DraggedOver(s.targets.remove_zone));  // a is still over it
  CHECK(s.Up(kMouse, 470.0f, 20.0f));
  CHECK(s.board.Find("a") == -1);
  CHECK(s.Ids() == Ids{"b", "d"});
}

TEST_CASE("a token held still for the long-press time fires once; moved on, it drags after all") {
  Scene s;
  std::array<LongPress, PointerRouter::kMaxPointers> fired;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));           // a, raised
  CHECK(s.router.Tick(s.board, 10.0, fired) == 0);  // the hold starts being timed
  s.Move(kMouse, 90.0f, 104.0f);                    // jitter within the slop
  CHECK(s.router.Tick(s.board, 10.49, fired) == 0);
  REQUIRE(s.router.Tick(s.board, 10.5, fired) == 1);
  CHECK(fired[0].pointer == kMouse);
  CHECK(fired[0].token == "a");
  CHECK(fired[0].at.x == 90.0f);
  CHECK(s.router.Tick(s.board, 11.5, fired) == 0);  // once
  CHECK_FALSE(s.router.Any());  // it holds nothing now: nothing lifts, frames may rest
  CHECK(s.router.HeldBy(kMouse) == nullptr);
  CHECK(s.board.Settled());        // the press's gesture ended: the actions can be undone alone
  CHECK_FALSE(s.board.CanUndo());  // the raise alone is no step

  // Moving on past the slop afterwards drags it after all (people hold a token while they talk,
  // then move it): a gesture of its own, one undo step.
  const BoardPoint before = s.At("a");
  CHECK(s.Move(kMouse, 200.0f, 104.0f));
  CHECK(s.router.Dragging());
  CHECK(s.router.Dragging("a"));
  CHECK(s.At("a").formal > before.formal);
  CHECK(s.Up(kMouse, 200.0f, 104.0f));
  CHECK_FALSE(s.router.Any());
  REQUIRE(s.board.CanUndo());
  s.board.Undo();
  CHECK(s.At("a").formal == before.formal);
  CHECK(s.At("a").outside == before.outside);
}

TEST_CASE("a drag, a tap or another pointer's token does not long-press") {
  Scene s;
  std::array<LongPress, PointerRouter::kMaxPointers> fired;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));   // a: dragged before the time is up
  REQUIRE(s.Down(kTuio0, 300.0f, 300.0f));  // c: lifted before the time is up
  CHECK(s.router.Tick(s.board, 1.0, fired) == 0);
  s.Move(kMouse, 120.0f, 100.0f);
  s.Up(kTuio0, 300.0f, 300.0f);
  CHECK(s.router.Tick(s.board, 1.6, fired) == 0);
  CHECK(s.router.Tick(s.board, 5.0, fired) == 0);
  CHECK(s.Held(kMouse) == "a");  // still dragging
  // A later press on the same token is timed afresh.
  REQUIRE(s.Down(kTuio0, 300.0f, 300.0f));
  CHECK(s.router.Tick(s.board, 5.1, fired) == 0);
  CHECK(s.router.Tick(s.board, 5.5, fired) == 0);
  REQUIRE(s.router.Tick(s.board, 5.6, fired) == 1);
  CHECK(fired[0].token == "c");
  CHECK(fired[0].pointer == kTuio0);
  CHECK(s.Held(kMouse) == "a");
}

TEST_CASE("a press on what covers the board reaches no token") {
  Scene s;
  s.targets.covered[1] = {{250.0f, 250.0f}, {350.0f, 350.0f}};  // over c's chip
  CHECK(PressedChip(s.targets, {300.0f, 300.0f}) == -1);
  CHECK_FALSE(s.Down(kMouse, 300.0f, 300.0f));
  CHECK_FALSE(s.router.Any());
  CHECK(PressedChip(s.targets, {85.0f, 100.0f}) == 0);
  CHECK(s.Down(kMouse, 85.0f, 100.0f));
}

TEST_CASE("a press let go within the slop is a tap on its token; a drag and a long press are not") {
  Scene s;
  std::array<LongPress, PointerRouter::kMaxPointers> fired;
  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));  // a
  s.Move(kMouse, 90.0f, 104.0f);           // jitter within the slop
  CHECK(s.router.TakeTap().token.empty());  // not before it is let go
  s.Up(kMouse, 90.0f, 104.0f);
  const TokenTap tap = s.router.TakeTap();
  CHECK(tap.token == "a");
  CHECK(tap.at.x == 90.0f);  // where it let go: which side of the table it came from
  CHECK(tap.at.y == 104.0f);
  CHECK(s.router.TakeTap().token.empty());  // once

  REQUIRE(s.Down(kMouse, 85.0f, 100.0f));  // dragged
  s.Move(kMouse, 140.0f, 100.0f);
  s.Up(kMouse, 140.0f, 100.0f);
  CHECK(s.router.TakeTap().token.empty());

  REQUIRE(s.Down(kTuio0, 300.0f, 300.0f));  // c, held until the long press fires
  s.router.Tick(s.board, 1.0, fired);
  REQUIRE(s.router.Tick(s.board, 1.6, fired) == 1);
  s.Up(kTuio0, 300.0f, 300.0f);
  CHECK(s.router.TakeTap().token.empty());
}
