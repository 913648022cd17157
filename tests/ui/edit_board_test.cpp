// SPDX-License-Identifier: EUPL-1.2
// Building a board by hand: activities from the library onto it; each change one undo step.
// (Taking tokens off: touch_manners_test.cpp.)

#include <catch2/catch.hpp>

#include "drawn_text.h"
#include "harness.h"

using namespace pps;
using pps::test::DrawnText;
using pps::test::Harness;
using pps::test::WithoutSpaces;

namespace {

// The first library activity of `type`.
const Activity& FirstOf(const Harness& h, PpsType type) {
  for (const Activity& a : h.state.content.library)
    if (a.type == type) return a;
  FAIL("no activity of that type");
  return h.state.content.library.front();
}

}  // namespace

TEST_CASE("a library activity lands on the board with one tap and counts at once") {
  Harness h(ImVec2(1280, 1600));  // tall enough to show the Opleider activities
  h.Click(h.Text(Str::AddActivity));
  REQUIRE(h.state.library_open);
  CHECK(h.probe.guidance.section_count == 0);  // the library stands in for the guidance
  const Activity& opleider = FirstOf(h, PpsType::Opleider);
  h.Click(opleider.token.id);
  h.Click(opleider.token.id);
  REQUIRE(h.sketch().tokens.size() == 2);
  CHECK(h.sketch().tokens[0].id != h.sketch().tokens[1].id);
  CHECK(h.Now().type == PpsType::Opleider);
  CHECK(h.state.chips.rects.size() == 2);

  h.Click(h.Text(Str::Undo));  // each tap is its own step
  CHECK(h.sketch().tokens.size() == 1);

  h.Click(h.Text(Str::Done));
  CHECK_FALSE(h.state.library_open);
  CHECK(h.probe.guidance.type == PpsType::Opleider);
  CHECK(h.probe.guidance.section_count >= 1);
}

TEST_CASE("a library activity's card says why it stands where it does") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  const Activity& ontwikkelaar = FirstOf(h, PpsType::Ontwikkelaar);
  h.Click(ontwikkelaar.token.id);
  h.Click("##close_library");
  h.Tap(h.ChipCentre(h.sketch().tokens.back().id));
  REQUIRE(h.state.token_menus[0].Open());
  const std::string card = DrawnText("##token_menu");
  CHECK(card.find(WithoutSpaces(h.Text(Str::WhyHere))) != std::string::npos);
  CHECK(card.find(WithoutSpaces(ontwikkelaar.token.why.nl).substr(0, 20)) != std::string::npos);
}

namespace {

// The middle of the button `label` as drawn in the last frame.
ImVec2 MiddleOf(const Harness& h, const std::string& label) {
  const TapTarget* target = h.state.targets.Find(label.c_str());
  REQUIRE(target != nullptr);
  return {(target->visible.min.x + target->visible.max.x) * 0.5f,
          (target->visible.min.y + target->visible.max.y) * 0.5f};
}

// Presses `from` with `pointer`, moves to `to` (first a few px at a time, as a finger starts,
// then in long steps), one frame each, and lets go there.
void Carry(Harness& h, ImVec2 from, ImVec2 to, PointerId pointer = kMousePointer) {
  if (pointer == kMousePointer) h.MoveTo(from);
  h.Press(from, pointer);
  const float sign = to.x < from.x ? -1.0f : 1.0f;
  for (int i = 1; i <= 4; ++i)
    h.MoveTo(ImVec2(from.x + sign * 5.0f * static_cast<float>(i), from.y), pointer);
  const ImVec2 start(from.x + sign * 20.0f, from.y);
  for (int i = 1; i <= 12; ++i) {
    const float f = static_cast<float>(i) / 12.0f;
    h.MoveTo(ImVec2(start.x + (to.x - start.x) * f, start.y + (to.y - start.y) * f), pointer);
  }
  h.Release(to, pointer);
  h.Settle();
}

}  // namespace

