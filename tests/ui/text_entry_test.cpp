// SPDX-License-Identifier: EUPL-1.2
// The text entry and its on-screen keyboard, through the real input path: keys clicked like a
// finger, physical keys and chars pushed into the queue as the platform does.

#include <catch2/catch.hpp>

#include <string>

#include "core/input/text_edit.h"
#include "harness.h"
#include "ui/panels/text_entry.h"

using namespace pps;
using pps::test::Harness;

namespace {

// Opens a case and the entry to rename its first token, starting from an empty text.
std::string OpenRename(Harness& h, const std::string& initial = "") {
  h.OpenCase("civ-water");
  const std::string id = h.sketch().tokens.front().id;
  BeginTextEntry(h.state.entries.at[0], CommandKind::RenameToken, id, initial,
                 Str::RenameTokenTitle, kMaxLabelChars);
  h.Settle();
  REQUIRE(h.state.entries.at[0].open);
  return id;
}

// Types `keys` on the on-screen keyboard, one Click each, by the label each key shows.
void Type(Harness& h, std::initializer_list<std::string> keys) {
  for (const std::string& key : keys) h.Click(key);
}

// Taps the text field at its right end, past the text: the caret goes after the last character.
void TapTextEnd(Harness& h) {
  const TapTarget* field = h.state.targets.Find("##entry_text");
  REQUIRE(field != nullptr);
  h.Tap(ImVec2(field->visible.max.x - 4.0f, (field->visible.min.y + field->visible.max.y) * 0.5f));
}

// Pushes a typed character as GLFW's char callback does.
void PushChar(Harness& h, char32_t c) {
  h.queue.Push(CharEvent(c, 0.0));
}

const char* const kBijscholing = "Bijscholing \u00e9\u00e9n";

}  // namespace

TEST_CASE("text entry: a Dutch label typed on the on-screen keyboard renames the token, undoably") {
  Harness h;
  const std::string id = OpenRename(h);
  const std::string before = h.TokenOf(id).label.nl;
  // The first letter is a capital by itself: no Shift.
  Type(h, {"B", "i", "j", "s", "c", "h", "o", "l", "i", "n", "g", h.Text(Str::KeySpace), "\u00e9",
           "\u00e9", "n"});
  CHECK(h.state.entries.at[0].edit.text() == kBijscholing);
  CHECK(h.TokenOf(id).label.nl == before);  // nothing changes before OK
  h.Click(h.Text(Str::Done));
  CHECK_FALSE(h.state.entries.at[0].open);
  CHECK(h.TokenOf(id).label.nl == kBijscholing);
  CHECK(h.TokenOf(id).label.In(Language::English) == kBijscholing);  // both languages show it

  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).label.nl == before);
  h.Click(h.Text(Str::Redo));
  CHECK(h.TokenOf(id).label.nl == kBijscholing);
}

TEST_CASE("text entry: Shift is one-shot and shifts the accented letters too") {
  Harness h;
  OpenRename(h);
  // The keys show what they type: capitals at the start of the text, and after Shift.
  CHECK(h.Shows("\u00c9"));
  Type(h, {"\u00c9"});
  CHECK_FALSE(h.Shows("\u00c9"));
  Type(h, {"\u00e9", h.Text(Str::KeyShift), "\u00dc", "\u2019", "-", ",", ".", "0"});
  CHECK(h.state.entries.at[0].edit.text() == "\u00c9\u00e9\u00dc\u2019-,.0");
  h.Click(h.Text(Str::KeyBackspace));  // the 0, then . , -
  h.Click(h.Text(Str::KeyBackspace));
  h.Click(h.Text(Str::KeyBackspace));
  h.Click(h.Text(Str::KeyBackspace));
  h.Click(h.Text(Str::KeyBackspace));  // ’ is three bytes: gone whole
  CHECK(h.state.entries.at[0].edit.text() == "\u00c9\u00e9\u00dc");
  h.Click(h.Text(Str::KeyBackspace));  // Ü whole
  CHECK(h.state.entries.at[0].edit.text() == "\u00c9\u00e9");
}

TEST_CASE("text entry: Cancel changes nothing and leaves no undo step") {
  Harness h;
  const std::string id = OpenRename(h, "Iets");
  const std::string before = h.TokenOf(id).label.nl;
  const bool could_undo = h.state.board.CanUndo();
  const std::uint64_t revision = h.state.board.Revision();
  Type(h, {"X", "y"});
  h.Click(h.Text(Str::Cancel));
  CHECK_FALSE(h.state.entries.at[0].open);
  CHECK(h.TokenOf(id).label.nl == before);
  CHECK(h.state.board.Revision() == revision);
  CHECK(h.state.board.CanUndo() == could_undo);
  // Escape on a physical keyboard cancels too.
  BeginTextEntry(h.state.entries.at[0], CommandKind::RenameToken, id, "abc", Str::RenameTokenTitle,
                 kMaxLabelChars);
  h.Settle();
  h.Key(Key::Escape);
  CHECK_FALSE(h.state.entries.at[0].open);
  CHECK(h.TokenOf(id).label.nl == before);
}

