// SPDX-License-Identifier: EUPL-1.2
// Presentation mode through the real input path: F5, the sidebar's button and Esc (or the room
// panel's button) enter and leave it; the designer's chrome is gone while it lasts and back after;
// a clicker's B and "." blank the screen black, W and "," white, and any key shows it again;
// PageDown changes nothing; a token dragged while presenting is one undo step.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/files/settings.h"
#include "harness.h"
#include "ui/panels/room_panel.h"

using namespace pps;
using pps::test::Harness;

namespace {

// The designer's chrome: the toolbar's, the sidebar's and the room panel's buttons.
bool ShowsChrome(const Harness& h) {
  return h.Shows("new") || h.Shows(h.Text(Str::New)) || h.Shows(h.Text(Str::Present) + "##present");
}

bool ShowsRoomPanel(const Harness& h) {
  return h.Shows(h.Text(Str::StopPresenting) + "##stop_presenting");
}

}  // namespace

TEST_CASE("presentation mode: F5, the button and Esc enter and leave it", "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.Settle();
  h.OpenCase("civil");
  const std::uint64_t revision = h.state.board.Revision();
  REQUIRE(ShowsChrome(h));
  REQUIRE_FALSE(ShowsRoomPanel(h));

  h.Key(Key::F5);
  CHECK(h.state.presentation.on);
  CHECK_FALSE(ShowsChrome(h));
  CHECK(ShowsRoomPanel(h));
  // The board as large as the window's height allows, its paper margin round it.
  CHECK(h.state.board_rect.max.y - h.state.board_rect.min.y == Approx(1080.0f - 2 * 16.0f));
  h.Key(Key::Escape);
  CHECK_FALSE(h.state.presentation.on);
  CHECK(ShowsChrome(h));

  // The sidebar's button, then F5 again (a clicker's one button sends F5 and Esc in turn).
  h.Click(h.Text(Str::Present) + "##present");
  CHECK(h.state.presentation.on);
  h.Key(Key::F5);
  CHECK_FALSE(h.state.presentation.on);
  // The room panel's button, for a finger.
  h.Key(Key::F5);
  h.Click(h.Text(Str::StopPresenting) + "##stop_presenting");
  CHECK_FALSE(h.state.presentation.on);
  CHECK(ShowsChrome(h));
  CHECK(h.state.board.Revision() == revision);  // presenting changed nothing of the board
}

TEST_CASE("presentation mode: a clicker blanks the screen and any key shows it again",
          "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.Settle();
  h.OpenCase("civil");
  const std::string before = h.state.board.Current().id;
  // Not presenting, B and PageDown do nothing.
  h.Key(Key::B);
  CHECK(h.state.presentation.blank == Blank::None);
  h.Key(Key::F5);
  h.Key(Key::B);
  CHECK(h.state.presentation.blank == Blank::Black);
  // Any key shows it again, and does nothing else: not even Esc ends presenting.
  h.Key(Key::Escape);
  CHECK(h.state.presentation.blank == Blank::None);
  CHECK(h.state.presentation.on);
  h.Key(Key::Period);
  CHECK(h.state.presentation.blank == Blank::Black);
  h.Key(Key::Period);
  CHECK(h.state.presentation.blank == Blank::None);
  h.Key(Key::W);
  CHECK(h.state.presentation.blank == Blank::White);
  h.Key(Key::Digit3);  // shows the screen again, opens no case
  CHECK(h.state.presentation.blank == Blank::None);
  CHECK(h.state.board.Current().id == before);
  h.Key(Key::Comma);
  CHECK(h.state.presentation.blank == Blank::White);
  h.Key(Key::Other);
  CHECK(h.state.presentation.blank == Blank::None);
  // PageDown and PageUp (a clicker's next and back) change nothing without a story line.
  const std::uint64_t revision = h.state.board.Revision();
  h.Key(Key::PageDown);
  h.Key(Key::PageUp);
  CHECK(h.state.board.Revision() == revision);
  CHECK(h.state.presentation.on);
  CHECK(h.state.presentation.blank == Blank::None);
}

TEST_CASE("presentation mode: a token dragged in front of the room is one undo step", "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.Settle();
  h.OpenCase("civil");
  h.Key(Key::F5);
  const BoardPoint was = h.TokenOf("kennisdeling").position;
  h.Drag(h.ChipCentre("kennisdeling"), h.Screen({0.5, 0.5}));
  CHECK(h.TokenOf("kennisdeling").position.formal == Approx(0.5).margin(0.01));
  // A tap on a token opens no card in front of the room.
  h.Tap(h.ChipCentre("modules"));
  h.Hold(15);
  for (const TokenMenu& menu : h.state.token_menus) CHECK_FALSE(menu.Open());
  h.Key(Key::Escape);
  h.Key(Key::Z, kModCtrl);
  CHECK(h.TokenOf("kennisdeling").position.formal == Approx(was.formal));
  CHECK(h.TokenOf("kennisdeling").position.outside == Approx(was.outside));
}

