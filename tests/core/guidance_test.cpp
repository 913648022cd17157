// SPDX-License-Identifier: EUPL-1.2
// The guidance's preconditions ("randvoorwaarden en succesfactoren"): the shipped texts, grouped
// under headings in both languages, and every way the loader refuses a bad group.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "core/io/json_read.h"
#include "core/model/content.h"
#include "core/model/guidance.h"
#include "test_support.h"

using namespace pps;
using nlohmann::json;
using pps::test::WriteTemp;

namespace {

const Guidance& ShippedGuidance() {
  static const Loaded<Guidance> loaded = LoadGuidance(std::string(PPS_DATA_DIR) + "/guidance.json");
  REQUIRE(loaded);
  return *loaded.value;
}

json ShippedGuidanceJson() {
  std::ifstream in(std::string(PPS_DATA_DIR) + "/guidance.json");
  return json::parse(in);
}

std::string GuidanceError(const json& doc) {
  const std::string path = WriteTemp("guidance.json", doc.dump());
  const Loaded<Guidance> loaded = LoadGuidance(path);
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error.find(path) == 0);
  return loaded.error;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return s;
}

// All the points of a type's preconditions in one language, lower case, for looking up facts.
std::string AllPoints(const GuidanceText& text) {
  std::string all;
  for (const PreconditionGroup& group : text.preconditions) {
    all += Lower(group.heading) + "\n";
    for (const std::string& item : group.items) all += Lower(item) + "\n";
  }
  return all;
}

