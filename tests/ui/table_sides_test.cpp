// SPDX-License-Identifier: EUPL-1.2
// Round a table (--table 4): a token's card and the keyboard open facing the side of the finger
// that asked for them, every side but the bottom has a strip with the type and the toolbar's
// actions, and while one person types the others go on dragging. Through the real input path:
// touches, taps on buttons where the screen shows them.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>

#include "core/files/settings.h"
#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

constexpr PointerId kFinger1{PointerSource::Touch, 1};
constexpr PointerId kFinger2{PointerSource::Touch, 2};
constexpr PointerId kFinger3{PointerSource::Touch, 3};

ImVec2 Middle(const ChipRect& r) {
  return ImVec2((r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f);
}

// The middle of the button `label` where the screen shows it: its whole ImGui label, or what
// follows "##" in it.
ImVec2 ButtonAt(const Harness& h, const std::string& label) {
  const TapTarget* target = h.state.targets.Find(label.c_str());
  for (const TapTarget& t : h.state.targets) {
    const std::string whole = t.label.data();
    const std::size_t id = whole.rfind("##");
    if (!target && id != std::string::npos && whole.substr(id + 2) == label) target = &t;
  }
  INFO("button " << label);
  REQUIRE(target != nullptr);
  return Middle(target->rect);
}

// A finger's tap, then a quarter of a second: people do not tap three times in 0.2 s, which
// would be a palm (TouchAsMouse). No button under the finger moved: one that is still drawn
// after the tap (a card's weight, a key) is where it was.
void FingerTap(Harness& h, ImVec2 p, PointerId finger = kFinger1) {
  // The button by its label and which of the buttons so labelled it is (two cards have two).
  const auto nth = [&](const std::string& label, int n) -> const TapTarget* {
    for (const TapTarget& t : h.state.targets)
      if (label == t.label.data() && n-- == 0) return &t;
    return nullptr;
  };
  std::string under;
  int index = 0;
  ChipRect before;
  std::map<std::string, int> seen;
  for (const TapTarget& t : h.state.targets) {
    const int n = seen[t.label.data()]++;
    if (Contains(t.rect, {p.x, p.y})) under = t.label.data(), index = n, before = t.rect;
  }
  h.TouchTap(p, finger);
  h.Hold(15);
  const TapTarget* after = under.empty() ? nullptr : nth(under, index);
  if (!after) return;
  INFO("the button " << under << " under the tap");
  CHECK(after->rect.min.x == before.min.x);
  CHECK(after->rect.min.y == before.min.y);
  CHECK(after->rect.max.x == before.max.x);
  CHECK(after->rect.max.y == before.max.y);
}

// A table of four sides on a 1920 x 1080 screen with CIVIL open.
struct Table4 {
  Harness h{ImVec2(1920, 1080)};
  Table4() {
    h.state.table_sides = 4;
    h.Settle();
    h.OpenCase("civil");
  }
  // Puts token `id` where board point (f, o) is, by a mouse drag.
  void Put(const std::string& id, double f, double o) {
    h.Drag(h.ChipCentre(id), h.Screen({f, o}));
  }
};

}  // namespace

