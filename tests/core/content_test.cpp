// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>

#include "core/model/classify.h"
#include "core/model/content.h"

using namespace pps;

namespace {

const Content& Shipped() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return s;
}

}  // namespace

TEST_CASE("the shipped data loads without a single error") {
  for (const std::string& e : Shipped().errors) FAIL_CHECK(e);
  CHECK(Shipped().cases.size() == 9);
  CHECK(Shipped().library.size() >= 20);
}

TEST_CASE("every case study lands in its published type, clearly") {
  const Content& content = Shipped();
  REQUIRE(content.cases.size() == 9);
  for (const Sketch& s : content.cases) {
    INFO(s.id);
    const Classification c = Classify(content.model, s.tokens);
    REQUIRE(s.published_type.has_value());
    CHECK(c.type == s.published_type);
    CHECK_FALSE(c.grensgeval);
  }
}

TEST_CASE("every case study has each activity label of its figure in the publication") {
  // The labels in each case's figure, written out here: the app never reads the publication.
  const std::map<std::string, std::vector<std::string>> figure = {
      {"zorgboulevard-roosendaal",
       {"Gezamenlijk uitwerken scenario's", "Pilot accelerated learning",
        "Contractonderwijs in de vorm van maatwerktrajecten"}},
      {"horticampus-westland",
       {"Praktijkcentrum/TECH", "Floormeetings", "Docentstages", "Masterclasses", "Cursussen", "AD",
        "Gastlessen", "Cocreatie curricula"}},
      {"civ-water",
       {"Co-creatie sessies", "Maatwerkcursussen", "Bedrijfsopleidingen", "Opleidingen", "Modules",
        "Cursussen", "Trainingen", "BBL-trajecten groen"}},
      {"topcentrum-autoschadeherstel",
       {"Kennisdeling", "Training docenten", "Training werkenden", "Modules",
        "Bijscholing praktijkbegeleiders", "Gastlessen", "PTH"}},
      {"house-of-hospitality",
       {"Leercultuur", "Docentstages", "Docentprofessionalisering", "Hybride opleidingen",
        "Statushouders", "Modules", "Masterclasses", "Practoraat"}},
      {"civ-maintenance-procestechniek",
       {"Alumni", "Bijscholing", "Modules", "Trainingen (initieel)"}},
      {"civ-techwise-twente",
       {"Innovatieprojecten", "Innovatielabs", "Practoraat", "Loket", "Associate degree",
        "Trainingen", "Hybride docent"}},
      {"beyond",
       {"Authentieke cases", "Gedeelde uitvoering", "Train-the-trainer", "In company opleidingen",
        "Cocreatie curriculum", "Voorschakeltraject", "Training docenten"}},
      {"civil",
       {"Praktijkcentrum", "Docentstages", "Maatwerktrainingen", "Masterclasses", "Kennisdeling",
        "Modules", "BBL/zij-instroom", "EVC"}},
  };
  for (const auto& [id, labels] : figure) {
    const Sketch* sketch = FindCase(Shipped(), id);
    REQUIRE(sketch != nullptr);
    for (const std::string& label : labels) {
      INFO(id << ": " << label);
      const bool found =
          std::any_of(sketch->tokens.begin(), sketch->tokens.end(),
                      [&](const Token& t) { return Lower(t.label.nl) == Lower(label); });
      CHECK(found);
    }
  }
}

TEST_CASE("every case token says why it stands where it does, in both languages") {
  for (const Sketch& s : Shipped().cases)
    for (const Token& t : s.tokens) {
      INFO(s.id << "/" << t.id);
      CHECK_FALSE(t.why.nl.empty());
      CHECK_FALSE(t.why.en.empty());
      CHECK_FALSE(t.label.en.empty());
    }
}

TEST_CASE("every library activity stands in the quadrant of its type") {
  const Content& content = Shipped();
  for (const Activity& a : content.library) {
    INFO(a.token.id);
    CHECK(Classify(content.model, {a.token}).type == a.type);
  }
}

TEST_CASE("guidance covers every type in both languages and names real examples") {
  const Content& content = Shipped();
  for (PpsType type : kAllTypes) {
    const TypeGuidance& g = content.guidance.Of(type);
    CHECK_FALSE(g.In(Language::Dutch).propositions.empty());
    CHECK_FALSE(g.In(Language::English).pitfalls.empty());
    for (const std::string& id : g.examples) {
      const Sketch* example = FindCase(content, id);
      REQUIRE(example != nullptr);
      CHECK(example->published_type == type);
    }
  }
}

TEST_CASE("a broken data folder is reported file by file, and the app keeps defaults") {
  const Content content = LoadContent("/nonexistent/data");
  CHECK(content.errors.size() >= 4);
  CHECK_THAT(content.errors[0], Catch::Contains("/nonexistent/data/model.json"));
  CHECK(content.cases.empty());
  CHECK(TypeAt(content.model, 1, 1) == PpsType::Ondernemer);
}
