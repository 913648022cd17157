// SPDX-License-Identifier: EUPL-1.2
// A story line's step part way (core/model/tween.h): eased from the board before to the board
// after, each token gliding and weighing part way, tokens added weighing from nothing and tokens
// taken off fading; so the zwaartepunt the classification finds goes from where it was to where
// the step puts it.

#include <catch2/catch.hpp>

#include "core/model/classify.h"
#include "core/model/content.h"
#include "core/model/tween.h"
#include "test_support.h"

using namespace pps;
using pps::test::At;

namespace {

const Model& TheModel() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content.model;
}

Token Named(const char* id, Token t) {
  t.id = id;
  return t;
}

}  // namespace

TEST_CASE("tween: eased from 0 to 1, slow at both ends, never back", "[story]") {
  CHECK(Ease(0.0) == 0.0);
  CHECK(Ease(1.0) == 1.0);
  CHECK(Ease(0.5) == Approx(0.5));
  CHECK(Ease(-1.0) == 0.0);
  CHECK(Ease(2.0) == 1.0);
  CHECK(Ease(0.1) < 0.1);  // slow out
  CHECK(Ease(0.9) > 0.9);  // slow in
  double last = 0.0;
  for (int i = 1; i <= 100; ++i) {
    const double e = Ease(i / 100.0);
    CHECK(e >= last);
    last = e;
  }
}

TEST_CASE("tween: tokens glide, come and go, and the zwaartepunt follows", "[story]") {
  const std::vector<Token> from = {Named("a", At(-0.8, -0.6)), Named("b", At(-0.4, 0.5, 2)),
                                   Named("gone", At(-0.6, 0.6))};
  const std::vector<Token> to = {Named("b", At(0.6, 0.5, 2)), Named("a", At(0.8, -0.6, 3)),
                                 Named("new", At(0.5, 0.5))};
  SECTION("at the start: the board before, the new token weighing nothing") {
    const Tweened w = Tween(from, to, 0.0);
    REQUIRE(w.shown.size() == 3);
    CHECK(w.shown[0].id == "b");  // in the order after
    CHECK(w.shown[0].position.formal == -0.4);
    CHECK(w.shown[1].position.formal == -0.8);
    CHECK(w.shown[1].weight == 3.0);  // the chips show the weight after
    CHECK(w.shown[2].position.formal == 0.5);
    REQUIRE(w.leaving.size() == 1);
    CHECK(w.leaving[0].id == "gone");
    CHECK(w.alpha == 1.0);
    const Classification c = Classify(TheModel(), w.weighed);
    const Classification before = Classify(TheModel(), from);
    CHECK(c.zwaartepunt.formal == Approx(before.zwaartepunt.formal));
    CHECK(c.zwaartepunt.outside == Approx(before.zwaartepunt.outside));
    CHECK(c.type == before.type);
  }
  SECTION("half way: half way, the weights too") {
    const Tweened w = Tween(from, to, 0.5);
    CHECK(w.shown[0].position.formal == Approx(0.1));
    CHECK(w.shown[1].position.formal == Approx(0.0));
    CHECK(w.shown[1].position.outside == Approx(-0.6));
    REQUIRE(w.weighed.size() == 4);
    CHECK(w.weighed[1].weight == Approx(2.0));  // a: 1 -> 3
    CHECK(w.weighed[2].weight == Approx(0.5));  // new: 0 -> 1
    CHECK(w.weighed[3].weight == Approx(0.5));  // gone: 1 -> 0
    CHECK(w.alpha == Approx(0.5));
  }
  SECTION("at the end: the board after") {
    const Tweened w = Tween(from, to, 1.0);
    REQUIRE(w.shown.size() == to.size());
    for (std::size_t i = 0; i < to.size(); ++i) CHECK(SameToken(w.shown[i], to[i]));
    CHECK(w.alpha == 0.0);
    const Classification c = Classify(TheModel(), w.weighed);
    const Classification after = Classify(TheModel(), to);
    CHECK(c.zwaartepunt.formal == Approx(after.zwaartepunt.formal));
    CHECK(c.zwaartepunt.outside == Approx(after.zwaartepunt.outside));
    CHECK(c.type == after.type);
  }
  SECTION("made again in place, frame after frame, it is as made afresh") {
    Tweened out;
    for (const double t : {0.0, 0.3, 0.7, 1.0, 0.5}) {
      Tween(from, to, t, out);
      const Tweened fresh = Tween(from, to, t);
      REQUIRE(out.weighed.size() == fresh.weighed.size());
      for (std::size_t i = 0; i < fresh.shown.size(); ++i)
        CHECK(SameToken(out.shown[i], fresh.shown[i]));
      for (std::size_t i = 0; i < fresh.weighed.size(); ++i)
        CHECK(SameToken(out.weighed[i], fresh.weighed[i]));
      CHECK(out.alpha == fresh.alpha);
    }
  }
  SECTION("on the way the zwaartepunt crosses the formal axis once, and moves only one way") {
    double last = -1.0;
    int crossings = 0;
    for (int i = 0; i <= 50; ++i) {
      const Classification c = Classify(TheModel(), Tween(from, to, i / 50.0).weighed);
      CHECK(c.zwaartepunt.formal >= last - 1e-12);
      if (last < 0.0 && c.zwaartepunt.formal >= 0.0 && i > 0) ++crossings;
      last = c.zwaartepunt.formal;
    }
    CHECK(crossings == 1);
  }
}

TEST_CASE("tween: from an empty board nothing weighs at the start, and no type shows", "[story]") {
  const std::vector<Token> to = {Named("a", At(0.5, 0.5))};
  const Classification c = Classify(TheModel(), Tween({}, to, 0.0).weighed);
  CHECK_FALSE(c.type);
  CHECK(Classify(TheModel(), Tween({}, to, 0.01).weighed).type == Classify(TheModel(), to).type);
}
