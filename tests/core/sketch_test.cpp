// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <cmath>

#include "core/model/model.h"
#include "core/model/sketch.h"
#include "test_support.h"

using namespace pps;

TEST_CASE("an added token gets a unique id and a place of its own") {
  Sketch s;
  Token t = test::At(0.5, -0.5);
  t.id = "masterclass";
  CHECK(AddToken(s, t) == 0);
  CHECK(AddToken(s, t) == 1);
  CHECK(AddToken(s, t) == 2);
  CHECK(s.tokens[1].id == "masterclass-2");
  CHECK(s.tokens[2].id == "masterclass-3");
  // Not stacked exactly: each copy can be seen and taken.
  CHECK(s.tokens[1].position.formal != s.tokens[0].position.formal);
  CHECK(s.tokens[2].position.formal != s.tokens[1].position.formal);
  // Near a corner it stays on the board.
  Token corner = test::At(1.0, -1.0);
  corner.id = "corner";
  const int first = AddToken(s, corner);
  const int second = AddToken(s, corner);
  CHECK(s.tokens[second].position.formal <= 1.0);
  CHECK(s.tokens[second].position.outside >= -1.0);
  CHECK((s.tokens[second].position.formal != s.tokens[first].position.formal ||
         s.tokens[second].position.outside != s.tokens[first].position.outside));
}

TEST_CASE("tokens put on the board by hand land clear of each other, not just off the spot") {
  Sketch s;
  Token t = test::At(0.0, 0.0);
  t.id = "eigen";
  for (int i = 0; i < 6; ++i) AddToken(s, t, kHandPlaced);
  for (std::size_t a = 0; a < s.tokens.size(); ++a)
    for (std::size_t b = a + 1; b < s.tokens.size(); ++b) {
      INFO(a << " and " << b);
      const BoardPoint p = s.tokens[a].position, q = s.tokens[b].position;
      CHECK((std::fabs(p.formal - q.formal) > kHandPlaced.formal ||
             std::fabs(p.outside - q.outside) > kHandPlaced.outside));
    }
}

TEST_CASE("a token put by hand near another steps aside within its quadrant") {
  Sketch s;
  Token there = test::At(0.1, 0.1);
  there.id = "there";
  AddToken(s, there);
  Token put = test::At(0.05, 0.05);
  put.id = "put";
  AddToken(s, put, kHandPlaced);
  const BoardPoint p = s.tokens.back().position;
  CHECK(SideOf(p.formal) == 1);
  CHECK(SideOf(p.outside) == 1);
  CHECK((std::fabs(p.formal - 0.1) > kHandPlaced.formal ||
         std::fabs(p.outside - 0.1) > kHandPlaced.outside));
}

TEST_CASE("same tokens means the same ids, labels, places and weights in any order") {
  Sketch a;
  Token p = test::At(0.5, -0.5);
  p.id = "p";
  Token q = test::At(-0.5, 0.5, 2.0);
  q.id = "q";
  a.tokens = {p, q};
  Sketch b;
  b.tokens = {q, p};
  CHECK(SameTokens(a, b));
  b.tokens[0].position.formal = -0.4;
  CHECK_FALSE(SameTokens(a, b));
  b.tokens[0] = q;
  b.tokens[0].weight = 1.0;
  CHECK_FALSE(SameTokens(a, b));
  b.tokens = {p};
  CHECK_FALSE(SameTokens(a, b));
}
