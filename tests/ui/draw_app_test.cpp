// SPDX-License-Identifier: EUPL-1.2
// Headless UI tests: the real per-frame DrawApp() driven through the app's input path, one
// frame per pointer event, asserting on the model and on what the board and sidebar showed.

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

TEST_CASE("pressing on a token grabs the topmost one and brings it to the front") {
  Harness h;
  h.OpenCase("civ-water");
  // Stack the bottom token right on the next one, so two chips overlap at one place.
  const std::string below = h.sketch().tokens[0].id, top = h.sketch().tokens[1].id;
  h.state.board.Move(below, h.TokenOf(top).position);
  h.state.board.Raise(top);
  h.Settle();
  const ImVec2 at = h.ChipCentre(top);
  h.MoveTo(at);
  h.Press(at);
  const std::string* held = h.state.router.HeldBy(kMousePointer);
  REQUIRE(held != nullptr);
  CHECK(*held == top);
  CHECK(h.sketch().tokens.back().id == top);
  h.Release(at);
  CHECK_FALSE(h.state.router.Any());
}

TEST_CASE("a tap on a token that is already in front changes nothing") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string top = h.sketch().tokens.back().id;
  const std::uint64_t revision = h.state.board.Revision();
  h.Tap(h.ChipCentre(top));
  CHECK(h.state.board.Revision() == revision);
}

TEST_CASE("dragging a token across an axis changes type and sidebar in the same frame") {
  Harness h;
  h.OpenCase("zorgboulevard-roosendaal");
  REQUIRE(h.Now().type == PpsType::Ontwikkelaar);
  REQUIRE(h.probe.guidance.type == PpsType::Ontwikkelaar);

  const std::string id = h.sketch().tokens[0].id;
  const BoardPoint start = h.TokenOf(id).position;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  REQUIRE(h.state.router.Any());

  // Move it in small steps deep into the formal, outside corner.
  const ImVec2 target = h.Screen({0.95, 0.95});
  int changed_frames = 0;
  std::optional<PpsType> before = h.Now().type;
  for (int step = 1; step <= 60; ++step) {
    const float f = static_cast<float>(step) / 60.0f;
    h.MoveTo(ImVec2(at.x + (target.x - at.x) * f, at.y + (target.y - at.y) * f));
    const Classification c = h.Now();
    CHECK(h.probe.guidance.type == c.type);  // the sidebar follows in the very same frame
    if (c.type != before) {
      ++changed_frames;
      REQUIRE(h.probe.guidance.section_count >= 1);
      CHECK(h.probe.guidance.sections[0] == *c.type);
      CHECK(h.state.timeline.Latest()->to == c.type);
      CHECK(h.probe.board.banner);  // announced on the board
    }
    before = c.type;
  }
  CHECK(changed_frames >= 1);
  CHECK(h.Now().type != PpsType::Ontwikkelaar);
  CHECK(h.state.timeline.Count() == changed_frames);  // each shift announced once
  CHECK(h.probe.board.trail_pieces > 0);        // the zwaartepunt left a trail

  h.Release(target);  // it stays where it was dropped
  CHECK_FALSE(h.state.router.Any());
  CHECK(h.TokenOf(id).position.formal > start.formal);
  CHECK(h.TokenOf(id).position.outside > start.outside);
  const int shifts = h.state.timeline.Count();
  h.Settle();
  CHECK(h.state.timeline.Count() == shifts);
}

TEST_CASE("the banner and the trail fade, and then the app may sleep") {
  Harness h;
  h.OpenCase("zorgboulevard-roosendaal");
  const std::string id = h.sketch().tokens[0].id;
  h.Drag(h.ChipCentre(id), h.Screen({0.95, 0.95}), 30);
  CHECK(h.state.timeline.Count() >= 1);
  for (int i = 0; i < 400 && (h.probe.board.banner || h.probe.board.trail_pieces); ++i)
    h.Frame();
  CHECK_FALSE(h.probe.board.banner);
  CHECK(h.probe.board.trail_pieces == 0);
  CHECK(h.Settle() <= 3);
}

TEST_CASE("a token dragged off the board stays on it") {
  Harness h;
  h.OpenCase("beyond");
  const std::string id = h.sketch().tokens[0].id;
  h.Drag(h.ChipCentre(id), ImVec2(800, 5000));
  const Token& t = h.TokenOf(id);
  CHECK(t.position.formal >= -1.0);
  CHECK(t.position.outside == 1.0);
}

TEST_CASE("ghosts show where a moved case token started, and Reset puts it back") {
  Harness h;
  h.OpenCase("civil");
  CHECK(h.probe.board.ghosts == 0);
  const std::string id = h.sketch().tokens.back().id;
  const ImVec2 at = h.ChipCentre(id);
  h.Drag(at, ImVec2(at.x - 200, at.y - 150));
  CHECK(h.probe.board.ghosts == 1);
  const Token* original = FindToken(*h.state.board.Origin(), id);
  REQUIRE(h.TokenOf(id).position.formal != original->position.formal);

  h.Click(h.Text(Str::Reset));
  for (const Token& t : h.state.board.Origin()->tokens) {
    CHECK(h.TokenOf(t.id).position.formal == t.position.formal);
    CHECK(h.TokenOf(t.id).position.outside == t.position.outside);
  }
  CHECK(h.probe.board.ghosts == 0);
}