TEST_CASE("text entry: the limit refuses a key and says so") {
  Harness h;
  const std::string id = OpenRename(h, std::string(kMaxLabelChars, 'a'));
  CHECK(h.state.entries.at[0].message.empty());
  TapTextEnd(h);  // the name came selected; the caret after it keeps it
  h.Click("b");
  CHECK(h.state.entries.at[0].edit.text() == std::string(kMaxLabelChars, 'a'));
  const std::string message = h.state.entries.at[0].message;
  CHECK(message.find(std::to_string(kMaxLabelChars)) != std::string::npos);
  CHECK(message.find("{n}") == std::string::npos);
  CHECK(message.rfind("Hooguit", 0) == 0);  // from strings.json, in Dutch
  // A physical char is refused the same way; Backspace makes room and the message goes.
  PushChar(h, U'c');
  h.Settle();
  CHECK(h.state.entries.at[0].edit.chars() == kMaxLabelChars);
  h.Click(h.Text(Str::KeyBackspace));
  CHECK(h.state.entries.at[0].message.empty());
  h.Click("b");
  h.Click(h.Text(Str::Done));
  CHECK(h.TokenOf(id).label.nl == std::string(kMaxLabelChars - 1, 'a') + "b");
  // An initial text over the limit is cut, never refused.
  BeginTextEntry(h.state.entries.at[0], CommandKind::RenameToken, id, std::string(100, 'z'),
                 Str::RenameTokenTitle, kMaxLabelChars);
  CHECK(h.state.entries.at[0].edit.chars() == kMaxLabelChars);
}

TEST_CASE("text entry: a physical keyboard types chars; Backspace and Enter work; digits type") {
  Harness h;
  const std::string id = OpenRename(h);
  const std::string case_id = h.sketch().id;
  for (char32_t c : std::u32string(U"Caf\u00e9 1\u2019")) PushChar(h, c);
  h.Settle();
  CHECK(h.state.entries.at[0].edit.text() == "Caf\u00e9 1\u2019");
  // A digit key as GLFW sends it: the key, then its char. It types; no case opens.
  h.queue.Push(KeyEvent(Key::Digit3, kModNone, true, 0.0));
  PushChar(h, U'3');
  h.queue.Push(KeyEvent(Key::Digit3, kModNone, false, 0.0));
  h.Settle();
  CHECK(h.sketch().id == case_id);
  CHECK(h.state.entries.at[0].edit.text() == "Caf\u00e9 1\u20193");
  // Ctrl+Z while typing does not undo the board; a control char is not typed.
  const std::uint64_t revision = h.state.board.Revision();
  h.Key(Key::Z, kModCtrl);
  PushChar(h, U'\t');
  h.Settle();
  CHECK(h.state.board.Revision() == revision);
  h.Key(Key::Backspace);
  h.Key(Key::Backspace);
  CHECK(h.state.entries.at[0].edit.text() == "Caf\u00e9 1");
  h.Key(Key::Enter);
  CHECK_FALSE(h.state.entries.at[0].open);
  CHECK(h.TokenOf(id).label.nl == "Caf\u00e9 1");
  // Closed again, digits are shortcuts once more.
  h.Key(Key::Digit1);
  CHECK(h.sketch().id == h.state.content.cases[0].id);
}

TEST_CASE("text entry: Ctrl+Q still quits while typing") {
  Harness h;
  OpenRename(h);
  h.Key(Key::Q, kModCtrl);
  CHECK(h.app.ended);
}

TEST_CASE("text entry: a press outside the panel does nothing to the board") {
  Harness h;
  const std::string id = OpenRename(h);
  const BoardPoint at = h.TokenOf(id).position;
  const ImVec2 from = h.ChipCentre(id);
  const ImVec2 to(from.x + 60.0f, from.y - 80.0f);
  h.Drag(from, to);
  h.TouchTap(from, {PointerSource::Touch, 7});
  h.Hold(60);  // long enough for a long press to open a token's actions
  CHECK(h.TokenOf(id).position.formal == at.formal);
  CHECK(h.TokenOf(id).position.outside == at.outside);
  CHECK_FALSE(h.state.router.Any());
  CHECK(h.state.entries.at[0].open);
  // Only the keyboard's buttons can be pressed: the toolbar's are not there to find.
  CHECK_FALSE(h.Shows(h.Text(Str::Undo)));
  CHECK(h.Shows(h.Text(Str::Done)));
}

