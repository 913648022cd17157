// SPDX-License-Identifier: EUPL-1.2
// Touch manners on the board, through the real input path: removing a token takes a deliberate
// drop on the bin; a long press opens the token's actions; what the board says about the tokens
// never hides their labels.

#include <catch2/catch.hpp>

#include <cstring>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

constexpr PointerId kFinger1{PointerSource::Touch, 1};
constexpr PointerId kFinger2{PointerSource::Tuio, 2};

// Frames that outlast a long press, at the harness's 60 frames a second.
constexpr int kLongPressFrames = static_cast<int>(PointerRouter::kLongPressSeconds * 60) + 6;

ImVec2 Middle(const ChipRect& r) {
  return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
}

bool SamePlace(BoardPoint a, BoardPoint b) {
  return a.formal == b.formal && a.outside == b.outside;
}

// A token of the open case, not the topmost, so that a press raises it.
std::string SomeToken(const Harness& h) {
  return h.sketch().tokens[1].id;
}

// Presses `id` with the mouse and holds it still until the long press fires.
void HoldStill(Harness& h, const std::string& id) {
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  h.Hold(kLongPressFrames);
  h.Release(at);
  h.Settle();
}

}  // namespace

TEST_CASE("a tap or a press held in place on a token shows no bin") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = SomeToken(h);
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  CHECK(h.state.router.Any());
  CHECK_FALSE(h.probe.board.bin);
  h.MoveTo(ImVec2(at.x + 5, at.y + 4));  // a finger's jitter
  CHECK_FALSE(h.probe.board.bin);
  h.Release(ImVec2(at.x + 5, at.y + 4));
  CHECK_FALSE(h.probe.board.bin);
  h.Tap(h.ChipCentre(id));
  CHECK_FALSE(h.probe.board.bin);
  CHECK(FindToken(h.sketch(), id));
}

TEST_CASE("a dragged token shows the bin; let go on it, the token leaves; undo brings it back") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.sketch().tokens.size();
  const std::string id = SomeToken(h);
  const BoardPoint start = h.TokenOf(id).position;
  const ImVec2 at = h.ChipCentre(id);
  const ImVec2 bin = Middle(h.state.remove_zone);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(ImVec2(at.x - 30, at.y));  // past the slop
  CHECK(h.probe.board.bin);
  CHECK_FALSE(h.probe.board.bin_hot);
  for (int i = 1; i <= 10; ++i)
    h.MoveTo(ImVec2(at.x - 30 + (bin.x - at.x + 30) * static_cast<float>(i) / 10.0f,
                    at.y + (bin.y - at.y) * static_cast<float>(i) / 10.0f));
  CHECK(h.probe.board.bin_hot);  // lit under the finger
  CHECK(h.sketch().tokens.size() == before);
  h.Release(bin);
  CHECK(h.sketch().tokens.size() == before - 1);
  CHECK_FALSE(FindToken(h.sketch(), id));
  h.Settle();
  CHECK_FALSE(h.probe.board.bin);  // the bin goes with the drag

  SECTION("undo with the button") {
    h.Click(h.Text(Str::Undo));
  }
  SECTION("undo with Ctrl+Z") {
    h.Key(Key::Z, kModCtrl);
  }
  CHECK(h.sketch().tokens.size() == before);  // the whole drag, drop and all, is one step
  CHECK(SamePlace(h.TokenOf(id).position, start));
}

TEST_CASE("a token let go off the bin stays on the board, even over the toolbar") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.sketch().tokens.size();
  const std::string id = SomeToken(h);
  const ChipRect bin = h.state.remove_zone;
  SECTION("just above the bin") {
    h.Drag(h.ChipCentre(id), ImVec2(Middle(bin).x, bin.min.y - 20));
  }
  SECTION("on the toolbar's buttons") {
    h.Drag(h.ChipCentre(id), ImVec2(100, 300));
  }
  SECTION("on the board") {
    h.Drag(h.ChipCentre(id), h.Screen({0.0, 0.0}));
  }
  CHECK(h.sketch().tokens.size() == before);
  CHECK(FindToken(h.sketch(), id));
}

TEST_CASE("two fingers each drop their token on the bin") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.sketch().tokens.size();
  const std::string a = h.sketch().tokens[0].id, b = h.sketch().tokens[2].id;
  const ImVec2 at_a = h.ChipCentre(a), at_b = h.ChipCentre(b);
  const ImVec2 bin = Middle(h.state.remove_zone);
  h.Press(at_a, kFinger1);
  h.Press(at_b, kFinger2);
  for (int i = 1; i <= 8; ++i) {
    const float f = static_cast<float>(i) / 8.0f;
    h.MoveTo(ImVec2(at_a.x + (bin.x - at_a.x) * f, at_a.y + (bin.y - at_a.y) * f), kFinger1);
    h.MoveTo(ImVec2(at_b.x + (bin.x + 20 - at_b.x) * f, at_b.y + (bin.y - at_b.y) * f), kFinger2);
  }
  h.Release(bin, kFinger1);
  CHECK_FALSE(FindToken(h.sketch(), a));
  CHECK(h.probe.board.bin_hot);  // the other finger is still over it
  h.Release(ImVec2(bin.x + 20, bin.y), kFinger2);
  CHECK_FALSE(FindToken(h.sketch(), b));
  CHECK(h.sketch().tokens.size() == before - 2);
  h.Settle();
  h.Click(h.Text(Str::Undo));
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().tokens.size() == before);
}

