// SPDX-License-Identifier: EUPL-1.2
// Every button of the toolbar and the sidebar, pressed as a user presses it: a tap on the
// button as drawn, through the app's input path.

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

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
  h.ClickTwice(h.Text(Str::New));
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
  h.ClickTwice("English");
  CHECK(h.state.language == Language::English);
  CHECK(h.Shows("New"));
  CHECK_FALSE(h.Shows("Nieuw"));
  h.ClickTwice("Nederlands");
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

namespace {

// The rects of every button drawn in the last frame, by their place in the drawing order.
std::vector<ChipRect> Rects(const Harness& h) {
  std::vector<ChipRect> rects;
  for (const TapTarget& t : h.state.targets) rects.push_back(t.rect);
  return rects;
}

bool SameRects(const std::vector<ChipRect>& a, const std::vector<ChipRect>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].min.x != b[i].min.x || a[i].min.y != b[i].min.y || a[i].max.x != b[i].max.x ||
        a[i].max.y != b[i].max.y)
      return false;
  return true;
}

// Taps the middle of the button labelled `label` once, as a finger or the mouse does.
ImVec2 TapOnce(Harness& h, const std::string& label) {
  const TapTarget* t = h.state.targets.Find(label.c_str());
  INFO("button \"" << label << "\"");
  REQUIRE(t != nullptr);
  const ImVec2 middle((t->rect.min.x + t->rect.max.x) * 0.5f,
                      (t->rect.min.y + t->rect.max.y) * 0.5f);
  h.Tap(middle);
  return middle;
}

}  // namespace

TEST_CASE("New, the language and the turn act on a second tap, not on the first") {
  Harness h;
  h.OpenCase("civ-water");
  MoveFirstToken(h);
  struct Case {
    Str button;
    std::function<bool(const Harness&)> done;
  };
  const std::vector<Case> cases = {
      {Str::New, [](const Harness& x) { return x.sketch().tokens.empty(); }},
      {Str::OtherLanguage, [](const Harness& x) { return x.state.language == Language::English; }},
      {Str::Turn, [](const Harness& x) { return x.state.turned; }},
  };
  for (const Case& c : cases) {
    const std::string label = h.Text(c.button);
    const std::string confirm = h.Text(Str::ConfirmTap);  // in the language of the moment
    INFO(label);
    REQUIRE_FALSE(c.done(h));
    const std::vector<ChipRect> before = Rects(h);
    const TapTarget* target = h.state.targets.Find(label.c_str());
    REQUIRE(target != nullptr);
    const ChipRect rect = target->rect;
    const ImVec2 middle = TapOnce(h, label);
    // The first tap changes nothing but the button: its confirm state, in the same place, at the
    // same size, and no other button moved.
    CHECK_FALSE(c.done(h));
    const TapTarget* asking = h.state.targets.Find(confirm.c_str());
    REQUIRE(asking != nullptr);
    CHECK(asking->rect.min.x == rect.min.x);
    CHECK(asking->rect.max.y == rect.max.y);
    CHECK(SameRects(Rects(h), before));
    CHECK_FALSE(h.Shows(label));
    // The second, on the same place: it acts, and the button is itself again.
    h.Tap(middle);
    CHECK(c.done(h));
    CHECK_FALSE(h.Shows(confirm));
  }
}

TEST_CASE("the confirm state lapses after 3 s, and a tap then asks again") {
  Harness h;
  const std::string confirm = h.Text(Str::ConfirmTap);
  const ImVec2 turn = TapOnce(h, h.Text(Str::Turn));
  REQUIRE(h.Shows(confirm));
  CHECK_FALSE(h.app.settled);  // the time running out is drawn: frames go on
  h.Hold(120);                 // 2.5 s since the tap, with the frames Settle ran
  CHECK(h.Shows(confirm));
  h.Hold(60);  // past 3 s
  CHECK_FALSE(h.Shows(confirm));
  CHECK(h.Shows(h.Text(Str::Turn)));
  CHECK(h.Settle() < Harness::kMaxSettleFrames);  // and then the screen is still
  // A tap after the lapse is a first tap again.
  h.Tap(turn);
  CHECK_FALSE(h.state.turned);
  CHECK(h.Shows(confirm));
  h.Tap(turn);
  CHECK(h.state.turned);
}

TEST_CASE("a second tap on another button does not confirm the first") {
  Harness h;
  const std::string confirm = h.Text(Str::ConfirmTap);
  TapOnce(h, h.Text(Str::Turn));
  REQUIRE(h.Shows(confirm));
  // The language's first tap arms the language instead; the turn falls back.
  const ImVec2 language = TapOnce(h, h.Text(Str::OtherLanguage));
  CHECK_FALSE(h.state.turned);
  CHECK(h.state.language == Language::Dutch);
  CHECK(h.Shows(h.Text(Str::Turn)));
  h.Tap(language);
  CHECK(h.state.language == Language::English);
  CHECK_FALSE(h.state.turned);
}
