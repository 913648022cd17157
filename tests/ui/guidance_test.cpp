// SPDX-License-Identifier: EUPL-1.2
// Headless UI tests of the guidance in the sidebar: the preconditions and the pitfalls of the type
// shown, under their headings, in the app's language, as a user finds them by scrolling down.

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

// Scrolls the sidebar down step by step, one frame each, until section `section`'s
// preconditions were laid out in view; returns whether they were.
bool ScrollToPreconditions(Harness& h, int section) {
  ImGuiWindow* sidebar = ImGui::FindWindowByName("sidebar");
  REQUIRE(sidebar != nullptr);
  for (float y = 0.0f; y <= 20000.0f; y += 150.0f) {
    ImGui::SetScrollY(sidebar, y);
    h.Frame();
    if (h.probe.guidance.preconditions_heading[section]) return true;
    if (y > sidebar->ScrollMax.y) break;
  }
  return false;
}

// The same for section `section`'s pitfalls.
bool ScrollToPitfalls(Harness& h, int section) {
  ImGuiWindow* sidebar = ImGui::FindWindowByName("sidebar");
  REQUIRE(sidebar != nullptr);
  for (float y = 0.0f; y <= 20000.0f; y += 150.0f) {
    ImGui::SetScrollY(sidebar, y);
    h.Frame();
    if (h.probe.guidance.pitfalls_heading[section]) return true;
    if (y > sidebar->ScrollMax.y) break;
  }
  return false;
}

}  // namespace

TEST_CASE("the sidebar shows the preconditions of a case's type under their heading") {
  Harness h;
  h.OpenCase("civ-water");
  REQUIRE(h.probe.guidance.type == PpsType::Opleider);
  for (int pass = 0; pass < 2; ++pass) {
    INFO((pass == 0 ? "Nederlands" : "English"));
    REQUIRE(ScrollToPreconditions(h, 0));
    CHECK(h.probe.guidance.sections[0] == PpsType::Opleider);
    CHECK(std::string(h.probe.guidance.preconditions_heading[0]) == h.Text(Str::Preconditions));
    const std::vector<PreconditionGroup>& groups =
        h.state.content.guidance.Of(PpsType::Opleider).In(h.state.language).preconditions;
    REQUIRE_FALSE(groups.empty());
    CHECK(h.probe.guidance.precondition_groups[0] == static_cast<int>(groups.size()));
    if (pass == 0) {
      ImGui::SetScrollY(ImGui::FindWindowByName("sidebar"), 0.0f);
      h.Settle();
      h.ClickTwice(h.Text(Str::OtherLanguage));
      REQUIRE(h.state.language == Language::English);
    }
  }
  CHECK(h.Text(Str::Preconditions) == "Preconditions and success factors");
}

TEST_CASE("a grensgeval shows the preconditions of both types") {
  Harness h;
  Sketch s = NewSketch(h.state);
  Token t;
  t.id = "x";
  t.label.nl = "Gastlessen";
  t.position = {0.05, 0.6};
  s.tokens.push_back(t);
  h.state.board.Open(s, nullptr);
  h.Settle();
  REQUIRE(h.probe.guidance.section_count == 2);
  REQUIRE(ScrollToPreconditions(h, 1));
  const PpsType neighbour = h.probe.guidance.sections[1];
  CHECK(neighbour == PpsType::Katalysator);
  CHECK(std::string(h.probe.guidance.preconditions_heading[1]) == h.Text(Str::Preconditions));
  CHECK(h.probe.guidance.precondition_groups[1] ==
        static_cast<int>(
            h.state.content.guidance.Of(neighbour).In(h.state.language).preconditions.size()));
}

TEST_CASE("the sidebar shows the pitfalls under the publication's numbered headings") {
  Harness h;
  // Beyond is an Ondernemer: three headings of valkuilen in the publication.
  h.OpenCase("beyond");
  REQUIRE(h.probe.guidance.type == PpsType::Ondernemer);
  for (int pass = 0; pass < 2; ++pass) {
    INFO((pass == 0 ? "Nederlands" : "English"));
    REQUIRE(ScrollToPitfalls(h, 0));
    CHECK(h.probe.guidance.sections[0] == PpsType::Ondernemer);
    CHECK(std::string(h.probe.guidance.pitfalls_heading[0]) == h.Text(Str::Pitfalls));
    const std::vector<PitfallGroup>& groups =
        h.state.content.guidance.Of(PpsType::Ondernemer).In(h.state.language).pitfalls;
    CHECK(groups.size() == 3);
    CHECK(h.probe.guidance.pitfall_groups[0] == static_cast<int>(groups.size()));
    if (pass == 0) {
      ImGui::SetScrollY(ImGui::FindWindowByName("sidebar"), 0.0f);
      h.Settle();
      h.ClickTwice(h.Text(Str::OtherLanguage));
      REQUIRE(h.state.language == Language::English);
    }
  }
  CHECK(h.Text(Str::Pitfalls) == "Pitfalls");
}