TEST_CASE("keys 1-9 open the case studies in order, each press exactly once") {
  Harness h;
  h.Key(Key::Digit3);
  REQUIRE(h.state.board.Origin() != nullptr);
  CHECK(h.sketch().id == h.state.content.cases[2].id);
  CHECK(h.probe.guidance.type == h.state.content.cases[2].published_type);
  CHECK(h.state.timeline.Count() == 0);  // opening a case is not a type shift
  // Once: one undo goes back to the empty board it replaced.
  h.Key(Key::Z, kModCtrl);
  CHECK(h.sketch().tokens.empty());
}

TEST_CASE("an empty board shows no type and no guidance") {
  Harness h;
  CHECK_FALSE(h.probe.guidance.type.has_value());
  CHECK(h.probe.guidance.section_count == 0);
}

TEST_CASE("a grensgeval shows the guidance of both sides") {
  Harness h;
  Sketch s = NewSketch(h.state);
  Token t;
  t.id = "x";
  t.label.nl = "Gastlessen";
  t.position = {0.05, 0.6};
  s.tokens.push_back(t);
  h.state.board.Open(s, nullptr);
  h.Settle();
  CHECK(h.probe.guidance.type == PpsType::Ondernemer);
  REQUIRE(h.probe.guidance.section_count == 2);
  CHECK(h.probe.guidance.sections[0] == PpsType::Ondernemer);
  CHECK(h.probe.guidance.sections[1] == PpsType::Katalysator);
}

TEST_CASE("another board starts its own timeline, with the sidebar at the top") {
  Harness h;
  h.OpenCase("zorgboulevard-roosendaal");
  const std::string id = h.sketch().tokens[0].id;
  h.Drag(h.ChipCentre(id), h.Screen({0.95, 0.95}), 30);
  REQUIRE(h.state.timeline.Count() >= 1);
  // Scroll the guidance down, then open another case.
  ImGui::SetScrollY(ImGui::FindWindowByName("sidebar"), 400.0f);
  h.Frame();
  REQUIRE(ImGui::FindWindowByName("sidebar")->Scroll.y > 0.0f);
  h.OpenCase("civ-water");
  CHECK(h.state.timeline.Count() == 0);
  CHECK(ImGui::FindWindowByName("sidebar")->Scroll.y == 0.0f);
}

TEST_CASE("a chip wholly under others is not drawn, and shows again when they move away") {
  Harness h;
  h.OpenCase("civ-water");
  // All chips on one spot: small ones under a big one, which hides them, shadows and all.
  Board& board = h.state.board;
  const std::vector<Token> tokens = h.sketch().tokens;
  for (const Token& t : tokens) board.Move(t.id, {0.5, 0.5}), board.Rename(t.id, {"a", "a"});
  const std::string top = tokens.back().id, second = tokens[tokens.size() - 2].id;
  board.Rename(top, {"Een lange activiteit met zoveel woorden dat ze drie regels vult",
                     "A long activity with so many words that it fills three lines"});
  h.Settle();
  const std::size_t n = tokens.size();
  CHECK(h.state.chips.visible[n - 1] != ChipVisibility::Buried);
  for (std::size_t i = 0; i + 1 < n; ++i) CHECK(h.state.chips.visible[i] == ChipVisibility::Buried);
  // Drag the top chip away: the one below it comes into view in the same frame.
  const ImVec2 at = h.ChipCentre(top);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(h.Screen({-0.5, -0.5}));
  CHECK(h.state.chips.visible[static_cast<std::size_t>(board.Find(top))] != ChipVisibility::Buried);
  CHECK(h.state.chips.visible[static_cast<std::size_t>(board.Find(second))] !=
        ChipVisibility::Buried);
  h.Release(h.Screen({-0.5, -0.5}));
}

TEST_CASE("messages show in a strip at the sidebar's foot, once each, until dismissed") {
  Harness h;
  h.Settle();
  const ChipRect report = h.state.targets.Find("##report")->rect;
  for (int i = 0; i < 1000; ++i) h.state.messages.Add("autosave: the disk is full");
  h.state.messages.Add(std::string(20000, 'x'));  // once, an error quoting a whole file
  h.Settle();
  REQUIRE(h.Shows(h.Text(Str::Dismiss)));
  // Nothing in the sidebar moved, and its foot ends where the strip begins.
  const ChipRect now = h.state.targets.Find("##report")->rect;
  CHECK((now.min.x == report.min.x && now.min.y == report.min.y && now.max.y == report.max.y));
  CHECK(h.state.targets.Find(h.Text(Str::Dismiss).c_str())->rect.min.y > report.max.y);
  CHECK(h.state.messages.Entries().size() == 2);
  CHECK(h.state.messages.Entries()[0].count == 1000);
  h.Click(h.Text(Str::Dismiss));
  CHECK(h.state.messages.Empty());
  CHECK_FALSE(h.Shows(h.Text(Str::Dismiss)));
}
