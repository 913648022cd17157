// SPDX-License-Identifier: EUPL-1.2
// Story lines (core/model/story.h, story_file.h): the loader names every error's file and place
// and keeps to its limits; every step of the shipped stories applies; they each end in the type
// they claim, clear of the grensgeval band.

#include <catch2/catch.hpp>

#include <string>

#include "core/model/content.h"
#include "core/model/story_file.h"
#include "test_support.h"

using namespace pps;
using pps::test::WriteTemp;

namespace {

const char* kHead = R"("format": "pps-canvas/story", "version": 1, "id": "s", "name": "Verhaal")";
const char* kStart =
    R"("start": {"tokens": [{"id": "a", "label": "A", "formal": -0.5, "outside": -0.5},
                            {"id": "b", "label": "B", "formal": 0.4, "outside": -0.5}]})";

std::string Doc(const std::string& steps, const std::string& start = kStart,
                const std::string& head = kHead) {
  return "{" + head + ", " + start + R"(, "steps": [)" + steps + "]}";
}

const Content& Data() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content;
}

Loaded<Story> Load(const std::string& name, const std::string& text) {
  return LoadStory(WriteTemp(name, text), Data().library, Data().cases);
}

// Loads `text`; requires it to fail; returns the message after the file's name.
std::string ErrorOf(const std::string& name, const std::string& text) {
  const std::string path = WriteTemp(name, text);
  const Loaded<Story> loaded = LoadStory(path, Data().library, Data().cases);
  REQUIRE_FALSE(loaded);
  REQUIRE(loaded.error.find(path + ": ") == 0);
  return loaded.error.substr(path.size() + 2);
}

}  // namespace

TEST_CASE("a story line loads: its start, and steps that add, move, weigh and remove", "[story]") {
  const Loaded<Story> loaded = Load("ok.json", Doc(R"(
    {"caption": "Alleen een kop", "i18n": {"en": {"caption": "Only a caption"}}},
    {"caption": "Erbij", "notes": "Voor de trainer",
     "add": [{"activity": "practoraat"}, {"id": "eigen", "label": "Eigen", "formal": 0.2,
              "outside": 0.3, "weight": 2}],
     "move": [{"token": "eigen", "formal": 0.6, "outside": 0.5}],
     "weight": [{"token": "a", "weight": 3}],
     "remove": ["b"]})"));
  INFO(loaded.error);
  REQUIRE(loaded);
  const Story& story = *loaded.value;
  CHECK(story.start.tokens.size() == 2);
  REQUIRE(story.steps.size() == 2);
  CHECK(story.steps[0].caption.In(Language::English) == "Only a caption");
  CHECK(story.steps[1].notes.nl == "Voor de trainer");
  const Sketch end = StoryBoard(story, 2);
  REQUIRE(end.tokens.size() == 3);  // a, practoraat, eigen; b removed
  CHECK(FindToken(end, "practoraat"));
  CHECK(FindToken(end, "b") == nullptr);
  CHECK(FindToken(end, "a")->weight == 3.0);
  CHECK(FindToken(end, "eigen")->position.formal == 0.6);
  CHECK(FindToken(end, "eigen")->weight == 2.0);
  CHECK(SameTokens(StoryBoard(story, 1), story.start));  // a caption changes nothing
  CHECK(SameTokens(StoryBoard(story, 99), end));         // past the last: the end
}

TEST_CASE("a story line starts from a case study by its id", "[story]") {
  const Loaded<Story> loaded =
      Load("case.json", Doc(R"({"caption": "Kijk"})", R"("start": {"case": "civ-water"})"));
  INFO(loaded.error);
  REQUIRE(loaded);
  CHECK(loaded.value->start_case == "civ-water");
  CHECK(SameTokens(loaded.value->start, *FindCase(Data(), "civ-water")));
  CHECK(ErrorOf("nocase.json", Doc(R"({"caption": "Kijk"})", R"("start": {"case": "nergens"})")) ==
        "/start/case: no case study \"nergens\"");
}

TEST_CASE("a broken story line says what and where", "[story]") {
  const std::string step = R"({"caption": "Kijk"})";
  CHECK(ErrorOf("format.json", Doc(step, kStart, R"("format": "pps-canvas/sketch", "version": 1,
                                                    "id": "s", "name": "V")"))
            .find("/format") == 0);
  CHECK(ErrorOf("version.json", Doc(step, kStart, R"("format": "pps-canvas/story", "version": 2,
                                                     "id": "s", "name": "V")"))
            .find("/version") == 0);
  CHECK(ErrorOf("noid.json", Doc(step, kStart, R"("format": "pps-canvas/story", "version": 1,
                                                  "name": "V")")) == "/: missing \"id\"");
  CHECK(ErrorOf("empty.json", Doc("")) == "/steps: a story line needs at least one step");
  // No caption is none: the room reads why the step did what it did (a recorded step's).
  CHECK(Load("caption.json", Doc(R"({"notes": "x"})")));
  CHECK(ErrorOf("long.json", Doc(R"({"caption": ")" + std::string(301, 'x') + "\"}"))
            .find("/steps/0/caption") == 0);
  CHECK(ErrorOf("claims.json", Doc(step, kStart, std::string(kHead) + R"(, "claims": "baas")"))
            .find("/claims: unknown type \"baas\"") == 0);
  CHECK(ErrorOf("move.json", Doc(step + R"(, {"caption": "x", "move": [{"token": "b",
        "formal": 0.1, "outside": 0.1}, {"token": "z", "formal": 0.1, "outside": 0.1}]})")) ==
        "/steps/1/move/1/token: no token \"z\" on the board at this step");
  CHECK(ErrorOf("gone.json", Doc(R"({"caption": "x", "remove": ["a"]},
                                    {"caption": "y", "weight": [{"token": "a", "weight": 2}]})")) ==
        "/steps/1/weight/0/token: no token \"a\" on the board at this step");
  CHECK(ErrorOf("remove.json", Doc(R"({"caption": "x", "remove": ["q"]})")) ==
        "/steps/0/remove/0: no token \"q\" on the board at this step");
  CHECK(ErrorOf("removeid.json", Doc(R"({"caption": "x", "remove": [3]})"))
            .find("/steps/0/remove/0: must be a token id") == 0);
  CHECK(ErrorOf("activity.json", Doc(R"({"caption": "x", "add": [{"activity": "vliegen"}]})")) ==
        "/steps/0/add/0/activity: no activity \"vliegen\" in the library");
  CHECK(ErrorOf("weight.json", Doc(R"({"caption": "x", "weight": [{"token": "a", "weight": 0}]})"))
            .find("/steps/0/weight/0/weight: must be a number in (0, 100]") == 0);
  CHECK(ErrorOf("place.json",
                Doc(R"({"caption": "x", "move": [{"token": "a", "formal": 2, "outside": 0}]})"))
            .find("/steps/0/move/0/formal") == 0);
  CHECK(ErrorOf("stepkind.json", Doc(R"("stap")")).find("/steps/0: must be an object") == 0);
  CHECK(ErrorOf("twice.json", Doc(R"({"caption": "x", "add": [{"id": "a", "label": "A2",
        "formal": 0.1, "outside": 0.1}]})")) ==
        "/steps/0/add/0: token \"a\" is on the board already at this step; give the added one an "
        "\"id\" of its own");
  CHECK(ErrorOf("dup.json", Doc(step, R"("start": {"tokens": [
        {"id": "a", "label": "A", "formal": 0.1, "outside": 0.1},
        {"id": "a", "label": "A", "formal": 0.2, "outside": 0.1}]})")) ==
        "/start/tokens/1/id: duplicate token id \"a\"");
}

