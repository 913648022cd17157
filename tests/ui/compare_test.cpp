// SPDX-License-Identifier: EUPL-1.2
// Comparing with a case study: its chips drawn faintly under the board and its zwaartepunt named
// beside it, through the real input path: the sidebar's "Vergelijk met" the nearest case, and,
// presenting, the room panel's button and C, each the next case, after the last none.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

TEST_CASE("compare: the nearest case faintly under the board, from the sidebar", "[compare]") {
  Harness h{ImVec2(1280, 1100)};
  h.OpenCase("civ-water");
  CHECK(h.probe.board.compared == 0);
  // "Vergelijk met" the case the board is nearest to.
  std::string button;
  for (const TapTarget& t : h.state.targets) {
    const std::string label = t.label.data();
    const std::size_t id = label.find("##compare_case");
    if (id != std::string::npos) button = label.substr(id);
  }
  REQUIRE_FALSE(button.empty());
  h.Reach(button);
  h.Click(button);
  REQUIRE(h.state.compare >= 0);
  CHECK(button == "##compare_case" + std::to_string(h.state.compare));
  const Sketch& other = h.state.content.cases[static_cast<std::size_t>(h.state.compare)];
  CHECK(other.id != "civ-water");
  CHECK(h.probe.board.compared == static_cast<int>(other.tokens.size()));
  CHECK(h.sketch().id == "civ-water");  // the board is untouched
  h.Reach(button);
  h.Click(button);  // again: none
  CHECK(h.state.compare == -1);
  CHECK(h.probe.board.compared == 0);
  // On top of the sidebar, whatever it shows, the way to end it.
  h.Key(Key::C);
  REQUIRE(h.state.compare == 0);
  h.Click(h.Text(Str::Sketches));
  h.Click("##compare_off");
  CHECK(h.state.compare == -1);
  CHECK(h.probe.board.compared == 0);
}

TEST_CASE("compare: presenting, the room panel's button and C go through the cases", "[compare]") {
  Harness h{ImVec2(1920, 1080)};
  h.OpenCase("civ-water");
  h.Key(Key::F5);
  REQUIRE(h.state.presentation.on);
  h.Click("##compare");
  CHECK(h.state.compare == 0);
  CHECK(h.probe.board.compared == static_cast<int>(h.state.content.cases[0].tokens.size()));
  // The button names the case compared with.
  const LocalText& name = h.state.content.cases[0].short_name;
  CHECK(h.Shows(name.nl + "##compare"));
  const int cases = static_cast<int>(h.state.content.cases.size());
  for (int i = 1; i < cases; ++i) {
    h.Key(Key::C);
    CHECK(h.state.compare == i);
  }
  h.Key(Key::C);
  CHECK(h.state.compare == -1);
  CHECK(h.probe.board.compared == 0);
}

TEST_CASE("compare: a kept sketch, from its card in Schetsen", "[compare]") {
  Harness h{ImVec2(1280, 1100)};
  const std::filesystem::path folder = pps::test::FreshFolder("compare");
  h.state.gallery.folder = folder.string();
  h.OpenCase("beyond");
  const std::size_t kept_tokens = h.sketch().tokens.size();
  h.Click(h.Text(Str::Sketches));
  h.Click(h.Text(Str::SaveAs));
  h.TypeInEntry("Onze variant");
  h.OpenCase("civ-water");
  if (!h.state.gallery.open) h.Click(h.Text(Str::Sketches));
  REQUIRE(h.Shows("##gcompare0"));
  h.Click("##gcompare0");
  CHECK(h.probe.board.compared == static_cast<int>(kept_tokens));
  CHECK(h.sketch().id == "civ-water");
  h.Key(Key::C);  // the cases after it
  CHECK(h.state.compare == 0);
  CHECK(h.state.gallery.compare_file.empty());
  h.Click("##gcompare0");
  CHECK(h.state.compare == -1);
  h.Click("##gcompare0");  // again: none
  CHECK(h.probe.board.compared == 0);
  std::filesystem::remove_all(folder);
}
