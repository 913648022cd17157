// SPDX-License-Identifier: EUPL-1.2
// Every button of the toolbar and the sidebar, pressed as a user presses it: a tap on the
// button as drawn, through the app's input path.

#include <catch2/catch.hpp>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

// Drags the first token of the open case a long way, so the board holds work.
void MoveFirstToken(Harness& h) {
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 at = h.ChipCentre(id);
  h.Drag(at, ImVec2(at.x + 150, at.y + 120));
}

}  // namespace

TEST_CASE("each case button opens its case with one tap") {
  Harness h;
  for (const Sketch& c : h.state.content.cases) {
    h.OpenCase(c.id);  // clicks the case's button, and checks the board holds it
    CHECK(h.state.board.Origin()->id == c.id);
    CHECK(h.probe.guidance.type == c.published_type);
  }
}

TEST_CASE("New sketch empties the board, keeping the work as the previous board") {
  Harness h;
  h.OpenCase("civ-water");
  MoveFirstToken(h);
  h.Click(h.Text(Str::New));
  CHECK(h.sketch().tokens.empty());
  CHECK(h.state.board.Origin() == nullptr);
  REQUIRE(h.state.board.Previous() != nullptr);
  CHECK(h.state.board.Previous()->id == "civ-water");
}

TEST_CASE("Previous swaps back to the board that held work, and again") {
  Harness h;
  h.OpenCase("civ-water");
  MoveFirstToken(h);
  Sketch moved;
  moved.tokens = h.sketch().tokens;
  h.OpenCase("beyond");
  h.Click(h.Text(Str::Back));
  CHECK(h.sketch().id == "civ-water");
  CHECK(SameTokens(h.sketch(), moved));
  CHECK(h.state.board.Origin() != nullptr);  // ghosts and Reset still work on it
  h.Click(h.Text(Str::Back));                // beyond held no work: nothing to swap back to
  CHECK(h.sketch().id == "civ-water");
}

TEST_CASE("Previous is disabled until a board holding work is replaced") {
  Harness h;
  h.OpenCase("civ-water");
  h.Click(h.Text(Str::Back));
  CHECK(h.sketch().id == "civ-water");  // no previous board: the tap changed nothing
  CHECK(h.state.board.Previous() == nullptr);
}

TEST_CASE("undo and redo buttons step a drag back and forth") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = h.sketch().tokens[0].id;
  const BoardPoint start = h.TokenOf(id).position;
  MoveFirstToken(h);
  const BoardPoint moved = h.TokenOf(id).position;
  REQUIRE(moved.formal != start.formal);

  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).position.formal == start.formal);
  CHECK(h.TokenOf(id).position.outside == start.outside);
  h.Click(h.Text(Str::Redo));
  CHECK(h.TokenOf(id).position.formal == moved.formal);
  h.Click(h.Text(Str::Undo));
  h.Click(h.Text(Str::Undo));  // and the opening of the case
  CHECK(h.sketch().tokens.empty());
}

TEST_CASE("Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, each press once") {
  Harness h;
  h.OpenCase("civ-water");
  h.OpenCase("beyond");
  h.Key(Key::Z, kModCtrl);
  CHECK(h.sketch().id == "civ-water");
  h.Key(Key::Z, kModCtrl | kModShift);
  CHECK(h.sketch().id == "beyond");
  h.Key(Key::Z, kModCtrl);
  h.Key(Key::Y, kModCtrl);
  CHECK(h.sketch().id == "beyond");
}

TEST_CASE("the language button switches every text, and back") {
  Harness h;
  REQUIRE(h.Shows("Nieuw"));
  h.Click("English");
  CHECK(h.state.language == Language::English);
  CHECK(h.Shows("New"));
  CHECK_FALSE(h.Shows("Nieuw"));
  h.Click("Nederlands");
  CHECK(h.state.language == Language::Dutch);
  CHECK(h.Shows("Nieuw"));
}

TEST_CASE("a case's example and most-similar buttons in the sidebar open that case") {
  Harness h(ImVec2(1280, 6000));  // tall enough to show the whole guidance, pitfalls and all
  h.OpenCase("civ-water");
  // Opleider's examples are CIV Water and Topcentrum; the other one is offered to open.
  h.Click("Topcentrum  \xE2\x86\x92##ex3");
  CHECK(h.sketch().id == "topcentrum-autoschadeherstel");
  const Sketch* nearest = nullptr;
  for (int i = 0; i < h.state.targets.size() && !nearest; ++i) {
    const std::string label = h.state.targets[static_cast<std::size_t>(i)].label.data();
    if (label.find("##near") == std::string::npos) continue;
    const int index = std::stoi(label.substr(label.find("##near") + 6));
    nearest = &h.state.content.cases[static_cast<std::size_t>(index)];
    h.Click(label);
  }
  REQUIRE(nearest != nullptr);
  CHECK(h.sketch().id == nearest->id);
}
