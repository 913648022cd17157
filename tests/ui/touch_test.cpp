// SPDX-License-Identifier: EUPL-1.2
// The touch table: fingers from touch screens and TUIO on the same input path as the mouse, a
// view turned for the other side, and panels that scroll under a finger.

#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include "harness.h"
#include "ui/frame/frame_input.h"

using namespace pps;
using pps::test::Harness;

namespace {

constexpr PointerId kFinger1{PointerSource::Touch, 1};
constexpr PointerId kFinger2{PointerSource::Touch, 2};
constexpr PointerId kFinger3{PointerSource::Touch, 3};
constexpr PointerId kCursor5{PointerSource::Tuio, 5};

ImVec2 Middle(const TapTarget& t) {
  return ImVec2((t.rect.min.x + t.rect.max.x) * 0.5f, (t.rect.min.y + t.rect.max.y) * 0.5f);
}

ImVec2 MiddleOf(const Harness& h, const std::string& label) {
  const TapTarget* t = h.state.targets.Find(label.c_str());
  INFO("button \"" << label << "\"");
  REQUIRE(t != nullptr);
  return Middle(*t);
}

float SidebarScroll() {
  return ImGui::FindWindowByName("sidebar")->Scroll.y;
}

}  // namespace

TEST_CASE("a finger's tap presses a button exactly once from a touch screen or TUIO") {
  Harness h;
  h.TouchTap(MiddleOf(h, h.Text(Str::AddActivity)), kFinger1);
  CHECK(h.state.library_open);
  h.TouchTap(MiddleOf(h, h.Text(Str::AddActivity)), kCursor5);
  CHECK_FALSE(h.state.library_open);
  h.TouchTap(MiddleOf(h, "CIV Water"), kCursor5);
  CHECK(h.sketch().id == "civ-water");
}

TEST_CASE("a finger resting anywhere keeps nobody from pressing a button, and presses nothing") {
  Harness h;
  const ImVec2 english = MiddleOf(h, h.Text(Str::OtherLanguage));
  h.Press(ImVec2(300, 400), kFinger1);  // someone points at the board while explaining
  h.TouchTap(english, kFinger2);        // the language asks for a second tap
  h.TouchTap(english, kFinger2);
  CHECK(h.state.language == Language::English);
  // A hand resting on a button longer than a tap presses nothing when it lifts: not even the
  // first of the two taps.
  const ImVec2 dutch = MiddleOf(h, h.Text(Str::OtherLanguage));
  h.Press(dutch, kFinger3);
  h.Hold(40);  // 0.67 s
  h.Release(dutch, kFinger3);
  h.Settle();
  CHECK(h.state.language == Language::English);
  CHECK_FALSE(h.Shows(h.Text(Str::ConfirmTap)));
  h.Release(ImVec2(300, 400), kFinger1);
  h.Settle();
  CHECK(h.state.language == Language::English);
}

TEST_CASE("two fingers tapping two buttons in one frame: both happen") {
  Harness h;
  h.OpenCase("civil");
  const ImVec2 english = MiddleOf(h, h.Text(Str::OtherLanguage));
  const ImVec2 library = MiddleOf(h, h.Text(Str::AddActivity));
  h.Push(PointerPhase::Down, english, kFinger1);
  h.Push(PointerPhase::Down, library, kFinger2);
  h.Frame();
  h.Push(PointerPhase::Up, english, kFinger1);
  h.Push(PointerPhase::Up, library, kFinger2);
  h.Settle();
  CHECK(h.Shows(h.Text(Str::ConfirmTap)));  // the language's first tap: its confirm state
  CHECK(h.state.library_open);
  h.TouchTap(english, kFinger1);
  CHECK(h.state.language == Language::English);
}

TEST_CASE("a finger lifting in the frame another lands on a button: the new tap happens") {
  Harness h;
  const ImVec2 english = MiddleOf(h, h.Text(Str::OtherLanguage));
  h.Press(ImVec2(300, 400), kFinger1);
  h.Hold(40);
  h.Push(PointerPhase::Up, ImVec2(300, 400), kFinger1);
  h.Push(PointerPhase::Down, english, kFinger2);
  h.Frame();
  h.Release(english, kFinger2);
  h.Settle();
  CHECK(h.Shows(h.Text(Str::ConfirmTap)));  // the tap happened: the language asks for another
  h.TouchTap(english, kFinger2);
  CHECK(h.state.language == Language::English);
}

