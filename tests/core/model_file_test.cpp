// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/io/json_read.h"
#include "core/model/classify.h"
#include "core/model/guidance.h"
#include "core/model/library.h"
#include "core/model/model.h"
#include "core/model/model_file.h"
#include "core/model/strings.h"
#include "test_support.h"

using namespace pps;
using nlohmann::json;
using pps::test::WriteTemp;

namespace {

json ShippedModel() {
  std::ifstream in(std::string(PPS_DATA_DIR) + "/model.json");
  return json::parse(in);
}

std::string ModelError(const json& doc) {
  const std::string path = WriteTemp("model.json", doc.dump());
  const Loaded<Model> loaded = LoadModel(path);
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error.find(path) == 0);
  return loaded.error;
}

}  // namespace

TEST_CASE("the shipped model is the published one in the default layout") {
  const Loaded<Model> loaded = LoadModel(std::string(PPS_DATA_DIR) + "/model.json");
  REQUIRE(loaded);
  const Model& m = *loaded.value;
  CHECK(m.layout.horizontal == Axis::Formal);
  CHECK(m.layout.positive_right);
  CHECK(m.layout.positive_down);
  CHECK(TypeAt(m, -1, -1) == PpsType::Ontwikkelaar);
  CHECK(TypeAt(m, 1, -1) == PpsType::Opleider);
  CHECK(TypeAt(m, -1, 1) == PpsType::Katalysator);
  CHECK(TypeAt(m, 1, 1) == PpsType::Ondernemer);
  CHECK(m.margin > 0.0);
  CHECK(m.Of(PpsType::Opleider).name.en == "Educator");
}

TEST_CASE("the built-in model says what model.json says of the axes and the types") {
  // The fallback, used only when model.json cannot be read, must not teach a shorter or
  // different model (issue 20): each end's text is model.json's, or the start of it where
  // model.json adds the app's reading of buiten after the publication's definition.
  const Loaded<Model> loaded = LoadModel(std::string(PPS_DATA_DIR) + "/model.json");
  REQUIRE(loaded);
  const Model shipped = *loaded.value;
  const Model fallback = DefaultModel();
  for (Axis axis : {Axis::Formal, Axis::Outside})
    for (Language l : {Language::Dutch, Language::English}) {
      const AxisInfo& s = shipped.AxisOf(axis);
      const AxisInfo& f = fallback.AxisOf(axis);
      INFO((axis == Axis::Formal ? "formal" : "outside") << " " << (l == Language::Dutch ? "nl" : "en"));
      CHECK(f.name.In(l) == s.name.In(l));
      CHECK(f.negative_end.In(l) == s.negative_end.In(l));
      CHECK(f.positive_end.In(l) == s.positive_end.In(l));
      CHECK(f.negative_explain.In(l) == s.negative_explain.In(l));
      CHECK(s.positive_explain.In(l).rfind(f.positive_explain.In(l), 0) == 0);
    }
  for (PpsType type : kAllTypes) {
    CHECK(fallback.Of(type).name.nl == shipped.Of(type).name.nl);
    CHECK(fallback.Of(type).name.en == shipped.Of(type).name.en);
  }
}

TEST_CASE("the layout is data: swapping the axes is a change to model.json only") {
  json doc = ShippedModel();
  doc["layout"]["horizontal"] = "outside";
  doc["layout"]["right"] = "negative";
  const Loaded<Model> loaded = LoadModel(WriteTemp("swapped.json", doc.dump()));
  REQUIRE(loaded);
  CHECK(loaded.value->layout.horizontal == Axis::Outside);
  CHECK_FALSE(loaded.value->layout.positive_right);
}