TEST_CASE("a library activity carried onto the board stands where it was let go") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  const Activity& activity = FirstOf(h, PpsType::Ontwikkelaar);
  REQUIRE(ImGui::FindWindowByName("sidebar")->ScrollMax.y > 0.0f);  // it could scroll
  const float scrolled = ImGui::FindWindowByName("sidebar")->Scroll.y;
  Carry(h, MiddleOf(h, activity.token.id), h.Screen({0.6, 0.55}));
  REQUIRE(h.sketch().tokens.size() == 1);
  const Token& put = h.sketch().tokens[0];
  CHECK(put.label.nl == activity.token.label.nl);
  CHECK(put.position.formal == Approx(0.6).margin(0.01));
  CHECK(put.position.outside == Approx(0.55).margin(0.01));
  CHECK(h.Now().type == PpsType::Ondernemer);  // where it was put, not where it belongs
  CHECK(ImGui::FindWindowByName("sidebar")->Scroll.y == scrolled);  // carried, not scrolled
  CHECK(h.state.library_open);                                      // open for the next one
  h.Click(h.Text(Str::Undo));                                       // one step
  CHECK(h.sketch().tokens.empty());

  // By a finger, the same; let go off the board (over the toolbar), nothing.
  constexpr PointerId kFinger{PointerSource::Touch, 3};
  Carry(h, MiddleOf(h, activity.token.id), h.Screen({-0.5, 0.5}), kFinger);
  REQUIRE(h.sketch().tokens.size() == 1);
  CHECK(h.sketch().tokens[0].position.formal == Approx(-0.5).margin(0.01));
  Carry(h, MiddleOf(h, activity.token.id), ImVec2(100, 300), kFinger);
  CHECK(h.sketch().tokens.size() == 1);
  // Carried a little way and let go over the list again: nothing either (not a tap).
  const ImVec2 item = MiddleOf(h, activity.token.id);
  Carry(h, item, ImVec2(item.x - 60.0f, item.y));
  CHECK(h.sketch().tokens.size() == 1);
  CHECK_FALSE(h.state.entries.at[0].open);
}

TEST_CASE("one's own activity carried onto the board asks its name, then stands there") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  Carry(h, MiddleOf(h, "##own_activity"), h.Screen({-0.4, 0.6}));
  REQUIRE(h.state.entries.at[0].open);
  CHECK(h.sketch().tokens.empty());
  h.TypeInEntry("Hackathon");
  REQUIRE(h.sketch().tokens.size() == 1);
  CHECK(h.sketch().tokens[0].label.nl == "Hackathon");
  CHECK(h.sketch().tokens[0].position.formal == Approx(-0.4).margin(0.01));
  CHECK(h.sketch().tokens[0].position.outside == Approx(0.6).margin(0.01));
  CHECK(h.Now().type == PpsType::Katalysator);
}

TEST_CASE("the library button opens and closes the library") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  CHECK(h.state.library_open);
  CHECK(h.Shows(FirstOf(h, PpsType::Katalysator).token.id));
  h.Click(h.Text(Str::AddActivity));
  CHECK_FALSE(h.state.library_open);
  CHECK_FALSE(h.Shows(FirstOf(h, PpsType::Katalysator).token.id));
}

TEST_CASE("a token dropped on the board stays, where it was dropped") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.sketch().tokens.size();
  const std::string id = h.sketch().tokens[0].id;
  h.Drag(h.ChipCentre(id), h.Screen({0.0, 0.0}));
  CHECK(h.sketch().tokens.size() == before);
  const ImVec2 now = h.ChipCentre(id);
  const ImVec2 centre = h.Screen({0.0, 0.0});
  CHECK(std::abs(now.x - centre.x) < 40.0f);
  CHECK(std::abs(now.y - centre.y) < 40.0f);
}

TEST_CASE("a tap on a button shows its result before the app sleeps") {
  Harness h;
  // A tap's move, press and release arrive together: the queue spreads them over frames, and
  // the frames go on until the screen is still, with the new board on it.
  h.Click("CIV Water");
  CHECK(h.probe.guidance.type == PpsType::Opleider);
  CHECK_FALSE(h.Busy());
}

TEST_CASE("a full board takes no more activities and says why") {
  Harness h(ImVec2(1280, 1600));
  Token token = h.state.content.library.front().token;
  for (std::size_t i = 0; i < kMaxTokens; ++i) {
    token.id = "t" + std::to_string(i);
    REQUIRE_FALSE(h.state.board.Add(token).empty());
  }
  h.Click(h.Text(Str::AddActivity));
  const Activity& opleider = FirstOf(h, PpsType::Opleider);
  h.Click(opleider.token.id);
  CHECK(h.sketch().tokens.size() == kMaxTokens);
  REQUIRE_FALSE(h.state.messages.Empty());
  CHECK(h.state.messages.Entries().back().text == h.Text(Str::BoardFull));
}
