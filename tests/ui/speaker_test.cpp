// SPDX-License-Identifier: EUPL-1.2
// Presenting on two screens, the presenter's view (shell/speaker_frame.h) in an ImGui context of
// its own, as the platform's second window runs it: a click on Wissel schermen gives the room
// the other screen, Stoppen ends presenting; each through ImGui's mouse, applied by the app's
// next frame. And the room panel's "1–3 / N ›": the type's next three points, and round again.

#include <catch2/catch.hpp>

#include <cstdio>

#include "harness.h"
#include "shell/speaker_frame.h"
#include "ui/panels/room_panel.h"

using namespace pps;
using pps::test::Harness;

namespace {

// The presenter's view beside a harness's app, sharing its fonts, as the second window does.
class Speaker {
 public:
  explicit Speaker(Harness& h) : h_(h) {
    ImGuiContext* app = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext(ImGui::GetIO().Fonts);
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    ImGui::SetCurrentContext(app);
    Frame(SpeakerPointer{});
  }
  ~Speaker() { ImGui::DestroyContext(context_); }
  Speaker(const Speaker&) = delete;
  Speaker& operator=(const Speaker&) = delete;

  // One frame of the view with the mouse as `pointer`; then the app's context is current again.
  void Frame(const SpeakerPointer& pointer) {
    ImGuiContext* app = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(context_);
    StepSpeakerFrame(h_.state, frame, pointer, time_ += 1.0 / 60.0, {9, 30});
    ImGui::SetCurrentContext(app);
  }

  // A click on the button `label` (its ImGui label): over it, pressed, released; then the app's
  // frame, which applies what the click asked for.
  void Click(const std::string& label) {
    const TapTarget* target = frame.targets.Find(label.c_str());
    INFO(label);
    REQUIRE(target);
    const float x = (target->rect.min.x + target->rect.max.x) * 0.5f;
    const float y = (target->rect.min.y + target->rect.max.y) * 0.5f;
    Frame({x, y, false, 0.0f});
    Frame({x, y, true, 0.0f});
    Frame({x, y, false, 0.0f});
    h_.Settle();
  }

  SpeakerFrame frame;

 private:
  Harness& h_;
  ImGuiContext* context_ = nullptr;
  double time_ = 0.0;
};

}  // namespace

TEST_CASE("the presenter's view: swap screens and stop, by its own mouse", "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.OpenCase("civil");
  h.Key(Key::F5);
  REQUIRE(h.state.presentation.on);
  Speaker speaker(h);
  const std::string swap = h.Text(Str::SwapScreens) + "##swap_screens";
  const std::string stop = h.Text(Str::StopPresenting) + "##speaker_stop";
  CHECK(speaker.frame.targets.Find(swap.c_str()));
  CHECK(h.state.presentation.room_screen == 0);
  // One screen: nothing to swap.
  speaker.Click(swap);
  CHECK(h.state.presentation.room_screen == 0);
  // Two, as the platform found them: the other one, and back.
  h.state.presentation.screens = 2;
  speaker.Click(swap);
  CHECK(h.state.presentation.room_screen == 1);
  CHECK(h.state.settings.room_screen == 1);  // kept for the next start
  speaker.Click(swap);
  CHECK(h.state.presentation.room_screen == 0);
  speaker.Click(swap);
  CHECK(h.state.presentation.room_screen == 1);
  CHECK(h.state.presentation.on);
  // Hovering is not clicking.
  const TapTarget* at = speaker.frame.targets.Find(stop.c_str());
  REQUIRE(at);
  speaker.Frame({at->rect.min.x + 4.0f, at->rect.min.y + 4.0f, false, 0.0f});
  h.Settle();
  CHECK(h.state.presentation.on);
  speaker.Click(stop);
  CHECK_FALSE(h.state.presentation.on);
}

TEST_CASE("the room panel shows the type's next points at a tap, and round again", "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.OpenCase("civil");
  h.Key(Key::F5);
  const Classification c = Classify(h.state.content.model, h.state.board.Current().tokens);
  REQUIRE(c.type);
  const int count = static_cast<int>(
      h.state.content.guidance.Of(*c.type).In(h.state.language).preconditions.size());
  REQUIRE(count > kRoomPoints);
  // The button says which points are on the screen, of how many.
  const auto more = [&] {
    const Presentation& p = h.state.presentation;
    char text[64];
    if (p.points_shown == 1)
      std::snprintf(text, sizeof text, "%d / %d  \u2192##room_more", p.first_point + 1, count);
    else
      std::snprintf(text, sizeof text, "%d\u2013%d / %d  \u2192##room_more", p.first_point + 1,
                    p.first_point + p.points_shown, count);
    return std::string(text);
  };
  CHECK(h.state.presentation.first_point == 0);
  CHECK(h.state.presentation.points_shown == kRoomPoints);
  REQUIRE(h.Shows(more()));
  // Every point once, page by page, then round to the first.
  int seen = 0;
  for (int pages = 0; pages <= count && (seen == 0 || h.state.presentation.first_point != 0);
       ++pages) {
    REQUIRE(h.state.presentation.first_point == seen);
    REQUIRE(h.state.presentation.points_shown >= 1);
    seen += h.state.presentation.points_shown;
    h.Click(more());
  }
  CHECK(seen == count);
  CHECK(h.state.presentation.first_point == 0);
  // Further on, then another type: its points begin at its first.
  h.Click(more());
  REQUIRE(h.state.presentation.first_point > 0);
  h.Key(Key::F5);
  h.OpenCase("zorgboulevard-roosendaal");
  h.Key(Key::F5);
  const Classification other = Classify(h.state.content.model, h.state.board.Current().tokens);
  REQUIRE(other.type != c.type);
  CHECK(h.state.presentation.first_point == 0);
}

TEST_CASE("the room panel shows only the points that fit whole", "[present]") {
  // A deep room on a small screen: large words, little height.
  Harness h{ImVec2(1280, 800)};
  h.state.room_screen = {800.0f, 0.5f};
  h.state.room_scale = RoomScale(h.state.room_screen, 10.0f);
  // The room's fonts, baked beside the designer's as the app bakes them (main.cpp).
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  h.state.fonts = {};
  REQUIRE(LoadFonts(h.state.fonts, 1.0f).empty());
  REQUIRE(LoadFonts(h.state.room_fonts, h.state.room_scale).empty());
  unsigned char* pixels = nullptr;
  int w = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &height);
  h.state.chips.label_layouts = LabelLayouts();
  h.state.chips.revision = UINT64_MAX;
  h.OpenCase("civil");
  h.Key(Key::F5);
  const Presentation& p = h.state.presentation;
  CHECK(p.points_shown < kRoomPoints);
}
