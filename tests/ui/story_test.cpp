// SPDX-License-Identifier: EUPL-1.2
// Story lines through the real input path: opened from the gallery's list, stepped on with a
// clicker's PageDown (and the arrows, Space, the room panel's ▶) and back with PageUp (and ◀);
// every step shows the board the story has there, a step back exactly the board before it, and
// the last step the type the story claims. A detour dragged off the script is left by the next
// step, which shows the script's board again.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
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

namespace {

struct Crossing {
  std::size_t story = 0, step = 0;  // the step, 1-based, after which the type is another
};

// The first step of a shipped story line that changes one type into another.
Crossing FirstCrossing(const Content& content) {
  for (std::size_t s = 0; s < content.stories.size(); ++s) {
    const Story& story = content.stories[s];
    for (std::size_t k = 1; k <= story.steps.size(); ++k) {
      const Classification a = Classify(content.model, StoryBoard(story, k - 1).tokens);
      const Classification b = Classify(content.model, StoryBoard(story, k).tokens);
      if (a.type && b.type && a.type != b.type) return {s, k};
    }
  }
  FAIL("no story line changes a type");
  return {};
}

// `key` pressed and released, the frame that takes it and the one that draws what it asked for
// (a step's glide just begun).
void PressNow(Harness& h, Key key) {
  h.queue.Push(KeyEvent(key, kModNone, true, ImGui::GetTime()));
  h.queue.Push(KeyEvent(key, kModNone, false, ImGui::GetTime()));
  while (h.queue.Pending()) h.Frame();
  h.Frame();
}

double Distance(BoardPoint a, BoardPoint b) {
  return std::hypot(a.formal - b.formal, a.outside - b.outside);
}

}  // namespace

TEST_CASE("a story line's step glides, and the zwaartepunt and the type follow frame by frame",
          "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Content& content = h.state.content;
  const Crossing crossing = FirstCrossing(content);
  const Story& story = content.stories[crossing.story];
  INFO(story.id << ", step " << crossing.step);
  OpenStory(h, crossing.story);
  for (std::size_t k = 1; k < crossing.step; ++k) h.Key(Key::PageDown);
  h.Hold(60);  // the last step's glide over
  REQUIRE_FALSE(h.probe.board.glide);
  const Classification before =
      Classify(content.model, StoryBoard(story, crossing.step - 1).tokens);
  const Classification after = Classify(content.model, StoryBoard(story, crossing.step).tokens);

  // PageDown: the board holds the step's end at once; what is shown glides there.
  PressNow(h, Key::PageDown);
  REQUIRE(AtStep(h, story, crossing.step));
  const double pressed = ImGui::GetTime();
  std::vector<BoardPoint> path;
  int frames = 0;
  for (; frames < 120; ++frames) {
    h.Frame();
    if (!h.probe.board.glide) break;
    REQUIRE(h.probe.board.zwaartepunt);
    path.push_back(*h.probe.board.zwaartepunt);
    CHECK(h.Busy());  // the app draws on while it glides
  }
  // About 0.8 s at 60 frames a second, each frame a little further.
  CHECK(frames >= 40);
  CHECK(frames <= 60);
  REQUIRE(path.size() >= 40);
  CHECK(Distance(path.front(), before.zwaartepunt) < 0.01);
  CHECK(Distance(path.back(), after.zwaartepunt) < 0.01);
  const BoardPoint middle = path[path.size() / 2];
  CHECK(Distance(middle, before.zwaartepunt) > 0.05);
  CHECK(Distance(middle, after.zwaartepunt) > 0.05);
  // The type shifted on the way, not at the press: the banner shows as the zwaartepunt crosses.
  const TypeShift* shift = h.state.timeline.Latest();
  REQUIRE(shift);
  CHECK(shift->to == after.type);
  CHECK(shift->time > pressed + 0.1);
  CHECK(shift->time < pressed + 0.7);
  REQUIRE(h.probe.board.zwaartepunt);
  CHECK(Distance(*h.probe.board.zwaartepunt, after.zwaartepunt) < 1e-9);

  // PageUp glides back the same way.
  h.Key(Key::PageUp);
  CHECK(h.probe.board.glide);
  CHECK(AtStep(h, story, crossing.step - 1));
  h.Hold(60);
  CHECK_FALSE(h.probe.board.glide);
  CHECK(Distance(*h.probe.board.zwaartepunt, before.zwaartepunt) < 1e-9);
}

