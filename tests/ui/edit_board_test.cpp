// Building a board by hand: activities from the library onto it, and tokens dropped on the
// toolbar column off it.

#include <catch2/catch.hpp>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

TEST_CASE("a library activity lands on the board and counts at once") {
  Harness h;
  h.state.library_open = true;
  h.Frame();
  CHECK(h.state.shown.section_count == 0);  // the library stands in for the guidance
  const Activity* opleider = nullptr;
  for (const Activity& a : h.state.content.library)
    if (a.type == PpsType::Opleider && !opleider) opleider = &a;
  REQUIRE(opleider);
  AddActivity(h.state, *opleider);
  AddActivity(h.state, *opleider);
  h.Frame();
  REQUIRE(h.state.sketch.tokens.size() == 2);
  CHECK(h.state.sketch.tokens[0].id != h.state.sketch.tokens[1].id);
  CHECK(h.Now().type == PpsType::Opleider);
  CHECK(h.state.chips.size() == 2);

  h.state.library_open = false;
  h.Frame();
  CHECK(h.state.shown.type == PpsType::Opleider);
  CHECK(h.state.shown.section_count >= 1);
}

TEST_CASE("a token dropped on the toolbar column leaves the board") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.state.sketch.tokens.size();
  const std::string id = h.state.sketch.tokens[0].id;
  const ImVec2 at = h.ChipCentre(0);
  h.Frame(at, false);
  h.Frame(at, true);
  h.Frame(ImVec2(100, 400), true);  // over the toolbar: the drop zone shows
  CHECK(h.state.trash.max.x > 100);
  CHECK(h.state.sketch.tokens.size() == before);
  h.Frame(ImVec2(100, 400), false);
  CHECK(h.state.sketch.tokens.size() == before - 1);
  CHECK_FALSE(FindToken(h.state.sketch, id));
  h.Frame(ImVec2(100, 400), false);
  CHECK(h.state.trash.max.x == h.state.trash.min.x);  // the zone goes with the drag

  ResetToOrigin(h.state);  // Reset brings it back
  CHECK(FindToken(h.state.sketch, id));
}

TEST_CASE("a token dropped on the board stays") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.state.sketch.tokens.size();
  const ImVec2 at = h.ChipCentre(0);
  h.Frame(at, false);
  h.Frame(at, true);
  h.Frame(h.Screen({0.0, 0.0}), true);
  h.Frame(h.Screen({0.0, 0.0}), false);
  CHECK(h.state.sketch.tokens.size() == before);
}