// All the pitfalls of a type in one language, headings and points, lower case.
std::string AllPitfalls(const GuidanceText& text) {
  std::string all;
  for (const PitfallGroup& group : text.pitfalls) {
    all += Lower(group.heading) + "\n";
    for (const std::string& item : group.items) all += Lower(item) + "\n";
  }
  return all;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE(
    "content: every type has preconditions in both languages, each group a heading and items") {
  for (PpsType type : kAllTypes) {
    INFO(TypeId(type));
    const TypeGuidance& g = ShippedGuidance().Of(type);
    const std::vector<PreconditionGroup>& nl = g.In(Language::Dutch).preconditions;
    const std::vector<PreconditionGroup>& en = g.In(Language::English).preconditions;
    CHECK_FALSE(nl.empty());
    CHECK_FALSE(en.empty());
    REQUIRE(nl.size() == en.size());  // nl and en say the same: the same groups ...
    for (std::size_t i = 0; i < nl.size(); ++i) {
      INFO("group " << i + 1 << ": " << nl[i].heading << " / " << en[i].heading);
      CHECK_FALSE(nl[i].heading.empty());
      CHECK_FALSE(en[i].heading.empty());
      CHECK_FALSE(nl[i].items.empty());
      CHECK(nl[i].items.size() == en[i].items.size());  // ... with as many points
      for (const std::string& item : nl[i].items) CHECK_FALSE(item.empty());
      for (const std::string& item : en[i].items) CHECK_FALSE(item.empty());
    }
  }
}

TEST_CASE("content: the preconditions keep the publication's numbered headings per type") {
  // How many numbered headings each type has under "randvoorwaarden en succesfactoren" in the
  // publication, written out here: the app never reads the publication.
  CHECK(ShippedGuidance().Of(PpsType::Ontwikkelaar).In(Language::Dutch).preconditions.size() == 5);
  CHECK(ShippedGuidance().Of(PpsType::Opleider).In(Language::Dutch).preconditions.size() == 4);
  CHECK(ShippedGuidance().Of(PpsType::Katalysator).In(Language::Dutch).preconditions.size() == 2);
  CHECK(ShippedGuidance().Of(PpsType::Ondernemer).In(Language::Dutch).preconditions.size() == 4);
}

TEST_CASE("content: the preconditions hold the points a flat list once lost") {
  // Each point, by a word or two of our own Dutch text, per type (issue 12).
  const std::vector<std::pair<PpsType, std::vector<std::string>>> points = {
      {PpsType::Opleider,
       {"urgentie", "genoeg mensen en tijd", "markt voor llo", "ruimte voor maken",
        "bbl-activiteiten", "vertraging"}},
      {PpsType::Ontwikkelaar,
       {"wat één deelnemer", "factuur", "instructeurs", "reguliere onderwijs meeprofiteren"}},
      {PpsType::Ondernemer,
       {"bekostiging", "oneigenlijke concurrentie", "als gelijken", "begrip voor elkaar"}},
      {PpsType::Katalysator, {"netwerkorganisatie", "roadmap"}},
  };
  for (const auto& [type, words] : points) {
    const std::string all = AllPoints(ShippedGuidance().Of(type).In(Language::Dutch));
    for (const std::string& word : words) {
      INFO(TypeId(type) << ": " << word);
      CHECK(all.find(word) != std::string::npos);
    }
  }
  // The Ontwikkelaar's pitfall that LLO is not asked of schools without funding of its own.
  CHECK(AllPitfalls(ShippedGuidance().Of(PpsType::Ontwikkelaar).In(Language::Dutch))
            .find("niet van scholen te vragen") != std::string::npos);
}

TEST_CASE("content: the pitfalls keep the publication's 11 numbered headings, nl and en alike") {
  // How many numbered headings each type has under "valkuilen" in the publication, written out
  // here: the app never reads the publication (issue 20).
  const std::vector<std::pair<PpsType, std::size_t>> headings = {
      {PpsType::Ontwikkelaar, 3}, {PpsType::Opleider, 3},
      {PpsType::Katalysator, 2}, {PpsType::Ondernemer, 3}};
  std::size_t total = 0;
  for (const auto& [type, count] : headings) {
    INFO(TypeId(type));
    const std::vector<PitfallGroup>& nl = ShippedGuidance().Of(type).In(Language::Dutch).pitfalls;
    const std::vector<PitfallGroup>& en = ShippedGuidance().Of(type).In(Language::English).pitfalls;
    CHECK(nl.size() == count);
    REQUIRE(en.size() == nl.size());
    for (std::size_t i = 0; i < nl.size(); ++i) {
      INFO("group " << i + 1 << ": " << nl[i].heading << " / " << en[i].heading);
      CHECK(nl[i].items.size() == en[i].items.size());
    }
    total += nl.size();
  }
  CHECK(total == 11);
}

TEST_CASE("content: the pitfalls hold the points the flat list had lost or overstated") {
  // Each point, by a word or two of our own Dutch text, per type (issue 20).
  const std::vector<std::pair<PpsType, std::vector<std::string>>> points = {
      {PpsType::Ontwikkelaar, {"aanbodgericht", "maatwerk", "uwv", "commitment"}},
      {PpsType::Opleider,
       {"juridische kaders", "slagvaardig", "externe inhuur", "zakenpartner", "afhaken"}},
      {PpsType::Katalysator, {"kan beperkt zijn", "geen taak van het onderwijs"}},
      {PpsType::Ondernemer,
       {"onduidelijke visie", "verwachtingen", "financiering", "vraagontwikkeling",
        "onvoldoende deelnemers"}},
  };
  for (const auto& [type, words] : points) {
    const std::string all = AllPitfalls(ShippedGuidance().Of(type).In(Language::Dutch));
    for (const std::string& word : words) {
      INFO(TypeId(type) << ": " << word);
      CHECK(all.find(word) != std::string::npos);
    }
  }
  // "Er kan sprake zijn van een beperkte strategische visie": limited, not absent.
  CHECK(AllPitfalls(ShippedGuidance().Of(PpsType::Katalysator).In(Language::Dutch))
            .find("geen strategische visie") == std::string::npos);
}

TEST_CASE("content: the guidance fuzz seed is the shipped guidance") {
  const std::string seed =
      ReadFile(std::string(PPS_DATA_DIR) + "/../tests/fuzz/corpus/guidance/guidance.json");
  REQUIRE_FALSE(seed.empty());
  CHECK(seed == ReadFile(std::string(PPS_DATA_DIR) + "/guidance.json"));
}

TEST_CASE("guidance loader: a bad group of preconditions is named by its place") {
  const json shipped = ShippedGuidanceJson();
  REQUIRE(LoadGuidance(WriteTemp("guidance.json", shipped.dump())));

  json doc = shipped;
  doc["types"]["ontwikkelaar"]["nl"].erase("preconditions");
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/ontwikkelaar/nl") &&
                                     Catch::Contains("missing \"preconditions\""));

  doc = shipped;
  doc["types"]["opleider"]["nl"]["preconditions"] = json::array();
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/opleider/nl/preconditions") &&
                                     Catch::Contains("at least one group"));

  doc = shipped;
  doc["types"]["opleider"]["en"]["preconditions"] = json::object();
  CHECK_THAT(GuidanceError(doc),
             Catch::Contains("/types/opleider/en/preconditions") && Catch::Contains("must be"));

  doc = shipped;
  doc["types"]["katalysator"]["nl"]["preconditions"][1] = "Werk als netwerkorganisatie";
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/katalysator/nl/preconditions/1") &&
                                     Catch::Contains("must be an object"));

  doc = shipped;
  doc["types"]["ondernemer"]["nl"]["preconditions"][0].erase("heading");
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/ondernemer/nl/preconditions/0") &&
                                     Catch::Contains("missing \"heading\""));

  doc = shipped;
  doc["types"]["ondernemer"]["en"]["preconditions"][2]["heading"] = "";
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/ondernemer/en/preconditions/2/heading") &&
                                     Catch::Contains("must not be empty"));

  doc = shipped;
  doc["types"]["ondernemer"]["en"]["preconditions"][2]["heading"] =
      std::string(kMaxLabelBytes + 1, 'x');
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/ondernemer/en/preconditions/2/heading") &&
                                     Catch::Contains(std::to_string(kMaxLabelBytes)));

  doc = shipped;
  doc["types"]["opleider"]["en"]["preconditions"][1]["items"] = json::array();
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/opleider/en/preconditions/1/items") &&
                                     Catch::Contains("at least one item"));

  doc = shipped;
  doc["types"]["opleider"]["en"]["preconditions"][3]["items"][0] = 42;
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/opleider/en/preconditions/3/items/0") &&
                                     Catch::Contains("non-empty string"));

  doc = shipped;
  json many = json::array();
  for (int i = 0; i < 21; ++i) many.push_back({{"heading", "kop"}, {"items", {"punt"}}});
  doc["types"]["katalysator"]["en"]["preconditions"] = many;
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/katalysator/en/preconditions") &&
                                     Catch::Contains("at most 20"));
}