TEST_CASE("text entry: note, sketch name and description go to the board, each one undo step") {
  Harness h;
  const std::string id = OpenRename(h);
  h.Click(h.Text(Str::Cancel));
  BeginTextEntry(h.state.entries.at[0], CommandKind::SetTokenNote, id, "", Str::TokenNoteTitle,
                 kMaxNoteChars);
  h.Settle();
  Type(h, {"N", "o", "t", "e"});
  h.Click(h.Text(Str::Done));
  CHECK(h.TokenOf(id).note == "Note");

  const LocalText description = h.sketch().description;
  BeginTextEntry(h.state.entries.at[0], CommandKind::SetSketchName, "", "", Str::SketchNameTitle,
                 kMaxSketchNameChars);
  h.Settle();
  Type(h, {"W", "a", "t", "e", "r"});
  h.Click(h.Text(Str::Done));
  CHECK(h.sketch().name.nl == "Water");
  CHECK(h.sketch().description.nl == description.nl);  // kept

  BeginTextEntry(h.state.entries.at[0], CommandKind::SetSketchDescription, "", "",
                 Str::SketchDescriptionTitle, kMaxDescriptionChars);
  h.Settle();
  Type(h, {"K", "o", "r", "t"});
  h.Click(h.Text(Str::Done));
  CHECK(h.sketch().description.nl == "Kort");
  CHECK(h.sketch().name.nl == "Water");

  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().description.nl == description.nl);
  CHECK(h.sketch().name.nl == "Water");
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().name.nl != "Water");
  h.Click(h.Text(Str::Undo));
  CHECK(h.TokenOf(id).note.empty());

  // A blank name is not taken: a sketch and a token keep one.
  BeginTextEntry(h.state.entries.at[0], CommandKind::RenameToken, id, "", Str::RenameTokenTitle,
                 kMaxLabelChars);
  h.Settle();
  const std::string label = h.TokenOf(id).label.nl;
  h.Click(h.Text(Str::KeySpace));
  h.Click(h.Text(Str::Done));
  CHECK(h.TokenOf(id).label.nl == label);
}

TEST_CASE("text entry: keys are finger-sized and inside the window, turned view too") {
  for (const auto& [size, scale] : {std::pair<ImVec2, float>{ImVec2(1280, 800), 1.0f},
                                    std::pair<ImVec2, float>{ImVec2(1920, 1080), 1.25f}}) {
    for (const bool turned : {false, true}) {
      INFO(size.x << "x" << size.y << " scale " << scale << (turned ? " turned" : ""));
      Harness h(size);
      h.state.scale = scale;
      h.state.turned = turned;
      h.Settle();
      OpenRename(h);
      // Every key of the keyboard, and nothing else, is a target.
      REQUIRE(h.state.targets.size() >= 51);
      for (int i = 0; i < h.state.targets.size(); ++i) {
        const TapTarget& t = h.state.targets[static_cast<std::size_t>(i)];
        INFO(t.label.data());
        CHECK(t.rect.max.y - t.rect.min.y >= 52.0f * scale);
        CHECK(t.rect.max.x - t.rect.min.x >= 52.0f * scale);
        CHECK(t.rect.min.x >= 0.0f);
        CHECK(t.rect.min.y >= 0.0f);
        CHECK(t.rect.max.x <= size.x);
        CHECK(t.rect.max.y <= size.y);
      }
      // The keyboard spans the lower part of the window.
      CHECK(h.state.entries.at[0].panel.max.y > size.y * 0.9f);
      CHECK(h.state.entries.at[0].panel.max.x - h.state.entries.at[0].panel.min.x > size.x * 0.6f);
      // And works: the harness presses where the turned screen shows each key.
      Type(h, {"O", "k"});
      CHECK(h.state.entries.at[0].edit.text() == "Ok");
    }
  }
}

TEST_CASE("text entry: the description's keys are finger-sized; at any scale Klaar stays on screen") {
  for (const float scale : {1.0f, 2.0f, 3.0f}) {
    INFO("1280x800 scale " << scale);
    Harness h;
    h.state.scale = scale;
    h.Settle();
    BeginTextEntry(h.state.entries.at[0], CommandKind::SetSketchDescription, {}, {},
                   Str::SketchDescriptionTitle, kMaxDescriptionChars);
    h.Settle();
    const TapTarget* ok = h.state.targets.Find(h.Text(Str::Done).c_str());
    REQUIRE(ok);
    CHECK(ok->rect.max.y <= 800.0f);
    if (scale == 1.0f) CHECK(ok->rect.max.y - ok->rect.min.y >= 52.0f);
    h.Click(h.Text(Str::Done));
    CHECK_FALSE(h.state.entries.at[0].open);
  }
}