TEST_CASE("round a table, a tapped token's card faces the side of the finger that tapped it",
          "[table]") {
  // A token near each edge of the board, tapped by a finger of the person sitting nearest.
  const struct { double f, o; } near[] = {{0.0, -0.92}, {-0.92, 0.0}, {0.0, 0.92}, {0.92, 0.0}};
  int sides_met = 0;
  for (const auto& n : near) {
    Table4 t;
    Harness& h = t.h;
    t.Put("kennisdeling", n.f, n.o);
    const ImVec2 chip = h.ChipCentre("kennisdeling");
    const Side expected = NearestSide({chip.x, chip.y}, 1920, 1080, 4);
    sides_met |= 1 << static_cast<int>(expected);
    INFO("at " << n.f << ", " << n.o << ": side " << static_cast<int>(expected));
    FingerTap(h, chip, kFinger1);
    const TokenMenu& menu = h.state.token_menus[static_cast<std::size_t>(expected)];
    REQUIRE(menu.token == "kennisdeling");
    CHECK(menu.side == expected);
    const ChipRect card = menu.rect;
    const float w = card.max.x - card.min.x, tall = card.max.y - card.min.y;
    // 320 px wide as its reader sees it: across the screen for the left and right sides.
    const bool across = expected == Side::Left || expected == Side::Right;
    CHECK((across ? tall : w) == Approx(320.0f));
    // It leaves every side's strip free: nobody's undo lies under someone's card.
    for (const TapTarget& target : h.state.targets) {
      if (std::string(target.label.data()).find("##strip") == std::string::npos) continue;
      const ChipRect& r = target.rect;
      INFO(target.label.data());
      CHECK_FALSE((r.max.x > card.min.x && r.min.x < card.max.x && r.max.y > card.min.y &&
                   r.min.y < card.max.y));
    }
    // Its weight buttons are where the screen shows them: a tap on "2" sets the weight.
    FingerTap(h, ButtonAt(h, "2##weight3"), kFinger1);
    CHECK(h.TokenOf("kennisdeling").weight == 2.0);
    FingerTap(h, ButtonAt(h, "1##weight1"), kFinger1);
    CHECK(h.TokenOf("kennisdeling").weight == 1.0);
  }
  CHECK(sides_met == 0b0111);  // bottom, left, top; the right is nearer to the top or bottom
}

TEST_CASE("round a table, the keyboard opens at its person's side and the others go on dragging",
          "[table]") {
  Table4 t;
  Harness& h = t.h;
  t.Put("kennisdeling", -0.92, 0.0);
  FingerTap(h, h.ChipCentre("kennisdeling"), kFinger1);
  REQUIRE(h.state.token_menus[static_cast<std::size_t>(Side::Left)].token == "kennisdeling");
  FingerTap(h, ButtonAt(h, "token_rename"), kFinger1);
  const TextEntry& entry = h.state.entries.Of(Side::Left);
  REQUIRE(entry.open);
  CHECK(entry.side == Side::Left);
  const ChipRect panel = entry.panel;
  // At the left edge, turned: taller than wide, and at most a third of the screen.
  CHECK(panel.min.x < 40.0f);
  CHECK(panel.max.y - panel.min.y > panel.max.x - panel.min.x);
  CHECK((panel.max.x - panel.min.x) * (panel.max.y - panel.min.y) < 1920.0f * 1080.0f / 3.0f);

  // Someone else drags a token on the other side of the board while the first one types.
  const ImVec2 from = h.ChipCentre("modules");
  h.Press(from, kFinger2);
  for (int i = 1; i <= 10; ++i)
    h.MoveTo(ImVec2(from.x - 15.0f * static_cast<float>(i), from.y), kFinger2);
  // The typist's keys, where the turned keyboard shows them: a tap past the name's end puts the
  // caret there (the name came selected, for a first key to replace).
  FingerTap(h, ButtonAt(h, "entry_text"), kFinger3);
  CHECK_FALSE(entry.edit.HasSelection());
  FingerTap(h, ButtonAt(h, "key_backspace"), kFinger3);
  FingerTap(h, ButtonAt(h, "key_backspace"), kFinger3);
  h.Release(ImVec2(from.x - 150.0f, from.y), kFinger2);
  h.Settle();
  CHECK(h.ChipCentre("modules").x == Approx(from.x - 150.0f).margin(1.0));
  FingerTap(h, ButtonAt(h, "key_ok"), kFinger3);
  CHECK_FALSE(entry.open);
  CHECK(h.TokenOf("kennisdeling").label.In(h.state.language) == "Kennisdeli");
}

