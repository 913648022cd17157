// SPDX-License-Identifier: EUPL-1.2
// Story lines recorded by doing (core/model/story_record.h) and written back to a file
// (story_file.h): a step is what changed between two settled boards; recording then playing
// reproduces every board; a step taken out leaves the boards around it as they were; written and
// read back, a story line plays the same, the shipped ones too.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/model/content.h"
#include "core/model/story_file.h"
#include "core/model/story_record.h"
#include "test_support.h"

using namespace pps;
using pps::test::At;
using pps::test::WriteTemp;

namespace {

const Content& Data() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content;
}

Token Named(const char* id, Token t) {
  t.id = id;
  t.label = {id, {}};
  return t;
}

Sketch Board(std::vector<Token> tokens) {
  Sketch s;
  s.tokens = std::move(tokens);
  return s;
}

// Whether `story` plays to exactly `boards` (its start first), token for token, in order.
bool PlaysTo(const Story& story, const std::vector<Sketch>& boards) {
  if (story.steps.size() + 1 != boards.size()) return false;
  for (std::size_t k = 0; k < boards.size(); ++k) {
    const std::vector<Token>& a = StoryBoard(story, k).tokens;
    const std::vector<Token>& b = boards[k].tokens;
    if (a.size() != b.size() || !std::equal(a.begin(), a.end(), b.begin(), SameToken)) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("record: a step is what changed between two boards", "[story]") {
  const Sketch before = Board({Named("a", At(-0.5, -0.5)), Named("b", At(0.5, 0.5, 2))});
  SECTION("nothing changed, or only raised, renamed or noted: no step") {
    CHECK_FALSE(StepBetween(before, before).step);
    Sketch raised = Board({before.tokens[1], before.tokens[0]});
    raised.tokens[0].label = {"B anders", {}};
    raised.tokens[1].note = "een notitie";
    const Recorded none = StepBetween(before, raised);
    CHECK_FALSE(none.step);
    CHECK_FALSE(none.error);
  }
  SECTION("an add, a move, a weight and a remove") {
    const Sketch after =
        Board({Named("a", At(0.3, -0.5, 3)), Named("c", At(0.1, 0.1))});  // b gone, c new
    const Recorded r = StepBetween(before, after);
    REQUIRE(r.step);
    REQUIRE(r.step->add.size() == 1);
    CHECK(SameToken(r.step->add[0], after.tokens[1]));
    REQUIRE(r.step->move.size() == 1);
    CHECK(r.step->move[0].token == "a");
    CHECK(r.step->move[0].to.formal == 0.3);
    REQUIRE(r.step->weight.size() == 1);
    CHECK(r.step->weight[0].weight == 3.0);
    CHECK(r.step->remove == std::vector<std::string>{"b"});
  }
  SECTION("more changes of a kind than a step holds: an error, no step") {
    Sketch many;
    for (std::size_t i = 0; i <= kMaxStepChanges; ++i)
      many.tokens.push_back(Named(("t" + std::to_string(i)).c_str(), At(0.1, 0.1)));
    const Recorded r = StepBetween(Board({}), many);
    CHECK_FALSE(r.step);
    CHECK(r.error.what().find("101") != std::string::npos);
  }
}

TEST_CASE("record: played back, a recording gives every board it was made of", "[story]") {
  std::vector<Sketch> boards = {Board({Named("a", At(-0.5, -0.5)), Named("b", At(0.5, -0.5))})};
  Recording recording = StartRecording(boards[0]);
  const auto change = [&](Sketch next) {
    const Recorded r = Record(recording, next);
    REQUIRE(r.step);
    boards.push_back(std::move(next));
  };
  change(Board({Named("a", At(0.2, -0.5)), Named("b", At(0.5, -0.5))}));  // a drag
  change(Board({Named("a", At(0.2, -0.5)), Named("b", At(0.5, -0.5)),
                Named("c", At(0.6, 0.6, 2))}));                                // an add
  change(Board({Named("a", At(0.2, -0.5)), Named("c", At(0.6, 0.6, 2))}));     // a remove
  change(Board({Named("a", At(0.2, -0.5, 4)), Named("c", At(0.6, 0.6, 2))}));  // a weight
  // A change that is no step adds none.
  CHECK_FALSE(Record(recording, boards.back()).step);
  CHECK(recording.steps.size() == 4);
  const Story story = RecordedStory(recording, "opname", "Opname");
  CHECK(PlaysTo(story, boards));

  SECTION("written to a file and read back, it plays the same") {
    const std::string path = WriteTemp("opname.json", "");
    REQUIRE_FALSE(SaveStory(story, path));
    const Loaded<Story> loaded = LoadStory(path, Data().library, Data().cases);
    INFO(loaded.error);
    REQUIRE(loaded);
    CHECK(loaded.value->id == "opname");
    CHECK(loaded.value->name.nl == "Opname");
    CHECK(PlaysTo(*loaded.value, boards));
  }
  SECTION("a step taken out: the boards around it stay, the next goes there straight") {
    Story shorter = story;
    REQUIRE_FALSE(RemoveStep(shorter, 1));  // the add
    CHECK(PlaysTo(shorter, {boards[0], boards[1], boards[3], boards[4]}));
    Story last = story;
    REQUIRE_FALSE(RemoveStep(last, 3));
    CHECK(PlaysTo(last, {boards[0], boards[1], boards[2], boards[3]}));
    CHECK(RemoveStep(last, 7));  // no such step
  }
  SECTION("a step whose taking out would change the boards after it stays") {
    // Step 1 takes "b" off, step 2 puts another "b" on: no one step says that.
    Recording r = StartRecording(boards[0]);
    REQUIRE(Record(r, Board({Named("a", At(-0.5, -0.5))})).step);
    Token other = Named("b", At(0.7, 0.7));
    other.label = {"Een andere b", {}};
    REQUIRE(Record(r, Board({Named("a", At(-0.5, -0.5)), other})).step);
    Story s = RecordedStory(r, "b", "B");
    const Story before = s;
    CHECK(RemoveStep(s, 0));
    CHECK(s.steps.size() == before.steps.size());
  }
  SECTION("past the steps a story line holds, a change is not recorded") {
    Recording full = StartRecording(boards[0]);
    for (std::size_t i = 0; i < kMaxStorySteps; ++i)
      REQUIRE(Record(full, Board({Named("a", At(0.001 * static_cast<double>(i + 1), -0.5))})).step);
    const Recorded over = Record(full, Board({Named("a", At(0.9, 0.9))}));
    CHECK_FALSE(over.step);
    CHECK(over.error);
    CHECK(full.steps.size() == kMaxStorySteps);
  }
}

TEST_CASE("record: the shipped story lines, written and read back, play the same", "[story]") {
  for (const Story& story : Data().stories) {
    INFO(story.id);
    const nlohmann::json doc = StoryToJson(story);
    const Story again = StoryFromJson(doc, Data().library, Data().cases);
    CHECK(again.id == story.id);
    CHECK(again.name == story.name);
    CHECK(again.claims == story.claims);
    CHECK(again.start_case == story.start_case);
    REQUIRE(again.steps.size() == story.steps.size());
    for (std::size_t k = 0; k <= story.steps.size(); ++k) {
      if (k > 0) CHECK(again.steps[k - 1].caption == story.steps[k - 1].caption);
      CHECK(SameTokens(StoryBoard(again, k), StoryBoard(story, k)));
    }
  }
}
