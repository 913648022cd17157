// SPDX-License-Identifier: EUPL-1.2
// The token's card and the board's own explanations, through the real input path: a tap on a
// token shows what is known of it and its actions; a tap on an axis label says what that end
// means; an empty board says how to start.

#include <catch2/catch.hpp>

#include <string>

#include "harness.h"
#include "ui/panels/text_entry.h"

using namespace pps;
using pps::test::Harness;

namespace {

constexpr PointerId kFinger{PointerSource::Touch, 1};

ImVec2 Middle(const ChipRect& r) {
  return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
}

// A case token with a description and a why, not the topmost.
const Token& Described(const Harness& h) {
  for (const Token& t : h.sketch().tokens)
    if (!t.description.nl.empty() && !t.why.nl.empty() && &t != &h.sketch().tokens.back())
      return t;
  FAIL("no described token");
  return h.sketch().tokens.front();
}

}  // namespace

TEST_CASE("a tap on a token opens its card with its actions; a finger's tap does the same") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  REQUIRE_FALSE(h.state.token_menus[0].Open());
  h.Tap(h.ChipCentre(id));
  REQUIRE(h.state.token_menus[0].Open());
  CHECK(h.state.token_menus[0].token == id);
  for (Str action : {Str::Rename, Str::Note, Str::Duplicate, Str::Remove})
    CHECK(h.Shows(h.Text(action)));
  CHECK(h.Shows("2##weight3"));
  h.Tap(h.Screen({-0.02, 0.97}));  // elsewhere: closed
  CHECK_FALSE(h.state.token_menus[0].Open());
  h.TouchTap(h.ChipCentre(id), kFinger);
  CHECK(h.state.token_menus[0].token == id);
}

TEST_CASE("a drag opens no card") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  h.Drag(h.ChipCentre(id), h.Screen({0.5, 0.5}));
  CHECK_FALSE(h.state.token_menus[0].Open());
}

TEST_CASE("the card's weight steps set the token's weight, each one undo step") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  const double before = h.TokenOf(id).weight;
  h.Tap(h.ChipCentre(id));
  h.Click("3##weight4");
  CHECK(h.TokenOf(id).weight == 3.0);
  h.Click("\u00bd##weight0");
  CHECK(h.TokenOf(id).weight == 0.5);
  CHECK(h.state.token_menus[0].Open());  // stays open while weighing
  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).weight == 3.0);
  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).weight == before);
  h.Click(h.Text(Str::Redo));
  CHECK(h.TokenOf(id).weight == 3.0);
}

TEST_CASE("a weighed token's badge stays inside the board, in every corner") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  h.Tap(h.ChipCentre(id));
  h.Click("2##weight3");
  h.Tap(h.Screen({-0.02, 0.97}));  // the card closed
  const BoardRect& board = h.state.board_rect;
  for (const BoardPoint corner : {BoardPoint{0.99, 0.99}, BoardPoint{0.99, -0.99},
                                  BoardPoint{-0.99, 0.99}, BoardPoint{-0.99, -0.99}}) {
    h.Drag(h.ChipCentre(id), h.Screen(corner));
    const ChipRect& chip = h.state.chips.rects[static_cast<std::size_t>(h.state.board.Find(id))];
    // "×2" is about 17 px wide at the badge's size, centred 4 px in from the chip's right
    // edge and 2 px down from its top, with 6 px of plate each side.
    CHECK(chip.max.x + 10.0f <= board.max.x);
    CHECK(chip.min.y - 6.0f >= board.min.y);
    CHECK(chip.min.x >= board.min.x);
    CHECK(chip.max.y <= board.max.y);
  }
}

TEST_CASE("the card's Duplicate puts a copy on top, undoably") {
  Harness h;
  h.OpenCase("civ-water");
  const Token original = Described(h);
  const std::size_t count = h.sketch().tokens.size();
  h.Tap(h.ChipCentre(original.id));
  h.Click(h.Text(Str::Duplicate));
  REQUIRE(h.sketch().tokens.size() == count + 1);
  const Token& copy = h.sketch().tokens.back();
  CHECK(copy.id != original.id);
  CHECK(copy.label.nl == original.label.nl);
  CHECK(copy.weight == original.weight);
  CHECK_FALSE(h.state.token_menus[0].Open());
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().tokens.size() == count);
}

TEST_CASE("a tap on an axis label explains that end of the axis; a tap elsewhere closes it") {
  Harness h;
  h.ClickTwice(h.Text(Str::New));
  for (int end = kFormalNegative; end <= kOutsidePositive; ++end) {
    h.Tap(Middle(h.state.axis_pills[static_cast<std::size_t>(end)]));
    CHECK(h.state.axis_card.end == end);
    CHECK(h.state.axis_card.rect.max.x > h.state.axis_card.rect.min.x);
  }
  h.Tap(h.Screen({0.5, -0.5}));
  CHECK_FALSE(h.state.axis_card.Open());
  // A press that leaves the label is no tap.
  const ImVec2 pill = Middle(h.state.axis_pills[kOutsidePositive]);
  h.MoveTo(pill);
  h.Press(pill);
  h.MoveTo(ImVec2(pill.x, pill.y - 80));
  h.Release(ImVec2(pill.x, pill.y - 80));
  CHECK_FALSE(h.state.axis_card.Open());
}

TEST_CASE("an empty board says how to start; a board with tokens does not") {
  Harness h;
  h.ClickTwice(h.Text(Str::New));
  CHECK(h.probe.board.start_hint);
  h.OpenCase("civ-water");
  CHECK_FALSE(h.probe.board.start_hint);
}

