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