TEST_CASE("a press on the board ends a step's glide at once; the room panel's buttons do not",
          "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  PressNow(h, Key::PageDown);
  REQUIRE(h.probe.board.glide);
  // The laser points at the board: the glide goes on.
  h.Click("##laser", false);
  REQUIRE(h.state.laser.on);
  const BoardRect& r = h.state.board_rect;
  const ImVec2 corner(r.min.x + 4.0f, r.max.y - 4.0f);  // a corner no chip covers
  h.Tap(corner, false);
  CHECK(h.probe.board.glide);
  h.Click("##laser", false);
  CHECK(h.probe.board.glide);
  // A press on the board: in that frame, the step's end.
  h.Tap(corner, false);
  CHECK_FALSE(h.probe.board.glide);
  CHECK(AtStep(h, story, 1));
  const Classification end = Classify(h.state.content.model, StoryBoard(story, 1).tokens);
  REQUIRE(h.probe.board.zwaartepunt);
  CHECK(Distance(*h.probe.board.zwaartepunt, end.zwaartepunt) < 1e-9);
}

TEST_CASE("off the script, \"Terug naar het verhaal\" and T show the step's board again",
          "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  h.Key(Key::PageDown);
  h.Hold(60);
  CHECK_FALSE(h.Shows("##story_return"));
  const auto detour = [&] {
    const std::string id = h.state.board.Current().tokens.front().id;
    const ImVec2 at = h.ChipCentre(id);
    h.Drag(at, ImVec2(at.x + 150.0f, at.y - 120.0f));
    REQUIRE_FALSE(AtStep(h, story, 1));
  };
  detour();
  // The middle of the row becomes the way back, and takes it.
  REQUIRE(h.Shows(h.Text(Str::BackToStory) + "##story_return"));
  CHECK_FALSE(h.Shows("##story_where"));
  h.Click("##story_return", false);
  CHECK(AtStep(h, story, 1));
  CHECK(h.state.story.step == 1);
  CHECK(h.probe.board.glide);  // it glides back, as a step does
  h.Hold(60);
  CHECK_FALSE(h.Shows("##story_return"));
  // T does the same.
  detour();
  h.Key(Key::T);
  CHECK(AtStep(h, story, 1));
  CHECK(h.state.story.step == 1);
}

TEST_CASE("a story line's steps are listed, and a tap jumps to one", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  REQUIRE(story.steps.size() >= 3);
  h.Click("##story_where");
  REQUIRE(h.state.story.steps_listed);
  CHECK(h.Shows("##story_step0"));
  CHECK(h.Shows("##room_depth6"));  // the room's depth moves into the list
  h.Click("##story_step2");
  CHECK(h.state.story.step == 2);
  CHECK(AtStep(h, story, 2));
  CHECK_FALSE(h.state.story.steps_listed);  // the room sees the board again
  CHECK_FALSE(h.Shows("##story_step0"));
  // Home and End: the start and the end.
  h.Key(Key::End);
  CHECK(AtStep(h, story, story.steps.size()));
  h.Key(Key::Home);
  CHECK(AtStep(h, story, 0));
  CHECK(h.state.story.step == 0);
}

TEST_CASE("a story line's pace is chosen in its list, and its steps glide that long", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  OpenStory(h, 0);
  h.Click("##story_where");
  h.Click("##step_pace20");
  CHECK(h.state.settings.step_seconds == Approx(2.0));
  h.Click("##story_where");  // closes the list
  PressNow(h, Key::PageDown);
  h.Hold(115);  // 1.92 s: still under way
  CHECK(h.probe.board.glide);
  h.Hold(10);
  CHECK_FALSE(h.probe.board.glide);
}

TEST_CASE("a step taken while one glides goes on from where the room sees it", "[story]") {
  Harness h{ImVec2(1920, 1080)};
  const Story& story = h.state.content.stories.front();
  OpenStory(h, 0);
  for (int clicks = 0; clicks < 3; ++clicks) {
    PressNow(h, Key::PageDown);
    h.Hold(12);  // a quarter of the way
    REQUIRE(h.probe.board.glide);
    REQUIRE(h.probe.board.zwaartepunt);
    const BoardPoint was = *h.probe.board.zwaartepunt;
    PressNow(h, Key::PageDown);  // the next step, at once
    REQUIRE(h.probe.board.zwaartepunt);
    INFO("click " << clicks);
    CHECK(Distance(*h.probe.board.zwaartepunt, was) < 0.03);  // no jump: a frame's way at most
  }
  h.Hold(60);
  CHECK(AtStep(h, story, 6 > story.steps.size() ? story.steps.size() : 6));
}