TEST_CASE("model loader errors name the file and the place") {
  json doc = ShippedModel();
  doc["types"]["opleider"]["formal"] = -1;  // now shares ontwikkelaar's quadrant
  CHECK_THAT(ModelError(doc), Catch::Contains("/types/") && Catch::Contains("shares its quadrant"));

  doc = ShippedModel();
  doc["layout"]["horizontal"] = "diagonal";
  CHECK_THAT(ModelError(doc), Catch::Contains("/layout/horizontal"));

  doc = ShippedModel();
  doc["margin"] = 2;
  CHECK_THAT(ModelError(doc), Catch::Contains("/margin"));

  doc = ShippedModel();
  doc["types"]["ondernemer"]["color"] = "purple";
  CHECK_THAT(ModelError(doc), Catch::Contains("/types/ondernemer/color"));

  doc = ShippedModel();
  doc["types"].erase("katalysator");
  CHECK_THAT(ModelError(doc),
             Catch::Contains("/types") && Catch::Contains("missing \"katalysator\""));

  doc = ShippedModel();
  doc["types"]["bakker"] = doc["types"]["opleider"];
  CHECK_THAT(ModelError(doc), Catch::Contains("/types/bakker") && Catch::Contains("unknown type"));

  doc = ShippedModel();
  doc["axes"]["outside"].erase("positive_end");
  CHECK_THAT(ModelError(doc), Catch::Contains("/axes/outside") && Catch::Contains("positive_end"));
}

TEST_CASE("the words for stability and spread come from the model file") {
  json doc = ShippedModel();
  doc["reading"] = {
      {"firm", 0.5}, {"moderate", 0.05}, {"quadrant_share", 0.3}, {"wide_quadrants", 3}};
  const Loaded<Model> loaded = LoadModel(WriteTemp("model.json", doc.dump()));
  REQUIRE(loaded);
  const Model& m = *loaded.value;
  Classification c;
  c.type = PpsType::Opleider;
  c.axis_distance = 0.4;  // firm by the shipped model, only moderate by this one
  CHECK(StabilityOf(m, c) == Stability::Moderate);
  CHECK(StabilityOf(*LoadModel(std::string(PPS_DATA_DIR) + "/model.json").value, c) ==
        Stability::Firm);
  c.axis_distance = 0.04;
  CHECK(StabilityOf(m, c) == Stability::Fragile);
  c.shares = {0.35, 0.35, 0.2, 0.1};  // two quadrants over 0.3: not wide when three are needed
  CHECK(QuadrantsInUse(m, c) == 2);
  CHECK_FALSE(SpreadWide(m, c));

  doc["reading"]["moderate"] = 0.9;
  CHECK_THAT(ModelError(doc), Catch::Contains("/reading") && Catch::Contains("moderate"));
  doc["reading"]["moderate"] = 0.1;
  doc["reading"]["wide_quadrants"] = 7;
  CHECK_THAT(ModelError(doc), Catch::Contains("/reading/wide_quadrants"));
}

TEST_CASE("guidance, library and strings loader errors name the file and the place") {
  std::ifstream in(std::string(PPS_DATA_DIR) + "/guidance.json");
  json guidance = json::parse(in);
  guidance["types"]["katalysator"]["en"]["pitfalls"] = json::array();
  std::string path = WriteTemp("guidance.json", guidance.dump());
  Loaded<Guidance> g = LoadGuidance(path);
  REQUIRE_FALSE(g);
  CHECK_THAT(g.error, Catch::StartsWith(path) && Catch::Contains("/types/katalysator/en/pitfalls"));

  path = WriteTemp("library.json", R"({"format": "pps-canvas/library", "version": 1, "activities": [
      {"id": "a", "type": "opleider", "label": "x", "formal": 0.5, "outside": -0.5},
      {"id": "b", "type": "schilder", "label": "y", "formal": 0.5, "outside": -0.5}]})");
  Loaded<std::vector<Activity>> lib = LoadLibrary(path);
  REQUIRE_FALSE(lib);
  CHECK_THAT(lib.error, Catch::StartsWith(path) && Catch::Contains("/activities/1/type"));

  path =
      WriteTemp("strings.json", R"({"format": "pps-canvas/strings", "version": 1, "strings": {}})");
  Loaded<Strings> strings = LoadStrings(path);
  REQUIRE_FALSE(strings);
  CHECK_THAT(strings.error, Catch::StartsWith(path) && Catch::Contains("/strings"));
}
