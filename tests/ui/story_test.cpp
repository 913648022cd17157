// SPDX-License-Identifier: EUPL-1.2
// Story lines through the real input path: opened from the gallery's list, stepped on with a
// clicker's PageDown (and the arrows, Space, the room panel's ▶) and back with PageUp (and ◀);
// every step shows the board the story has there, a step back exactly the board before it, and
// the last step the type the story claims. A detour dragged off the script is left by the next
// step, which shows the script's board again.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

// Opens story `index` with its button in the gallery, and presents.
void OpenStory(Harness& h, std::size_t index) {
  const std::string button = "##story" + std::to_string(index);
  if (!h.Shows(button)) h.Click(h.Text(Str::Sketches));
  h.Click(button);
  REQUIRE(h.state.story.story == static_cast<int>(index));
  h.Key(Key::F5);
  REQUIRE(h.state.presentation.on);
}

// Whether the board holds exactly `tokens`: every field, in the same order (the stacking).
bool Holds(const Harness& h, const std::vector<Token>& tokens) {
  const std::vector<Token>& now = h.state.board.Current().tokens;
  return now.size() == tokens.size() &&
         std::equal(now.begin(), now.end(), tokens.begin(), SameToken);
}

// Whether the board holds exactly the story's board at `step`.
bool AtStep(const Harness& h, const Story& story, std::size_t step) {
  return Holds(h, StoryBoard(story, step).tokens);
}

}  // namespace

TEST_CASE("a story line steps on with PageDown and back with PageUp, exactly", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Content& content = h.state.content;
  REQUIRE(content.stories.size() >= 4);
  for (std::size_t s = 0; s < content.stories.size(); ++s) {
    const Story& story = content.stories[s];
    INFO(story.id);
    OpenStory(h, s);
    CHECK(AtStep(h, story, 0));
    for (std::size_t k = 1; k <= story.steps.size(); ++k) {
      h.Key(Key::PageDown);
      REQUIRE(h.state.story.step == static_cast<int>(k));
      CHECK(AtStep(h, story, k));
      CHECK_FALSE(h.state.story.because.nl.empty());
    }
    // At the end PageDown does nothing; the board holds the type the story claims.
    h.Key(Key::PageDown);
    CHECK(h.state.story.step == static_cast<int>(story.steps.size()));
    const Classification end = Classify(content.model, h.state.board.Current().tokens);
    CHECK(end.type == story.claims);
    for (std::size_t k = story.steps.size(); k-- > 0;) {
      h.Key(Key::PageUp);
      CHECK(AtStep(h, story, k));
    }
    h.Key(Key::PageUp);  // at the start: nothing
    CHECK(h.state.story.step == 0);
    h.Key(Key::F5);
  }
}

TEST_CASE("a story line steps with the room panel's buttons, the arrows and Space", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  h.Click("\u25B6##story_next");
  CHECK(h.state.story.step == 1);
  CHECK(h.Shows("1 / " + std::to_string(story.steps.size()) + "##story_where"));
  h.Key(Key::Right);
  CHECK(h.state.story.step == 2);
  h.Key(Key::Space);
  CHECK(h.state.story.step == 3);
  h.Key(Key::Left);
  CHECK(h.state.story.step == 2);
  h.Click("\u25C0##story_back");
  CHECK(h.state.story.step == 1);
  CHECK(AtStep(h, story, 1));
}

TEST_CASE("a detour from a story line is left by its next step, and undone in one", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  h.Key(Key::PageDown);
  // The trainer drags a token off the script to answer a question.
  const std::string id = h.state.board.Current().tokens.front().id;
  const ImVec2 at = h.ChipCentre(id);
  h.Drag(at, ImVec2(at.x + 150.0f, at.y - 120.0f));
  REQUIRE_FALSE(AtStep(h, story, 1));
  const std::vector<Token> detour = h.state.board.Current().tokens;
  // The next step shows the script's board: the detour is gone.
  h.Key(Key::PageDown);
  CHECK(AtStep(h, story, 2));
  // A step is one undo step: back to the detour, whole.
  h.Key(Key::Z, kModCtrl);
  CHECK(Holds(h, detour));
  // PageUp shows the script's step before it.
  h.Key(Key::PageUp);
  CHECK(AtStep(h, story, 1));
  CHECK(h.state.story.step == 1);
}

TEST_CASE("undoing a story line's step steps it back", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  h.Key(Key::PageDown);
  h.Key(Key::PageDown);
  h.Key(Key::Z, kModCtrl);
  CHECK(AtStep(h, story, 1));
  CHECK(h.state.story.step == 1);  // the caption says what the board shows
  h.Key(Key::Y, kModCtrl);
  CHECK(AtStep(h, story, 2));
  CHECK(h.state.story.step == 2);
}

TEST_CASE("a story line's keys step it only while presenting", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  h.Key(Key::F5);
  REQUIRE_FALSE(h.state.presentation.on);
  h.Key(Key::PageDown);
  h.Key(Key::Space);
  CHECK(h.state.story.step == 0);
  CHECK(AtStep(h, story, 0));
}

TEST_CASE("opening another board closes the story line", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  OpenStory(h, 0);
  h.Key(Key::F5);
  h.OpenCase("civil");
  CHECK_FALSE(h.state.story.Open());
  h.Key(Key::PageDown);  // nothing to step
  CHECK(h.state.board.Current().id == "civil");
}
