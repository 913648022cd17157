// SPDX-License-Identifier: EUPL-1.2
// Typing that does not hurt, through the real input path (taps on the on-screen keyboard and in
// its text field): the caret where the text is tapped, a word selected by a second tap, ← Wis
// repeating while held, a key that clears, a prefilled text replaced by the first key, capitals
// by themselves, and a symbols page. The taps a task takes are counted.

#include <catch2/catch.hpp>

#include <string>

#include "harness.h"
#include "ui/panels/text_entry.h"

using namespace pps;
using pps::test::Harness;

namespace {

// Renames the token `id` through its card: the keyboard opens with its label, selected.
void OpenRename(Harness& h, const std::string& id) {
  h.Tap(h.ChipCentre(id));
  h.Click(h.Text(Str::Rename));
  REQUIRE(h.state.entries.at[0].open);
}

const std::string& Typed(const Harness& h) {
  return h.state.entries.at[0].edit.text();
}

// Where in the text field the character at byte `at` begins (px), by the field's own font.
ImVec2 InText(const Harness& h, std::size_t at) {
  const TapTarget* field = h.state.targets.Find("##entry_text");
  REQUIRE(field != nullptr);
  ImFont* font = h.state.fonts.heading ? h.state.fonts.heading : ImGui::GetFont();
  const std::string& text = Typed(h);
  const float x =
      font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text.c_str(), text.c_str() + at).x;
  return {field->rect.min.x + 10.0f * h.state.scale + x + 1.0f,
          field->rect.min.y + 10.0f * h.state.scale + font->FontSize * 0.5f};
}

// A tap that counts.
void Tap(Harness& h, int& taps, const std::string& key) {
  h.Click(key);
  ++taps;
}

}  // namespace

TEST_CASE("keyboard: a prefilled name is replaced by the first key, with a capital by itself") {
  Harness h;
  h.OpenCase("civ-water");
  OpenRename(h, "modules");
  CHECK(h.state.entries.at[0].edit.HasSelection());
  CHECK(h.Shows("M"));  // a capital, without Shift
  h.Click("M");
  CHECK(Typed(h) == "M");
  CHECK(h.Shows("o"));  // one-shot: small letters after it
  h.Click("o");
  h.Click(h.Text(Str::KeySpace));
  CHECK(h.Shows("o"));  // no capital after a space inside a sentence
  h.Click(".");
  h.Click(h.Text(Str::KeySpace));
  CHECK(h.Shows("O"));  // a new sentence
}

TEST_CASE("keyboard: a tap in the text puts the caret there; a second tap selects the word") {
  Harness h;
  h.OpenCase("civ-water");
  OpenRename(h, "modules");
  const std::string before = Typed(h);
  h.Tap(InText(h, 3));  // between "Mod" and "ules"
  CHECK_FALSE(h.state.entries.at[0].edit.HasSelection());
  CHECK(h.state.entries.at[0].edit.caret() == 3);
  h.Click("x");
  CHECK(Typed(h) == before.substr(0, 3) + "x" + before.substr(3));
  h.Click(h.Text(Str::KeyBackspace));
  CHECK(Typed(h) == before);
  h.Tap(InText(h, 2));
  h.Tap(InText(h, 2));  // again: the whole word
  CHECK(h.state.entries.at[0].edit.anchor() == 0);
  CHECK(h.state.entries.at[0].edit.caret() == before.size());
}

TEST_CASE("keyboard: holding Wis repeats it, and lifting adds none; Wis alles clears") {
  Harness h;
  h.OpenCase("civ-water");
  OpenRename(h, "bedrijfsopleidingen");
  const std::string before = Typed(h);
  h.Tap(InText(h, before.size()));  // the caret at the end
  const TapTarget* wis = h.state.targets.Find(h.Text(Str::KeyBackspace).c_str());
  REQUIRE(wis != nullptr);
  const ImVec2 p((wis->rect.min.x + wis->rect.max.x) * 0.5f,
                 (wis->rect.min.y + wis->rect.max.y) * 0.5f);
  h.MoveTo(p);
  h.Press(p);
  h.Hold(20);  // 1/3 s: not yet
  CHECK(Typed(h) == before);
  h.Hold(30);  // 5/6 s: repeating, a character every 0.07 s
  const std::size_t left = Typed(h).size();
  CHECK(left < before.size() - 2);
  CHECK(left > before.size() - 8);
  h.Release(p);
  h.Settle();
  CHECK(Typed(h).size() == left);  // lifting deletes nothing more
  CHECK(Typed(h) == before.substr(0, left));

  h.Click(h.Text(Str::KeyClear));
  CHECK(Typed(h).empty());
  CHECK(h.Shows("A"));  // a new text: a capital
}