TEST_CASE("the bin covers no token and no case button") {
  for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080), ImVec2(3840, 2160)}) {
    INFO(display.x << "x" << display.y);
    Harness h(display);
    h.OpenCase("civ-water");
    const ChipRect bin = h.state.remove_zone;
    CHECK(bin.max.x <= h.state.board_rect.min.x);  // off the board, where tokens are
    CHECK(bin.max.x - bin.min.x >= 150.0f);        // a finger cannot miss it
    CHECK(bin.max.y - bin.min.y >= 80.0f);
    for (int i = 0; i < h.state.targets.size(); ++i) {
      const TapTarget& t = h.state.targets[static_cast<std::size_t>(i)];
      if (!std::strstr(t.label.data(), "##case")) continue;
      INFO(t.label.data());
      CHECK(t.rect.max.y <= bin.min.y);
    }
  }
}

TEST_CASE("a long press on a token opens its actions, even with no input; moved on, it drags") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = SomeToken(h);
  const BoardPoint start = h.TokenOf(id).position;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(ImVec2(at.x + 4, at.y - 3));  // a finger is never quite still
  // No more input: the app keeps drawing frames while a token is held, so the hold is timed.
  int frames = 0;
  while (!h.state.token_menus[0].Open() && frames < 120) {
    CHECK(h.Busy());
    h.Hold(1), ++frames;
  }
  REQUIRE(h.state.token_menus[0].Open());
  CHECK(frames >= 25);  // half a second at 60 frames a second, not sooner
  CHECK(frames <= 32);
  CHECK(h.state.token_menus[0].token == id);
  CHECK(h.Shows(h.Text(Str::Remove)));
  CHECK_FALSE(h.probe.board.bin);
  // Moving on past the slop drags it after all, and the card closes: the finger meant to move it.
  h.MoveTo(ImVec2(at.x - 60, at.y));
  CHECK_FALSE(h.state.token_menus[0].Open());
  h.Release(ImVec2(at.x - 60, at.y));
  h.Settle();
  CHECK(h.TokenOf(id).position.formal < start.formal);
  CHECK_FALSE(h.state.token_menus[0].Open());
}

TEST_CASE("the token menu's Remove takes the token off as one undoable step") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.sketch().tokens.size();
  const std::string id = SomeToken(h);
  HoldStill(h, id);
  REQUIRE(h.state.token_menus[0].Open());
  CHECK_FALSE(h.Shows(h.Text(Str::PutBack)));  // it is where the case has it
  h.Click(h.Text(Str::Remove));
  CHECK_FALSE(FindToken(h.sketch(), id));
  CHECK(h.sketch().tokens.size() == before - 1);
  CHECK_FALSE(h.state.token_menus[0].Open());
  CHECK_FALSE(h.Shows(h.Text(Str::Remove)));
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().tokens.size() == before);
  CHECK(FindToken(h.sketch(), id));
}

TEST_CASE("the token menu's Put back returns a moved token to the case's place, undoably") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = SomeToken(h);
  const BoardPoint start = h.TokenOf(id).position;
  h.Drag(h.ChipCentre(id), h.Screen({0.6, 0.6}));
  const BoardPoint moved = h.TokenOf(id).position;
  REQUIRE_FALSE(SamePlace(moved, start));
  HoldStill(h, id);
  REQUIRE(h.state.token_menus[0].Open());
  CHECK(SamePlace(h.TokenOf(id).position, moved));
  h.Click(h.Text(Str::PutBack));
  CHECK(SamePlace(h.TokenOf(id).position, start));
  CHECK_FALSE(h.state.token_menus[0].Open());
  h.Key(Key::Z, kModCtrl);
  CHECK(SamePlace(h.TokenOf(id).position, moved));
}

TEST_CASE("a token of one's own sketch offers no Put back") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  h.Click(h.state.content.library.front().token.id);
  h.Click(h.Text(Str::Done));
  REQUIRE(h.sketch().tokens.size() == 1);
  HoldStill(h, h.sketch().tokens[0].id);
  REQUIRE(h.state.token_menus[0].Open());
  CHECK(h.Shows(h.Text(Str::Remove)));
  CHECK_FALSE(h.Shows(h.Text(Str::PutBack)));
}