TEST_CASE("a story line keeps to its limits", "[story]") {
  std::string steps;
  for (std::size_t i = 0; i <= kMaxStorySteps; ++i)
    steps += (i ? ", " : "") + std::string(R"({"caption": "x"})");
  CHECK(ErrorOf("steps.json", Doc(steps)).find("/steps: has 101 items; at most 100") == 0);
  std::string moves;
  for (std::size_t i = 0; i <= kMaxStepChanges; ++i)
    moves += (i ? ", " : "") + std::string(R"({"token": "a", "formal": 0.1, "outside": 0.1})");
  CHECK(ErrorOf("moves.json", Doc(R"({"caption": "x", "move": [)" + moves + "]}"))
            .find("/steps/0/move: has 101 items; at most 100") == 0);
}

TEST_CASE("every step of every shipped story line applies to the board before it", "[story]") {
  const Content& data = Data();
  INFO((data.errors.empty() ? std::string() : data.errors.front()));
  REQUIRE(data.errors.empty());
  REQUIRE(data.stories.size() >= 4);
  for (const Story& story : data.stories) {
    INFO(story.id);
    for (std::size_t k = 0; k < story.steps.size(); ++k) {
      // (Back, on the board as the app shows it: tests/ui/story_test.cpp.)
      Sketch board = StoryBoard(story, k);
      REQUIRE(ApplyStep(board, story.steps[k]).empty());
      CHECK(SameTokens(board, StoryBoard(story, k + 1)));
    }
  }
}

TEST_CASE("the shipped story lines end in the type each claims, one into each type", "[story]") {
  const Content& data = Data();
  std::array<int, kTypeCount> into{};
  for (const Story& story : data.stories) {
    INFO(story.id);
    REQUIRE(story.claims);
    REQUIRE(!story.steps.empty());
    const Classification start = Classify(data.model, story.start.tokens);
    const Classification end = Classify(data.model, StoryBoard(story, story.steps.size()).tokens);
    CHECK(end.type == story.claims);
    CHECK(start.type != story.claims);  // a story of a shift
    CHECK_FALSE(end.grensgeval);
    ++into[Index(*story.claims)];
    for (const StoryStep& step : story.steps) {
      CHECK_FALSE(step.caption.nl.empty());
      CHECK_FALSE(step.caption.en.empty());
    }
  }
  for (int n : into) CHECK(n >= 1);
}
