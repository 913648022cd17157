// SPDX-License-Identifier: EUPL-1.2
// Every undo and redo says what it did: a note low on the board ("Notitie bij “Cursussen”
// ongedaan gemaakt") for a few seconds, and the token it touched pulsing, so that a step that
// changed little on screen is still seen to have happened. Through taps on ↶ and ↷.

#include <catch2/catch.hpp>

#include <string>

#include "drawn_text.h"
#include "harness.h"

using namespace pps;
using pps::test::Drew;
using pps::test::Harness;

namespace {

// The note for `what` of `label`, undone or redone, in Dutch.
std::string Said(const char* what, const std::string& label, bool undone) {
  return std::string(what) + " \u201C" + label + "\u201D " +
         (undone ? "ongedaan gemaakt" : "opnieuw gedaan");
}

}  // namespace

TEST_CASE("undoing a note says so on the board and pulses the token; redo says so too") {
  Harness h;
  h.OpenCase("civ-water");
  const Token& token = h.sketch().tokens[2];
  const std::string id = token.id, label = token.label.nl;
  h.Tap(h.ChipCentre(id));
  h.Click(h.Text(Str::Note));
  for (const char* key : {"R", "o", "o", "s", "t", "e", "r"}) h.Click(key);
  h.Click(h.Text(Str::Done));
  REQUIRE(h.TokenOf(id).note == "Rooster");
  CHECK(h.probe.board.step_note.empty());  // an edit says nothing: it is seen as it is made

  h.Click(h.Text(Str::Undo), false);
  REQUIRE(h.TokenOf(id).note.empty());
  const std::string undone = "\u21b6  " + Said("Notitie bij", label, true);
  CHECK(h.probe.board.step_note == undone);
  CHECK(Drew("board", undone));
  CHECK(h.probe.board.pulsed == id);
  CHECK(h.Busy());  // it animates: the frames go on

  h.Click(h.Text(Str::Redo), false);
  CHECK(h.TokenOf(id).note == "Rooster");
  CHECK(h.probe.board.step_note == "\u21b7  " + Said("Notitie bij", label, false));

  h.Hold(60);  // the pulse is over; the note stays a little longer
  CHECK(h.probe.board.pulsed.empty());
  CHECK_FALSE(h.probe.board.step_note.empty());
  h.Hold(120);  // gone, and the screen settles
  CHECK(h.probe.board.step_note.empty());
  CHECK_FALSE(Drew("board", "opnieuw gedaan"));
}

TEST_CASE("each kind of step is named: a drag, a rename, a weight, an added activity, the board") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = h.sketch().tokens[0].id, label = h.sketch().tokens[0].label.nl;
  const ImVec2 at = h.ChipCentre(id);
  h.Drag(at, ImVec2(at.x + 120, at.y + 90));
  h.Click(h.Text(Str::Undo), false);
  CHECK(h.probe.board.step_note == "\u21b6  " + Said("Verplaatsen van", label, true));
  CHECK(h.probe.board.pulsed == id);

  h.Tap(h.ChipCentre(id));
  h.Click("2##weight3");
  h.Tap(h.Screen({-0.02, 0.97}));  // the card closed
  h.Click(h.Text(Str::Undo), false);
  CHECK(h.probe.board.step_note == "\u21b6  " + Said("Gewicht van", label, true));

  h.Click(h.Text(Str::AddActivity));
  const Activity& first = h.state.content.library.front();
  h.Click(first.token.id);
  h.Click(h.Text(Str::Undo), false);
  CHECK(h.probe.board.step_note == "\u21b6  " + Said("Toevoegen van", first.token.label.nl, true));
  CHECK(h.probe.board.pulsed.empty());  // it is gone: nothing to pulse
  h.Click("##close_library");

  h.OpenCase("beyond");
  h.Click(h.Text(Str::Undo), false);
  CHECK(h.probe.board.step_note == "\u21b6  Wissel van bord ongedaan gemaakt");
  CHECK(h.sketch().id == "civ-water");
}

TEST_CASE("the note is in the interface's language") {
  Harness h;
  h.OpenCase("civ-water");
  h.ClickTwice(h.Text(Str::OtherLanguage));
  REQUIRE(h.state.language == Language::English);
  const Token& token = h.sketch().tokens[1];
  const std::string id = token.id, label = token.label.In(Language::English);
  const ImVec2 at = h.ChipCentre(id);
  h.Drag(at, ImVec2(at.x - 100, at.y + 60));
  h.Click(h.Text(Str::Undo), false);
  CHECK(h.probe.board.step_note == "\u21b6  Moving \u201C" + label + "\u201D undone");
}