TEST_CASE("a finger drags a token while another works a button") {
  Harness h;
  h.OpenCase("civil");
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 at = h.ChipCentre(id);
  const BoardPoint start = h.TokenOf(id).position;
  h.Press(at, kFinger1);
  h.MoveTo(ImVec2(at.x + 60, at.y + 40), kFinger1);
  h.TouchTap(MiddleOf(h, h.Text(Str::AddActivity)), kFinger2);
  CHECK(h.state.library_open);
  h.MoveTo(ImVec2(at.x + 120, at.y + 80), kFinger1);
  h.Release(ImVec2(at.x + 120, at.y + 80), kFinger1);
  h.Settle();
  CHECK(h.TokenOf(id).position.formal > start.formal);
  CHECK(h.TokenOf(id).position.outside != start.outside);
}

TEST_CASE("turning the view turns drawing and input for every source") {
  Harness h;
  h.OpenCase("civil");
  h.ClickTwice(h.Text(Str::Turn));
  REQUIRE(h.state.turned);

  // A drag to the right on the turned screen moves the token to the left of the layout.
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 on_screen = h.OnScreen(h.ChipCentre(id));
  const float x = h.ChipCentre(id).x;
  h.Press(on_screen, kFinger1);
  h.MoveTo(ImVec2(on_screen.x + 80, on_screen.y), kFinger1);
  h.Release(ImVec2(on_screen.x + 80, on_screen.y), kFinger1);
  h.Settle();
  CHECK(h.ChipCentre(id).x == Approx(x - 80).margin(1.0));

  // What is drawn is turned about the middle of the display.
  h.Frame();
  ImDrawData& data = *ImGui::GetDrawData();
  REQUIRE(data.CmdListsCount > 0);
  REQUIRE(data.CmdLists[0]->VtxBuffer.Size > 0);
  const ImVec2 before = data.CmdLists[0]->VtxBuffer[0].pos;
  TurnDrawing(h.state, data);
  const ImVec2 after = data.CmdLists[0]->VtxBuffer[0].pos;
  CHECK(after.x == Approx(1280 - before.x));
  CHECK(after.y == Approx(800 - before.y));

  // The turn button, where the turned screen shows it, turns the view back.
  const ImVec2 turn = h.OnScreen(MiddleOf(h, h.Text(Str::Turn)));
  h.TouchTap(turn, kCursor5);
  CHECK(h.state.turned);  // asked to confirm
  h.TouchTap(turn, kCursor5);
  CHECK_FALSE(h.state.turned);
}

TEST_CASE("a finger drags the sidebar to scroll it and the button it started on is not pressed") {
  Harness h;
  h.OpenCase("civil");
  const std::string near = "Beyond  \xE2\x86\x92##near7";
  const ImVec2 start = MiddleOf(h, near);
  REQUIRE(SidebarScroll() == 0.0f);
  h.Press(start, kFinger1);
  for (int i = 1; i <= 10; ++i)
    h.MoveTo(ImVec2(start.x, start.y - 30.0f * static_cast<float>(i)), kFinger1);
  h.Release(ImVec2(start.x, start.y - 300.0f), kFinger1);
  h.Settle();
  CHECK(h.sketch().id == "civil");  // the button under the finger was not pressed
  CHECK(SidebarScroll() >= 290.0f);

  // The mouse wheel scrolls it too.
  const float scrolled = SidebarScroll();
  h.MoveTo(ImVec2(1000, 400));
  h.queue.Push(ScrollEvent(0.0f, 2.0f, 0.0));
  h.Settle();
  CHECK(SidebarScroll() < scrolled);
}

TEST_CASE("adding from the library never moves the list under the finger") {
  Harness h;
  h.Click(h.Text(Str::AddActivity));
  REQUIRE(h.state.library_open);
  std::vector<TapTarget> before(h.state.targets.begin(), h.state.targets.end());
  const Activity& first = h.state.content.library.front();
  h.TouchTap(MiddleOf(h, first.token.id), kFinger1);
  REQUIRE(h.sketch().tokens.size() == 1);
  REQUIRE(h.state.targets.size() == static_cast<int>(before.size()));
  for (const TapTarget& t : before) {
    const TapTarget* now = h.state.targets.Find(t.label.data());
    INFO(t.label.data());
    REQUIRE(now != nullptr);
    CHECK(now->rect.min.y == t.rect.min.y);
  }
}

TEST_CASE("a small window draws the board and the panels with a case open and a finger down") {
  Harness h(ImVec2(640, 400));  // a 60 px board: the sanitize build checks every clamp's bounds
  h.Key(Key::Digit9);           // the case buttons are scrolled out of this window
  REQUIRE(h.sketch().id == "civil");
  const BoardRect& r = h.state.board_rect;
  REQUIRE(r.max.x > r.min.x);
  const ImVec2 middle((r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f);
  h.Press(middle, kFinger1);
  h.MoveTo(ImVec2(middle.x + 20, middle.y), kFinger1);
  h.Release(ImVec2(middle.x + 20, middle.y), kFinger1);
  h.Settle();
  CHECK(h.probe.guidance.type.has_value());
}