TEST_CASE("round a table, two people type at once, each into their own, while a third drags",
          "[table]") {
  Table4 t;
  Harness& h = t.h;
  t.Put("kennisdeling", -0.92, 0.0);  // at the left
  t.Put("modules", 0.6, -0.92);       // at the top, clear of the left one's keyboard
  FingerTap(h, h.ChipCentre("kennisdeling"), kFinger1);
  FingerTap(h, h.ChipCentre("modules"), kFinger2);
  const TokenMenu& left_card = h.state.token_menus[static_cast<std::size_t>(Side::Left)];
  const TokenMenu& top_card = h.state.token_menus[static_cast<std::size_t>(Side::Top)];
  REQUIRE(left_card.token == "kennisdeling");
  REQUIRE(top_card.token == "modules");  // both cards open at once

  // Each taps Rename on their own card: the first card's buttons are drawn first.
  const auto nth = [&](const std::string& id, int n) {
    int seen = 0;
    for (const TapTarget& target : h.state.targets) {
      const std::string label = target.label.data();
      if (label.size() > id.size() && label.compare(label.size() - id.size(), id.size(), id) == 0 &&
          ++seen == n)
        return Middle(target.rect);
    }
    FAIL("no button " << id << " number " << n);
    return ImVec2();
  };
  FingerTap(h, nth("##token_rename", 1), kFinger1);
  // With the first keyboard open, the other card's buttons still work.
  FingerTap(h, nth("##weight3", 2), kFinger2);
  CHECK(h.TokenOf("modules").weight == 2.0);
  FingerTap(h, nth("##token_rename", 2), kFinger2);
  const TextEntry& left = h.state.entries.Of(Side::Left);
  const TextEntry& top = h.state.entries.Of(Side::Top);
  REQUIRE(left.open);
  REQUIRE(top.open);
  CHECK(left.target == "kennisdeling");
  CHECK(top.target == "modules");

  // A third person drags a token meanwhile, while the two type.
  const ImVec2 from = h.ChipCentre("maatwerktrainingen");
  h.Press(from, kFinger3);
  h.MoveTo(ImVec2(from.x - 40, from.y), kFinger3);
  // The keyboards' keys are drawn in the order the entries are: left (1) before top (2). Each
  // taps past the end of the name first, to keep it.
  FingerTap(h, nth("entry_text", 1), kFinger1);
  FingerTap(h, nth("entry_text", 2), kFinger2);
  FingerTap(h, nth("###key_backspace", 1), kFinger1);
  FingerTap(h, nth("###key_1_0", 2), kFinger2);  // "q" on the top one
  h.MoveTo(ImVec2(from.x - 80, from.y), kFinger3);
  h.Release(ImVec2(from.x - 80, from.y), kFinger3);
  h.Settle();
  CHECK(h.ChipCentre("maatwerktrainingen").x == Approx(from.x - 80).margin(1.0));
  CHECK(left.edit.text() == "Kennisdelin");
  CHECK(top.edit.text() == "Modulesq");
  FingerTap(h, nth("###key_ok", 2), kFinger2);
  FingerTap(h, nth("###key_ok", 1), kFinger1);
  CHECK(h.TokenOf("modules").label.In(h.state.language) == "Modulesq");
  CHECK(h.TokenOf("kennisdeling").label.In(h.state.language) == "Kennisdelin");
}

