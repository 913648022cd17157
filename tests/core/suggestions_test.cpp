// SPDX-License-Identifier: EUPL-1.2
#include "core/input/suggestions.h"

#include <catch2/catch.hpp>

using namespace pps;

namespace {

Vocabulary Known() {
  Vocabulary v;
  for (const char* label : {"Gastlessen", "Training werkenden", "Maatwerktraining werkenden",
                            "BBL voor zij-instromers", "Voorschakeltraject", "Gastlessen"})
    v.Add(label);
  return v;
}

std::vector<std::string> Texts(const std::vector<Suggestion>& s) {
  std::vector<std::string> out;
  for (const Suggestion& x : s) out.push_back(x.text);
  return out;
}

}  // namespace

TEST_CASE("suggestions complete the word being typed, the most used first, in its case") {
  const Vocabulary v = Known();
  CHECK(Texts(v.For("Ga", 2, 3)) == std::vector<std::string>{"Gastlessen"});
  CHECK(Texts(v.For("Gastlessen vo", 13, 3)) ==
        std::vector<std::string>{"voor", "voorschakeltraject"});
  const auto we = v.For("Gastlessen voor we", 18, 3);
  REQUIRE(we.size() == 1);
  CHECK(we[0].text == "werkenden");            // learnt twice, offered once
  CHECK(we[0].begin == 16);                    // in place of "we"
  CHECK(v.For("Gastlessen", 10, 3).empty());   // whole already
  CHECK(v.For("Gastlessen ", 11, 3).empty());  // no word begun
  CHECK(v.For("Gastlessen", 3, 3).empty());    // inside a word: its rest would stay behind
}

TEST_CASE("suggestions offer a whole label once two letters say which") {
  const Vocabulary v = Known();
  const auto tr = v.For("tr", 2, 3);
  REQUIRE_FALSE(tr.empty());
  CHECK(tr[0].text == "Training werkenden");
  CHECK(tr[0].begin == 0);
  CHECK(Texts(v.For("t", 1, 3)) == std::vector<std::string>{"training"});  // one letter: words
  CHECK(Vocabulary{}.For("abc", 3, 3).empty());
}

TEST_CASE("suggestions match capitals beyond ASCII in any case") {
  Vocabulary v;
  v.Add("\u00c9\u00e9n loket");  // Één loket
  v.Add("\u0132sselacademie");   // Ĳsselacademie, with the Dutch ĳ as one letter
  v.Add("\u00e9\u00e9nmalig");   // éénmalig: the same word start, in small letters
  // The whole label, then the words in the case typed.
  CHECK(Texts(v.For("\u00e9\u00e9", 4, 3)) ==
        std::vector<std::string>{"\u00c9\u00e9n loket", "\u00e9\u00e9n", "\u00e9\u00e9nmalig"});
  CHECK(Texts(v.For("\u0133ss", 5, 3)) == std::vector<std::string>{"\u0133sselacademie"});
  CHECK(Texts(v.For("\u0132ss", 5, 3)) == std::vector<std::string>{"\u0132sselacademie"});
  v.Add("\u017Dilina");  // Žilina
  CHECK(Texts(v.For("\u017Eil", 4, 3)) == std::vector<std::string>{"\u017Eilina"});
}