TEST_CASE("presentation mode: the laser pointer points and moves nothing", "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.Settle();
  h.OpenCase("civil");
  h.Key(Key::L);  // not presenting: nothing
  CHECK_FALSE(h.state.laser.on);
  h.Key(Key::F5);
  h.Key(Key::L);
  REQUIRE(h.state.laser.on);
  const std::uint64_t revision = h.state.board.Revision();
  const BoardPoint was = h.TokenOf("kennisdeling").position;
  h.Drag(h.ChipCentre("kennisdeling"), h.Screen({0.5, 0.5}));
  CHECK(h.state.board.Revision() == revision);
  CHECK(h.TokenOf("kennisdeling").position.formal == Approx(was.formal));
  CHECK(h.state.laser.count > 5);  // its trail
  // The room panel's button turns it off; then a drag moves the token again.
  h.Click(h.Text(Str::Laser) + "##laser");
  CHECK_FALSE(h.state.laser.on);
  h.Drag(h.ChipCentre("kennisdeling"), h.Screen({0.5, 0.5}));
  CHECK(h.TokenOf("kennisdeling").position.formal == Approx(0.5).margin(0.01));
  // Leaving presenting turns it off.
  h.Key(Key::L);
  h.Key(Key::Escape);
  CHECK_FALSE(h.state.laser.on);
}

TEST_CASE("presentation mode: the spotlight lights a token or a quadrant, and moves nothing",
          "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.Settle();
  h.OpenCase("civil");
  h.Key(Key::F5);
  h.Key(Key::S);
  REQUIRE(h.state.spotlight.on);
  const std::uint64_t revision = h.state.board.Revision();
  // A tap on a chip lights its token; a drag over the board moves nothing.
  h.Tap(h.ChipCentre("modules"));
  h.Hold(15);
  CHECK(h.state.spotlight.token == "modules");
  h.Drag(h.ChipCentre("kennisdeling"), h.Screen({0.5, 0.5}));
  CHECK(h.state.board.Revision() == revision);
  CHECK(h.state.spotlight.token == "modules");  // a drag is no tap
  // A tap on an empty spot of the board lights its quadrant (up and left of the middle: 0),
  // the same tap again puts it out.
  const ImVec2 empty = h.Screen({-0.5, -0.6});
  h.Tap(empty);
  h.Hold(15);
  CHECK(h.state.spotlight.token.empty());
  CHECK(h.state.spotlight.quadrant == 0);
  h.Tap(empty);
  h.Hold(15);
  CHECK(h.state.spotlight.quadrant == -1);
  // The laser pointer turns it off: one tool at a time.
  h.Tap(h.ChipCentre("modules"));
  h.Hold(15);
  h.Click(h.Text(Str::Laser) + "##laser");
  CHECK(h.state.laser.on);
  CHECK_FALSE(h.state.spotlight.on);
  CHECK(h.state.spotlight.token.empty());
  h.Click(h.Text(Str::Spotlight) + "##spotlight");
  CHECK(h.state.spotlight.on);
  CHECK_FALSE(h.state.laser.on);
}

TEST_CASE("presentation mode: a view turned for the other side shows upright to a room",
          "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.Settle();
  h.ClickTwice(h.Text(Str::Turn));
  REQUIRE(h.state.turned);
  h.Key(Key::F5);
  CHECK(h.state.presentation.on);
  CHECK_FALSE(h.state.turned);
  h.Key(Key::Escape);
  CHECK(h.state.turned);  // as it was
}

TEST_CASE("presentation mode: the room's depth is chosen in its panel, sizes the text, and is kept",
          "[present]") {
  Harness h{ImVec2(1920, 1080)};
  const std::string kept = (std::filesystem::temp_directory_path() /
                            ("pps-ui-room-" + std::to_string(::getpid())) / "settings.json")
                               .string();
  std::filesystem::remove(kept);
  h.state.settings_path = kept;
  h.state.room_screen = {1080.0f, 1250.0f / 1080.0f};  // a 100" picture
  h.state.room_scale = RoomScale(h.state.room_screen, h.state.room_depth_m);
  h.Settle();
  h.Key(Key::F5);
  const float at_six = h.state.room_scale;
  h.Click("8##room_depth8");
  CHECK(h.state.room_depth_m == 8.0f);
  // Capitals 40 mm instead of 30: the text a third larger.
  CHECK(h.state.room_scale == Approx(at_six * 8.0f / 6.0f));
  const Loaded<Settings> read = ReadSettings(kept);
  REQUIRE(read);
  CHECK(read.value->room_depth_m == 8.0f);
  CHECK(read.value->table_sides == 0);  // what was not chosen stays unchosen
  std::filesystem::remove_all(std::filesystem::path(kept).parent_path());
}
