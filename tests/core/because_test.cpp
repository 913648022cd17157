// SPDX-License-Identifier: EUPL-1.2
// The because-text of a change (core/model/because.h), on hand-worked boards: which quadrant
// gained weight and by how much, how the zwaartepunt moved and across which axis, and the type
// that follows, in Dutch and English. The model's margin is 0.1.

#include <catch2/catch.hpp>

#include "core/model/because.h"
#include "test_support.h"

using namespace pps;
using pps::test::At;

namespace {

const Content& Data() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content;
}

std::string Told(const std::vector<Token>& before, const std::vector<Token>& after,
                 Language language = Language::Dutch) {
  const Model& m = Data().model;
  return Because(Data(), Classify(m, before), Classify(m, after), language);
}

}  // namespace

TEST_CASE("because: a weight that carries the zwaartepunt across the formal axis", "[story]") {
  // Non-formeel binnen (2) and formeel binnen (1): the zwaartepunt at (-0.2, -0.5), Ontwikkelaar,
  // Ontwikkelaar 2/3 of the weight. The formal one weighs 3: (0.12, -0.5), Opleider 60 %.
  const std::vector<Token> before = {At(-0.6, -0.5, 2), At(0.6, -0.5, 1)};
  const std::vector<Token> after = {At(-0.6, -0.5, 2), At(0.6, -0.5, 3)};
  CHECK(Told(before, after) ==
        "Opleider weegt zwaarder: 33 % \u2192 60 % van het gewicht; het zwaartepunt schuift over "
        "de as naar formeel leren \u2014 nu Opleider");
  CHECK(Told(before, after, Language::English) ==
        "Educator weighs more: 33 % \u2192 60 % of the weight; the zwaartepunt crosses the axis "
        "towards formal learning \u2014 now Educator");
  // And back: the same way round.
  CHECK(Told(after, before) ==
        "Ontwikkelaar weegt zwaarder: 40 % \u2192 67 % van het gewicht; het zwaartepunt schuift "
        "over de as naar non-formeel leren \u2014 nu Ontwikkelaar");
}

TEST_CASE("because: a move within a quadrant, and one onto the border", "[story]") {
  // Two tokens in Opleider; one moves further out, still in it: the zwaartepunt from (0.5, -0.5)
  // to (0.5, -0.3), 0.2 towards buiten: some way; the weights as they were.
  const std::vector<Token> a = {At(0.5, -0.5), At(0.5, -0.5)};
  const std::vector<Token> b = {At(0.5, -0.5), At(0.5, -0.1)};
  CHECK(Told(a, b) == "Het zwaartepunt schuift een stuk naar buiten \u2014 het blijft Opleider");
  // A little: 0.05 towards buiten.
  const std::vector<Token> c = {At(0.5, -0.5), At(0.5, -0.4)};
  CHECK(Told(a, c) ==
        "Het zwaartepunt schuift een klein stuk naar buiten \u2014 het blijft Opleider");
  // The token crosses into Ondernemer, which gains half the weight (as much as Opleider loses:
  // the gain is told); the zwaartepunt moves 0.45, far, onto the border: (0.5, -0.05).
  const std::vector<Token> d = {At(0.5, -0.5), At(0.5, 0.4)};
  CHECK(Told(a, d) ==
        "Ondernemer weegt zwaarder: 0 % \u2192 50 % van het gewicht; het zwaartepunt "
        "schuift ver naar buiten \u2014 het blijft Opleider (op de grens met "
        "Ondernemer)");
}

TEST_CASE("because: a token added in another quadrant, across both axes", "[story]") {
  // Ontwikkelaar alone at (-0.3, -0.3); a heavy Ondernemer token joins: (0.45, 0.45).
  const std::vector<Token> a = {At(-0.3, -0.3)};
  const std::vector<Token> b = {At(-0.3, -0.3), At(0.7, 0.7, 3)};
  CHECK(Told(a, b) ==
        "Ondernemer weegt zwaarder: 0 % \u2192 75 % van het gewicht; het zwaartepunt schuift over "
        "beide assen, naar formeel leren en buiten \u2014 nu Ondernemer");
}

TEST_CASE("because: nothing changed, and an empty board", "[story]") {
  const std::vector<Token> a = {At(0.5, -0.5)};
  CHECK(Told(a, a).empty());
  CHECK(Told(a, {}) ==
        "Opleider weegt lichter: 100 % \u2192 0 % van het gewicht \u2014 het bord is leeg");
  CHECK(Told({}, a) ==
        "Opleider weegt zwaarder: 0 % \u2192 100 % van het gewicht \u2014 nu Opleider");
}