TEST_CASE("the card's Rename opens the keyboard with the label; what is typed renames it") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  const std::string before = h.TokenOf(id).label.nl;
  h.Tap(h.ChipCentre(id));
  h.Click(h.Text(Str::Rename));
  REQUIRE(h.state.entries.at[0].open);
  CHECK(h.state.entries.at[0].edit.text() == before);
  h.Click("##entry_text");  // past the name's end: the caret there, the name kept
  h.Click(h.Text(Str::KeySpace));
  h.Click("2");
  h.Click(h.Text(Str::Done));
  CHECK(h.TokenOf(id).label.nl == before + " 2");
  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).label.nl == before);
}

TEST_CASE("the card's Note is typed on the keyboard and shown on the card") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  h.Tap(h.ChipCentre(id));
  h.Click(h.Text(Str::Note));
  REQUIRE(h.state.entries.at[0].open);
  for (const char* key : {"R", "o", "o", "s", "t", "e", "r"}) h.Click(key);
  h.Click(h.Text(Str::Done));
  CHECK(h.TokenOf(id).note == "Rooster");
  h.Tap(h.ChipCentre(id));
  REQUIRE(h.state.token_menus[0].Open());
  const float with_note = h.state.token_menus[0].rect.max.y - h.state.token_menus[0].rect.min.y;
  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).note.empty());
  h.Tap(h.ChipCentre(id));
  CHECK(h.state.token_menus[0].rect.max.y - h.state.token_menus[0].rect.min.y < with_note);
}

TEST_CASE("one's own activity is typed in the library and stands in the middle of the board") {
  Harness h;
  h.ClickTwice(h.Text(Str::New));
  h.Click(h.Text(Str::AddActivity));
  h.Click(h.Text(Str::OwnActivity));
  REQUIRE(h.state.entries.at[0].open);
  for (const char* key : {"G", "a", "s", "t", "l", "e", "s"}) h.Click(key);  // G by itself
  h.Click(h.Text(Str::Done));
  REQUIRE(h.sketch().tokens.size() == 1);
  const Token& own = h.sketch().tokens.front();
  CHECK(own.label.nl == "Gastles");
  CHECK(own.position.formal == 0.0);
  CHECK(own.position.outside == 0.0);
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().tokens.empty());
}

TEST_CASE("a token renamed to a longer label moves the neighbour it would cover aside") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  for (const char* name : {"Les", "Dag"}) {
    h.Click(h.Text(Str::OwnActivity));
    h.TypeInEntry(name);
  }
  h.Click("##close_library");
  const std::string les = h.sketch().tokens[0].id, dag = h.sketch().tokens[1].id;
  const ImVec2 spot = h.Screen({0.4, 0.5});
  h.Drag(h.ChipCentre(les), spot);
  h.Drag(h.ChipCentre(dag), ImVec2(spot.x + 90.0f, spot.y));
  const auto chip = [&](const std::string& id) {
    return h.state.chips.rects[static_cast<std::size_t>(h.state.board.Find(id))];
  };

  REQUIRE_FALSE(Overlap(chip(les), chip(dag)));
  const Token dag_before = h.TokenOf(dag);
  const PpsType type = *h.Now().type;

  h.Tap(h.ChipCentre(les));
  h.Click(h.Text(Str::Rename));
  h.TypeInEntry("Lessen voor werkenden uit de regio");
  REQUIRE(h.TokenOf(les).label.nl == "Lessen voor werkenden uit de regio");
  CHECK_FALSE(Overlap(chip(les), chip(dag)));
  CHECK(h.TokenOf(dag).position.formal != dag_before.position.formal);
  CHECK(SideOf(h.TokenOf(dag).position.formal) == SideOf(dag_before.position.formal));
  CHECK(SideOf(h.TokenOf(dag).position.outside) == SideOf(dag_before.position.outside));
  CHECK(h.Now().type == type);
  h.Click(h.Text(Str::Undo));  // the rename and the step aside are one step
  CHECK(h.TokenOf(les).label.nl == "Les");
  CHECK(h.TokenOf(dag).position.formal == dag_before.position.formal);
}

TEST_CASE("own activities added one after another cover none of each other") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  for (const char* name : {"Hackathon", "Lunchlezing", "Meeloopdag"}) {
    h.Click(h.Text(Str::OwnActivity));
    h.TypeInEntry(name);
  }
  REQUIRE(h.sketch().tokens.size() == 3);
  const std::vector<ChipRect>& chips = h.state.chips.rects;
  for (std::size_t a = 0; a < chips.size(); ++a)
    for (std::size_t b = a + 1; b < chips.size(); ++b) {
      INFO(h.sketch().tokens[a].label.nl << " and " << h.sketch().tokens[b].label.nl);
      CHECK_FALSE(Overlap(chips[a], chips[b]));
    }
}

TEST_CASE("a token held when the keyboard opens stays put: no drag, no bin, while typing") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = Described(h).id;
  const BoardPoint start = h.TokenOf(id).position;
  const std::size_t count = h.sketch().tokens.size();
  const ImVec2 at = h.ChipCentre(id);
  h.Press(at, kFinger);
  h.MoveTo(ImVec2(at.x + 40, at.y + 30), kFinger);
  const BoardPoint dragged = h.TokenOf(id).position;
  REQUIRE(dragged.formal != start.formal);
  BeginTextEntry(h.state.entries.at[0], CommandKind::SetSketchName, {}, {}, Str::SketchNameTitle,
                 kMaxSketchNameChars);
  const ImVec2 bin = Middle(h.state.remove_zone);
  h.MoveTo(ImVec2(at.x - 100, at.y), kFinger);
  h.MoveTo(bin, kFinger);
  h.Release(bin, kFinger);
  CHECK(h.sketch().tokens.size() == count);
  CHECK(h.TokenOf(id).position.formal == dragged.formal);
  CHECK(h.TokenOf(id).position.outside == dragged.outside);
}
