#include <catch2/catch.hpp>

#include <algorithm>
#include <array>

#include "core/pointer_drag.h"
#include "test_support.h"

using namespace pps;

namespace {

Sketch ThreeTokens() {
  Sketch s;
  for (const char* id : {"a", "b", "c"}) {
    Token t = test::At(-0.5, -0.5);
    t.id = id;
    s.tokens.push_back(t);
  }
  s.tokens[1].position = {0.2, 0.2};
  s.tokens[2].position = {0.6, -0.4};
  return s;
}

}  // namespace

TEST_CASE("the topmost chip under the pointer is found") {
  const std::vector<ChipRect> chips = {{{0, 0}, {100, 50}}, {{50, 20}, {150, 70}}};
  CHECK(TopmostAt(chips, {10, 10}) == 0);
  CHECK(TopmostAt(chips, {60, 30}) == 1);  // both contain it: the later one is on top
  CHECK(TopmostAt(chips, {200, 200}) == -1);
}

TEST_CASE("grab, move and release one token, keeping the grab offset") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  REQUIRE(drags.Press(s, 0, 0, {-0.45, -0.5}));  // pressed 0.05 right of the token's centre
  CHECK(s.tokens.back().id == "a");              // brought to the front
  CHECK(drags.HeldBy(0) == 2);
  CHECK(drags.Move(s, 0, {0.45, 0.3}));
  CHECK(s.tokens.back().position.formal == Approx(0.4));
  CHECK(s.tokens.back().position.outside == Approx(0.3));
  drags.Release(0);
  CHECK_FALSE(drags.Any());
  CHECK_FALSE(drags.Move(s, 0, {0.0, 0.0}));
  CHECK(s.tokens.back().position.formal == Approx(0.4));
}

TEST_CASE("a dragged token never leaves the board") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  REQUIRE(drags.Press(s, 0, 1, {0.2, 0.2}));
  drags.Move(s, 0, {5.0, -7.0});
  CHECK(s.tokens.back().position.formal == 1.0);
  CHECK(s.tokens.back().position.outside == -1.0);
}

TEST_CASE("two pointers drag two tokens at once") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  REQUIRE(drags.Press(s, 1, 0, {-0.5, -0.5}));  // "a" to the front: b, c, a
  REQUIRE(drags.Press(s, 2, 0, {0.2, 0.2}));    // "b" to the front: c, a, b
  CHECK(s.tokens[0].id == "c");
  CHECK(drags.HeldBy(1) == 1);  // "a" moved down when "b" came to the front
  CHECK(drags.HeldBy(2) == 2);
  drags.Move(s, 1, {-0.9, 0.9});
  drags.Move(s, 2, {0.9, 0.9});
  CHECK(FindToken(s, "a")->position.formal == Approx(-0.9));
  CHECK(FindToken(s, "b")->position.formal == Approx(0.9));
  CHECK(FindToken(s, "c")->position.formal == Approx(0.6));
  std::array<int, PointerDrags::kMaxPointers> held{};
  REQUIRE(drags.HeldTokens(held) == 2);
  CHECK(std::min(held[0], held[1]) == 1);
  CHECK(std::max(held[0], held[1]) == 2);
  drags.Release(1);
  REQUIRE(drags.HeldTokens(held) == 1);
  CHECK(held[0] == 2);
}

TEST_CASE("a second pointer on a held token does not take it") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  REQUIRE(drags.Press(s, 1, 2, {0.6, -0.4}));
  CHECK_FALSE(drags.Press(s, 2, 2, {0.6, -0.4}));
  CHECK(drags.HeldBy(2) == -1);
  CHECK_FALSE(drags.Move(s, 2, {-1.0, -1.0}));
  CHECK(s.tokens[2].position.formal == Approx(0.6));
  CHECK(drags.Move(s, 1, {0.7, -0.4}));
}

TEST_CASE("a pointer lost mid-drag leaves its token where it was, and others keep dragging") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  REQUIRE(drags.Press(s, 1, 0, {-0.5, -0.5}));
  REQUIRE(drags.Press(s, 2, 0, {0.2, 0.2}));
  drags.Move(s, 1, {-0.1, -0.2});
  drags.Release(1);  // the cursor vanished from the touch table's alive list
  CHECK(FindToken(s, "a")->position.formal == Approx(-0.1));
  CHECK(drags.Move(s, 2, {0.3, 0.3}));
  CHECK(drags.Any());
}

TEST_CASE("pressing outside the token list or twice with one pointer changes nothing") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  CHECK_FALSE(drags.Press(s, 0, 7, {0, 0}));
  CHECK_FALSE(drags.Press(s, 0, -1, {0, 0}));
  REQUIRE(drags.Press(s, 0, 0, {0, 0}));
  CHECK_FALSE(drags.Press(s, 0, 0, {0, 0}));
}

TEST_CASE("removing a token keeps other pointers on their own tokens") {
  Sketch s = ThreeTokens();
  PointerDrags drags;
  REQUIRE(drags.Press(s, 1, 1, {0.2, 0.2}));  // "b" to the front: a, c, b
  s.tokens.erase(s.tokens.begin());           // "a" taken off the board: c, b
  drags.Removed(0);
  REQUIRE(drags.HeldBy(1) == 1);
  CHECK(s.tokens[drags.HeldBy(1)].id == "b");
  drags.Move(s, 1, {0.5, 0.5});
  CHECK(FindToken(s, "b")->position.formal == Approx(0.5));
  CHECK(FindToken(s, "c")->position.formal == Approx(0.6));
}