TEST_CASE("round a table, every side but the bottom has the type, undo and the toolbar's actions",
          "[table]") {
  Table4 t;
  Harness& h = t.h;
  for (int side : {1, 2, 3}) {
    INFO("side " << side);
    CHECK(h.Shows(h.Text(Str::Undo) + "##strip" + std::to_string(side) + "_undo"));
  }
  CHECK_FALSE(h.Shows(h.Text(Str::Undo) + "##strip0_undo"));  // the bottom has the toolbar
  // The board leaves room for the strips: none lies on it.
  const BoardRect& board = h.state.board_rect;
  for (int side : {1, 2, 3}) {
    const ImVec2 r = ButtonAt(h, "strip" + std::to_string(side) + "_undo");
    CHECK_FALSE((r.x > board.min.x && r.x < board.max.x && r.y > board.min.y && r.y < board.max.y));
  }

  // The person at the top undoes a drag from their own strip.
  const ImVec2 before = h.ChipCentre("modules");
  t.Put("modules", 0.5, 0.5);
  FingerTap(h, ButtonAt(h, "strip2_undo"), kFinger1);
  CHECK(h.ChipCentre("modules").x == Approx(before.x).margin(1.0));

  // The person on the right opens the toolbar's actions facing them and opens a case from it.
  FingerTap(h, ButtonAt(h, "strip3_actions"), kFinger1);
  REQUIRE(h.state.side_actions.side == 3);
  const ChipRect card = h.state.side_actions.rect;
  CHECK(card.max.y - card.min.y == Approx(260.0f));  // 260 px wide as they see it
  const TapTarget* water = nullptr;                  // the card's own button: the second one drawn
  int seen = 0;
  for (const TapTarget& target : h.state.targets)
    if (std::string(target.label.data()).find("##case2") != std::string::npos && ++seen == 2)
      water = &target;
  REQUIRE(water != nullptr);
  FingerTap(h, Middle(water->rect), kFinger1);
  CHECK(h.state.board.Origin()->id == "civ-water");
  CHECK_FALSE(h.state.side_actions.Open());
}

TEST_CASE("round a table, a token's label reads for the top side once touched from there",
          "[table]") {
  Table4 t;
  Harness& h = t.h;
  t.Put("modules", 0.6, -0.92);  // by the mouse, pressed where it lay: nearer the bottom
  CHECK(h.state.top_labels.count("modules") == 0);
  FingerTap(h, h.ChipCentre("modules"), kFinger1);  // a finger from the top
  CHECK(h.state.top_labels.count("modules") == 1);
  t.Put("modules", 0.6, 0.92);
  FingerTap(h, h.ChipCentre("modules"), kFinger1);  // and from the bottom: upright again
  CHECK(h.state.top_labels.count("modules") == 0);
  // At one side of a table, nothing turns.
  Harness one{ImVec2(1920, 1080)};
  one.OpenCase("civil");
  one.Drag(one.ChipCentre("modules"), one.Screen({0.6, -0.92}));
  FingerTap(one, one.ChipCentre("modules"), kFinger1);
  CHECK(one.state.top_labels.empty());
}

TEST_CASE("round a table, a card's and a keyboard's handle turn them to the next side", "[table]") {
  Table4 t;
  Harness& h = t.h;
  t.Put("kennisdeling", 0.0, 0.92);  // at the bottom
  FingerTap(h, h.ChipCentre("kennisdeling"), kFinger1);
  const TokenMenu& bottom = h.state.token_menus[static_cast<std::size_t>(Side::Bottom)];
  const TokenMenu& left = h.state.token_menus[static_cast<std::size_t>(Side::Left)];
  REQUIRE(bottom.token == "kennisdeling");
  // A quarter turn clockwise, about the handle (FingerTap: it stays under the finger): the card
  // is the left side's now, across the screen.
  FingerTap(h, ButtonAt(h, "token_menu_turn"), kFinger1);
  CHECK_FALSE(bottom.Open());
  REQUIRE(left.token == "kennisdeling");
  CHECK(left.rect.max.y - left.rect.min.y == Approx(320.0f));
  // Its buttons work where the turned card shows them.
  FingerTap(h, ButtonAt(h, "2##weight3"), kFinger2);
  CHECK(h.TokenOf("kennisdeling").weight == 2.0);

  // Its keyboard opens at the left; its handle gives it to the top, text and all.
  FingerTap(h, ButtonAt(h, "token_rename"), kFinger2);
  REQUIRE(h.state.entries.Of(Side::Left).open);
  FingerTap(h, ButtonAt(h, "entry_text"), kFinger2);
  FingerTap(h, ButtonAt(h, "key_backspace"), kFinger2);
  // (Not FingerTap: the keyboard goes to the top edge, the handle with it.)
  h.TouchTap(ButtonAt(h, "text_entry_turn"), kFinger2);
  h.Hold(15);
  CHECK_FALSE(h.state.entries.Of(Side::Left).open);
  const TextEntry& top = h.state.entries.Of(Side::Top);
  REQUIRE(top.open);
  CHECK(top.side == Side::Top);
  CHECK(top.panel.min.y < 40.0f);  // at the top edge
  FingerTap(h, ButtonAt(h, "key_ok"), kFinger3);
  CHECK_FALSE(top.open);
  CHECK(h.TokenOf("kennisdeling").label.In(h.state.language) == "Kennisdelin");
}

