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

TEST_CASE("the room panel shows the type's next three points at a tap, and round again",
          "[present]") {
  Harness h{ImVec2(1920, 1080)};
  h.OpenCase("civil");
  h.Key(Key::F5);
  const Classification c = Classify(h.state.content.model, h.state.board.Current().tokens);
  REQUIRE(c.type);
  const int count = static_cast<int>(
      h.state.content.guidance.Of(*c.type).In(h.state.language).preconditions.size());
  REQUIRE(count > kRoomPoints);
  const auto label = [&](int first, int last) {
    char text[64];
    std::snprintf(text, sizeof text, "%d\u2013%d / %d  \u203A##room_more", first, last, count);
    return std::string(text);
  };
  REQUIRE(h.Shows(label(1, 3)));
  h.Click(label(1, 3));
  CHECK(h.state.presentation.page == 1);
  const int last = count < 6 ? count : 6;
  CHECK(h.Shows(label(4, last)));
  // On to the last page, then round to the first.
  while (!h.Shows(label(1, 3))) {
    const TapTarget* more = nullptr;
    for (const TapTarget& t : h.state.targets)
      if (std::string(t.label.data()).find("##room_more") != std::string::npos) more = &t;
    REQUIRE(more);
    h.Click(more->label.data());
    REQUIRE(h.state.presentation.page <= (count + kRoomPoints - 1) / kRoomPoints);
  }
  CHECK(h.state.presentation.page == 0);
  // A page further on, then another type: its points begin at its first three.
  h.Click(label(1, 3));
  REQUIRE(h.state.presentation.page == 1);
  h.Key(Key::F5);
  h.OpenCase("zorgboulevard-roosendaal");
  h.Key(Key::F5);
  const Classification other = Classify(h.state.content.model, h.state.board.Current().tokens);
  REQUIRE(other.type != c.type);
  CHECK(h.state.presentation.page == 0);
}