TEST_CASE("a tap outside the token menu closes it; a tap inside it does not") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = SomeToken(h);
  HoldStill(h, id);
  REQUIRE(h.state.token_menus[0].Open());
  const ChipRect menu = h.state.token_menus[0].rect;
  h.Tap(ImVec2(menu.min.x + 6, menu.min.y + 6));  // its edge, on no button
  CHECK(h.state.token_menus[0].Open());
  const std::size_t tokens = h.sketch().tokens.size();
  h.Tap(h.Screen({-0.02, 0.97}));  // the board, away from the menu
  CHECK_FALSE(h.state.token_menus[0].Open());
  CHECK_FALSE(h.Shows(h.Text(Str::Remove)));
  CHECK(h.sketch().tokens.size() == tokens);
}

TEST_CASE("a press on the token menu over another token does not grab that token") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string id = SomeToken(h);
  HoldStill(h, id);
  REQUIRE(h.state.token_menus[0].Open());
  const ChipRect menu = h.state.token_menus[0].rect;
  // Put another token right under the menu's button.
  const std::string other =
      h.sketch().tokens[0].id == id ? h.sketch().tokens[2].id : h.sketch().tokens[0].id;
  const TapTarget* remove = h.state.targets.Find(h.Text(Str::Remove).c_str());
  REQUIRE(remove);
  const ImVec2 button = Middle(remove->rect);
  h.state.board.Move(
      other, ScreenToBoard(h.state.content.model.layout, h.state.board_rect, {button.x, button.y}));
  h.state.board.Raise(other);
  h.Settle();
  REQUIRE(Contains(menu, {button.x, button.y}));
  h.Press(button, kFinger1);
  CHECK(h.state.router.HeldBy(kFinger1) == nullptr);
  h.Release(button, kFinger1);
}

TEST_CASE("the zwaartepunt and the type-shift banner lie over the chips, the axis labels under") {
  Harness h;
  h.OpenCase("zorgboulevard-roosendaal");
  REQUIRE(h.Now().type == PpsType::Ontwikkelaar);
  // The drag of the end-to-end test: the type shifts, and the banner shows.
  const std::string id = "gezamenlijk-uitwerken-scenarios";
  REQUIRE(FindToken(h.sketch(), id));
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  for (int i = 1; i <= 12; ++i) h.MoveTo(ImVec2(at.x + 43.0f * static_cast<float>(i), at.y));
  h.Release(ImVec2(at.x + 43.0f * 12, at.y));
  REQUIRE(h.Now().type == PpsType::Opleider);
  CHECK(h.probe.board.banner);
  const ShownBoard& b = h.probe.board;
  CHECK(b.under_chips_end > 0);
  CHECK(b.under_chips_end <= b.chips_begin);
  // Drawn straight (no layer renderer in the tests), the chips lie between the two.
  CHECK(b.chips_begin < b.over_chips_begin);
  // The quadrants' names and the banner, then the zwaartepunt's marker over them.
  CHECK(b.over_chips_begin < b.zwaartepunt_begin);
  CHECK(b.zwaartepunt_begin < b.zwaartepunt_end);
  CHECK(b.zwaartepunt_end == b.over_chips_end);
}

TEST_CASE("a finger's long press opens the menu, and a finger's tap works its buttons") {
  Harness h;
  h.OpenCase("civ-water");
  const std::size_t before = h.sketch().tokens.size();
  const std::string id = SomeToken(h);
  const ImVec2 at = h.ChipCentre(id);
  h.Press(at, kFinger2);
  h.Hold(kLongPressFrames);
  REQUIRE(h.state.token_menus[0].Open());
  h.Release(at, kFinger2);
  h.Settle();
  const TapTarget* remove = h.state.targets.Find(h.Text(Str::Remove).c_str());
  REQUIRE(remove);
  h.TouchTap(Middle(remove->rect), kFinger1);
  CHECK_FALSE(FindToken(h.sketch(), id));
  CHECK(h.sketch().tokens.size() == before - 1);
}

TEST_CASE("a touch down on a button shows it pressed while lifting would still press it") {
  Harness h;
  const TapTarget* english = h.state.targets.Find(h.Text(Str::OtherLanguage).c_str());
  REQUIRE(english != nullptr);
  const ImVec2 at = Middle(english->rect);
  h.Press(at, kFinger1);
  CHECK(h.probe.buttons_pressed == 1);  // a touch presses nothing until it lifts: shown
  h.Hold(20);                           // 1/3 s: still a tap if it lifted now
  CHECK(h.probe.buttons_pressed == 1);
  h.Hold(20);  // past half a second: a rest, which presses nothing, shows nothing
  CHECK(h.probe.buttons_pressed == 0);
  h.Release(at, kFinger1);
  h.Settle();
  CHECK(h.state.language == Language::Dutch);
  // On the board, off the tokens, nothing shows pressed.
  h.Press(h.Screen({-0.95, 0.95}), kFinger1);
  CHECK(h.probe.buttons_pressed == 0);
  h.Release(h.Screen({-0.95, 0.95}), kFinger1);
  h.Settle();
}