TEST_CASE("round a table, a card turns past the sides whose card is open", "[table]") {
  Table4 t;
  Harness& h = t.h;
  t.Put("kennisdeling", 0.0, 0.92);  // at the bottom
  t.Put("modules", -0.92, 0.0);      // at the left
  FingerTap(h, h.ChipCentre("kennisdeling"), kFinger1);
  FingerTap(h, h.ChipCentre("modules"), kFinger2);
  REQUIRE(h.state.token_menus[static_cast<std::size_t>(Side::Left)].token == "modules");
  // The bottom card's handle, the first drawn: the left has a card, the top is next. (Not
  // FingerTap: turned half round about its handle, the card would stand off the board, and is
  // moved back onto it.)
  h.TouchTap(ButtonAt(h, "token_menu_turn"), kFinger1);
  h.Hold(15);
  CHECK(h.state.token_menus[static_cast<std::size_t>(Side::Left)].token == "modules");
  CHECK(h.state.token_menus[static_cast<std::size_t>(Side::Top)].token == "kennisdeling");
  CHECK_FALSE(h.state.token_menus[static_cast<std::size_t>(Side::Bottom)].Open());
}

TEST_CASE("the table's sides are chosen in the toolbar, with a second tap, and kept", "[table]") {
  Harness h{ImVec2(1920, 1080)};
  const std::string kept = (std::filesystem::temp_directory_path() /
                            ("pps-ui-settings-" + std::to_string(::getpid())) / "settings.json")
                               .string();
  std::filesystem::remove(kept);
  h.state.settings_path = kept;
  h.Settle();
  h.OpenCase("civil");
  const float one_side = h.state.board_rect.max.x - h.state.board_rect.min.x;
  // One tap arms it and changes nothing: a leaning hand does not rearrange the table.
  h.Click("4##table_sides4");
  h.Settle();
  CHECK(h.state.table_sides == 1);
  // The second, on the same button, now asking to be sure.
  h.Click(std::string(S(h.state, Str::ConfirmTap)) + "##confirm-table_sides4");
  h.Settle();
  CHECK(h.state.table_sides == 4);
  CHECK(h.state.board_rect.max.x - h.state.board_rect.min.x < one_side);  // room for the strips
  CHECK(h.Shows("\u21b6##strip1_undo"));
  const Loaded<Settings> read = ReadSettings(kept);
  REQUIRE(read);
  CHECK(read.value->table_sides == 4);

  // A card open at the left closes when the left is no longer a side anyone sits at.
  const ImVec2 chip = h.ChipCentre("kennisdeling");
  REQUIRE(NearestSide({chip.x, chip.y}, 1920, 1080, 4) == Side::Left);
  FingerTap(h, chip, kFinger1);
  REQUIRE(h.state.token_menus[static_cast<std::size_t>(Side::Left)].Open());
  h.ClickTwice("2##table_sides2");
  h.Settle();
  CHECK(h.state.table_sides == 2);
  CHECK_FALSE(h.state.token_menus[static_cast<std::size_t>(Side::Left)].Open());
  CHECK(ReadSettings(kept).value->table_sides == 2);
  std::filesystem::remove_all(std::filesystem::path(kept).parent_path());
}