TEST_CASE("keyboard: the symbols page types what the app's own names hold") {
  Harness h;
  h.OpenCase("civ-water");
  OpenRename(h, "modules");
  for (const char* key : {"N", "a", "a", "m"}) h.Click(key);
  h.Click(h.Text(Str::KeySpace));
  h.Click("&123");
  for (const char* key : {"(", "2", ")"}) h.Click(key);
  CHECK(Typed(h) == "Naam (2)");
  for (const char* key : {"/", "&", ":", ";", "!", "?", "\"", "+", "=", "\u20ac", "@"})
    h.Click(key);
  CHECK(Typed(h) == "Naam (2)/&:;!?\"+=\u20ac@");
  h.Click(h.Text(Str::KeyLetters));
  CHECK(h.Shows("q"));
}

TEST_CASE("keyboard: 'Hackathon met bedrijven' becomes 'Hackathon met mkb' in 6 taps") {
  Harness h;
  h.OpenCase("civ-water");
  h.ClickTwice(h.Text(Str::New));
  h.state.board.Add([] {
    Token t;
    t.id = "hackathon";
    t.label = {"Hackathon met bedrijven", {}};
    return t;
  }());
  h.Settle();
  OpenRename(h, "hackathon");
  int taps = 0;
  const std::size_t word = std::string("Hackathon met ").size();
  h.Tap(InText(h, word + 3)), ++taps;
  h.Tap(InText(h, word + 3)), ++taps;  // "bedrijven" selected
  for (const char* key : {"m", "k", "b"}) Tap(h, taps, key);
  Tap(h, taps, h.Text(Str::Done));
  CHECK(h.TokenOf("hackathon").label.nl == "Hackathon met mkb");
  CHECK(taps <= 6);
}

TEST_CASE("keyboard: suggestions type a new 25-character label in 10 taps") {
  Harness h;
  h.ClickTwice(h.Text(Str::New));
  h.Click(h.Text(Str::AddActivity));
  h.Click(h.Text(Str::OwnActivity));
  REQUIRE(h.state.entries.at[0].open);
  int taps = 0;
  for (const char* key : {"G", "a"}) Tap(h, taps, key);
  CHECK(h.Shows("Gastlessen##suggest0"));  // a word of the library and the cases, capital kept
  Tap(h, taps, "Gastlessen");
  CHECK(Typed(h) == "Gastlessen ");
  for (const char* key : {"v", "o"}) Tap(h, taps, key);
  Tap(h, taps, "voor");  // "BBL voor zij-instromers"
  for (const char* key : {"w", "e"}) Tap(h, taps, key);
  Tap(h, taps, "werkenden");
  CHECK(Typed(h) == "Gastlessen voor werkenden ");
  Tap(h, taps, h.Text(Str::Done));
  REQUIRE(h.sketch().tokens.size() == 1);
  const std::string label = h.sketch().tokens.front().label.nl;
  CHECK(label == "Gastlessen voor werkenden");  // the last space left out
  CHECK(label.size() == 25);
  CHECK(taps == 10);
}

TEST_CASE("keyboard: a whole label is offered once two letters say which, and the board's own") {
  Harness h;
  h.OpenCase("civ-water");
  OpenRename(h, "modules");
  for (const char* key : {"B", "b"}) h.Click(key);
  REQUIRE(h.Shows("BBL-trajecten groen##suggest0"));  // on this board
  h.Click("BBL-trajecten groen##suggest0");
  CHECK(Typed(h) == "BBL-trajecten groen");
  CHECK_FALSE(h.Shows("##suggest0"));  // nothing more to complete
}
