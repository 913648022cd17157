// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/model/sketch_file.h"
#include "test_support.h"

using namespace pps;
using pps::test::WriteTemp;

namespace {

std::string Doc(const std::string& tokens,
                const std::string& head = R"("format": "pps-canvas/sketch", "version": 1)") {
  return "{" + head + R"(, "name": "Mijn PPS", "tokens": [)" + tokens + "]}";
}

const char* kToken = R"({"id": "a", "label": "Gastlessen", "formal": 0.4, "outside": -0.3})";

// Loads `text` as a sketch file; requires it to fail; returns the message.
std::string ErrorOf(const std::string& name, const std::string& text) {
  const std::string path = WriteTemp(name, text);
  const Loaded<Sketch> loaded = LoadSketch(path);
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error.find(path) == 0);
  return loaded.error;
}

}  // namespace

TEST_CASE("a valid sketch loads with defaults filled in") {
  const Loaded<Sketch> loaded = LoadSketch(WriteTemp("ok.json", Doc(kToken)));
  REQUIRE(loaded);
  REQUIRE(loaded.value->tokens.size() == 1);
  const Token& t = loaded.value->tokens[0];
  CHECK(t.id == "a");
  CHECK(t.label.nl == "Gastlessen");
  CHECK(t.position.formal == 0.4);
  CHECK(t.position.outside == -0.3);
  CHECK(t.weight == 1.0);
  CHECK(loaded.value->name.nl == "Mijn PPS");
}

TEST_CASE("sketch loader errors name the file and the place") {
  CHECK_THAT(
      ErrorOf("syntax.json", "{\n  \"format\": \"pps-canvas/sketch\",\n  \"version\": 1,,\n}"),
      Catch::Contains("line 3") && Catch::Contains("not valid JSON"));
  CHECK_THAT(ErrorOf("missing.json", Doc(R"({"id": "a", "label": "x", "formal": 0.1})")),
             Catch::Contains("/tokens/0") && Catch::Contains("missing \"outside\""));
  CHECK_THAT(ErrorOf("mistyped.json",
                     Doc(R"({"id": "a", "label": "x", "formal": "links", "outside": 0})")),
             Catch::Contains("/tokens/0/formal") && Catch::Contains("must be a number"));
  CHECK_THAT(
      ErrorOf("range.json", Doc(R"({"id": "a", "label": "x", "formal": 1.5, "outside": 0})")),
      Catch::Contains("/tokens/0/formal") && Catch::Contains("[-1, 1]"));
  CHECK_THAT(
      ErrorOf("infinite.json", Doc(R"({"id": "a", "label": "x", "formal": 1e999, "outside": 0})")),
      Catch::Contains("out of range") && Catch::Contains("1e999"));
  CHECK_THAT(ErrorOf("weight.json",
                     Doc(R"({"id": "a", "label": "x", "formal": 0, "outside": 0, "weight": 0})")),
             Catch::Contains("/tokens/0/weight"));
  CHECK_THAT(ErrorOf("duplicate.json", Doc(std::string(kToken) + "," + kToken)),
             Catch::Contains("/tokens/1/id") && Catch::Contains("duplicate token id \"a\""));
  CHECK_THAT(ErrorOf("version.json", Doc(kToken, R"("format": "pps-canvas/sketch", "version": 7)")),
             Catch::Contains("/version") && Catch::Contains("not supported"));
  CHECK_THAT(ErrorOf("format.json", Doc(kToken, R"("format": "something-else", "version": 1)")),
             Catch::Contains("/format"));
  CHECK_THAT(
      ErrorOf("type.json",
              Doc(kToken,
                  R"("format": "pps-canvas/sketch", "version": 1, "published_type": "bakker")")),
      Catch::Contains("/published_type") && Catch::Contains("unknown type \"bakker\""));
  CHECK_THAT(ErrorOf("notobject.json", "[1, 2]"), Catch::Contains("must be a JSON object"));
  CHECK_THAT(
      ErrorOf("tokenlist.json", R"({"format": "pps-canvas/sketch", "version": 1, "tokens": {}})"),
      Catch::Contains("/tokens") && Catch::Contains("must be an array"));
}

TEST_CASE("a missing file is an error naming it") {
  const Loaded<Sketch> loaded = LoadSketch("/nonexistent/dir/sketch.json");
  REQUIRE_FALSE(loaded);
  CHECK_THAT(loaded.error, Catch::Contains("/nonexistent/dir/sketch.json") &&
                               Catch::Contains("cannot be opened"));
}

TEST_CASE("a saved sketch reads back unchanged, and saving is atomic") {
  Sketch sketch;
  sketch.id = "mine";
  sketch.name = {"Mijn PPS", "My PPS"};
  sketch.published_type = PpsType::Katalysator;
  Token t;
  t.id = "x";
  t.label = {"Docentstages", "Teacher placements"};
  t.position = {-0.25, 0.75};
  t.weight = 1.5;
  t.why = {"Bij het bedrijf", "At the company"};
  sketch.tokens.push_back(t);

  const std::string path = WriteTemp("saved.json", "old contents");
  REQUIRE(SaveSketch(sketch, path).empty());
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
    CHECK(entry.path().filename().string().rfind("saved.json.", 0) ==
          std::string::npos);  // no temp left
  const Loaded<Sketch> back = LoadSketch(path);
  REQUIRE(back);
  CHECK(back.value->name.en == "My PPS");
  CHECK(back.value->published_type == PpsType::Katalysator);
  REQUIRE(back.value->tokens.size() == 1);
  CHECK(back.value->tokens[0].label.en == "Teacher placements");
  CHECK(back.value->tokens[0].position.outside == 0.75);
  CHECK(back.value->tokens[0].weight == 1.5);
  CHECK(back.value->tokens[0].why.nl == "Bij het bedrijf");
}

TEST_CASE("a save into a folder that does not exist fails and says where") {
  const Error error = SaveSketch(Sketch{}, "/nonexistent/dir/x.json");
  CHECK_THAT(error.what(), Catch::Contains("/nonexistent/dir/x.json"));
}
