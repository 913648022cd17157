// Headless UI tests: the real per-frame DrawApp() driven by simulated input, one frame per
// input event, asserting on the model and on what the sidebar showed.

#include <catch2/catch.hpp>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

TEST_CASE("pressing on a token grabs the topmost one and brings it to the front") {
  Harness h;
  h.OpenCase("civ-water");
  // Stack token 0 on top of token 1, so two chips overlap at one place.
  h.state.sketch.tokens[0].position = h.state.sketch.tokens[1].position;
  h.Frame();
  const std::string top = h.state.sketch.tokens[1].id;
  const ImVec2 at = h.ChipCentre(1);
  h.Frame(at, false);
  h.Frame(at, true);
  REQUIRE(h.state.drags.HeldBy(0) == static_cast<int>(h.state.sketch.tokens.size()) - 1);
  CHECK(h.state.sketch.tokens.back().id == top);
  h.Frame(at, false);
  CHECK_FALSE(h.state.drags.Any());
}

TEST_CASE("dragging a token across an axis changes type and sidebar in the same frame") {
  Harness h;
  h.OpenCase("zorgboulevard-roosendaal");
  REQUIRE(h.Now().type == PpsType::Ontwikkelaar);
  REQUIRE(h.state.shown.type == PpsType::Ontwikkelaar);

  const int token = 0;
  const std::string id = h.state.sketch.tokens[token].id;
  const BoardPoint start = h.state.sketch.tokens[token].position;
  ImVec2 at = h.ChipCentre(token);
  h.Frame(at, false);
  h.Frame(at, true);
  REQUIRE(h.state.drags.Any());

  // Move it in small steps deep into the formal, outside corner.
  const ImVec2 target = h.Screen({0.95, 0.95});
  int changed_frames = 0;
  std::optional<PpsType> before = h.Now().type;
  for (int step = 1; step <= 60; ++step) {
    const float f = step / 60.0f;
    h.Frame(ImVec2(at.x + (target.x - at.x) * f, at.y + (target.y - at.y) * f), true);
    const Classification c = h.Now();
    CHECK(h.state.shown.type == c.type);  // the sidebar follows in the very same frame
    if (c.type != before) {
      ++changed_frames;
      REQUIRE(h.state.shown.section_count >= 1);
      CHECK(h.state.shown.sections[0] == *c.type);
      CHECK(h.state.timeline.Latest()->to == c.type);
    }
    before = c.type;
    const Token* moved = FindToken(h.state.sketch, id);
    CHECK(moved->position.formal <= 1.0);
    CHECK(moved->position.outside <= 1.0);
  }
  CHECK(changed_frames >= 1);
  CHECK(h.Now().type != PpsType::Ontwikkelaar);
  CHECK(h.state.timeline.Count() == changed_frames);  // each shift announced once

  h.Frame(target, false);  // release: it stays where it was dropped
  CHECK_FALSE(h.state.drags.Any());
  const Token* dropped = FindToken(h.state.sketch, id);
  CHECK(dropped->position.formal > start.formal);
  const int shifts = h.state.timeline.Count();
  h.Frame(target, false);
  CHECK(h.state.timeline.Count() == shifts);
}

TEST_CASE("a token dragged off the board stays on it") {
  Harness h;
  h.OpenCase("beyond");
  const ImVec2 at = h.ChipCentre(0);
  h.Frame(at, false);
  h.Frame(at, true);
  h.Frame(ImVec2(-500, 5000), true);
  const Token& t = h.state.sketch.tokens.back();
  CHECK(t.position.formal >= -1.0);
  CHECK(t.position.outside <= 1.0);
  CHECK(t.position.outside == 1.0);
}

TEST_CASE("reset puts a moved case back where it started") {
  Harness h;
  h.OpenCase("civil");
  const Sketch original = *h.state.origin;
  const ImVec2 at = h.ChipCentre(2);
  h.Frame(at, false);
  h.Frame(at, true);
  h.Frame(ImVec2(at.x - 200, at.y - 150), true);
  h.Frame(ImVec2(at.x - 200, at.y - 150), false);
  const Token& moved = h.state.sketch.tokens.back();
  REQUIRE(moved.position.formal != FindToken(original, moved.id)->position.formal);
  ResetToOrigin(h.state);
  h.Frame();
  for (const Token& t : original.tokens) {
    const Token* now = FindToken(h.state.sketch, t.id);
    REQUIRE(now != nullptr);
    CHECK(now->position.formal == t.position.formal);
    CHECK(now->position.outside == t.position.outside);
  }
}

TEST_CASE("keys 1-9 open the case studies in order") {
  Harness h;
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown['3'] = true;
  h.Frame();
  io.KeysDown['3'] = false;
  h.Frame();
  REQUIRE(h.state.origin.has_value());
  CHECK(h.state.sketch.id == h.state.content.cases[2].id);
  CHECK(h.state.shown.type == h.state.content.cases[2].published_type);
  CHECK(h.state.timeline.Count() == 0);  // opening a case is not a type shift
}

TEST_CASE("an empty board shows no type and no guidance") {
  Harness h;
  CHECK_FALSE(h.state.shown.type.has_value());
  CHECK(h.state.shown.section_count == 0);
}

TEST_CASE("a grensgeval shows the guidance of both sides") {
  Harness h;
  Sketch s = NewSketch(h.state);
  Token t;
  t.id = "x";
  t.label.nl = "Gastlessen";
  t.position = {0.05, 0.6};
  s.tokens.push_back(t);
  OpenSketch(h.state, s, nullptr);
  h.Frame();
  CHECK(h.state.shown.type == PpsType::Ondernemer);
  REQUIRE(h.state.shown.section_count == 2);
  CHECK(h.state.shown.sections[0] == PpsType::Ondernemer);
  CHECK(h.state.shown.sections[1] == PpsType::Katalysator);
}

TEST_CASE("a chip wholly under others is not drawn, and shows again when they move away") {
  Harness h;
  h.OpenCase("civ-water");
  // All chips on one spot: small ones under a big one, which hides them, shadows and all.
  auto& tokens = h.state.sketch.tokens;
  for (Token& t : tokens) t.position = {0.5, 0.5}, t.label = {"a", "a"};
  tokens.back().label = {"Een lange activiteit met zoveel woorden dat ze drie regels vult",
                         "A long activity with so many words that it fills three lines"};
  h.Frame();
  const std::size_t n = tokens.size();
  CHECK(h.state.chip_visible[n - 1] != ChipVisibility::Buried);
  for (std::size_t i = 0; i + 1 < n; ++i) CHECK(h.state.chip_visible[i] == ChipVisibility::Buried);
  // Drag the top chip away: the one below it comes into view in the same frame.
  const ImVec2 at = h.ChipCentre(static_cast<int>(n - 1));
  h.Frame(at, false);
  h.Frame(at, true);
  h.Frame(h.Screen({-0.5, -0.5}), true);
  CHECK(h.state.chip_visible[n - 1] != ChipVisibility::Buried);
  CHECK(h.state.chip_visible[n - 2] != ChipVisibility::Buried);
  h.Frame(h.Screen({-0.5, -0.5}), false);
}