TEST_CASE("guidance loader: a version-1 file with flat success factors is refused by name") {
  json doc = ShippedGuidanceJson();
  doc["version"] = 1;
  for (auto& [id, type] : doc["types"].items())
    for (const char* language : {"nl", "en"}) {
      type[language]["success_factors"] = {"Een punt"};
      type[language].erase("preconditions");
    }
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/version") &&
                                     Catch::Contains("success_factors") &&
                                     Catch::Contains("version 3"));
  doc["version"] = 4;
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/version") && Catch::Contains("up to 3"));
}

TEST_CASE("guidance loader: a version-2 file with flat pitfalls is refused by name") {
  json doc = ShippedGuidanceJson();
  doc["version"] = 2;
  for (auto& [id, type] : doc["types"].items())
    for (const char* language : {"nl", "en"}) type[language]["pitfalls"] = {"Een valkuil"};
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/version") && Catch::Contains("pitfalls") &&
                                     Catch::Contains("version 3"));
}

TEST_CASE("guidance loader: a flat pitfall where a group belongs is named by its place") {
  json doc = ShippedGuidanceJson();
  doc["types"]["opleider"]["nl"]["pitfalls"][1] = "Afhankelijk van een partner";
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/opleider/nl/pitfalls/1") &&
                                     Catch::Contains("\"heading\""));
  doc = ShippedGuidanceJson();
  doc["types"]["opleider"]["en"]["pitfalls"][0]["items"] = json::array();
  CHECK_THAT(GuidanceError(doc), Catch::Contains("/types/opleider/en/pitfalls/0/items"));
}
