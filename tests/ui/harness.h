// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The headless UI test harness: the real app's frame (shell/frame.h: StepFrame) with the app's
// fonts and data, no window, driven only through the app's own input path (InputQueue ->
// PrepareInput -> FeedImGui -> DrawApp), as main() drives it. Tests tap, drag, click buttons by
// label and press keys.

#include <imgui.h>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/input/input_queue.h"
#include "core/model/classify.h"
#include "shell/frame.h"
#include "ui/state/app_state.h"
#include "ui/widgets/widgets.h"

namespace pps::test {

// An empty folder of this test process's own for `name` (made by whoever writes into it).
inline std::filesystem::path FreshFolder(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("pps-canvas-ui-" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(dir);
  return dir;
}

// A save as a frame asks for it (BoardAutosave::Update), then waiting for the writer thread to
// finish it, as a test must before it reads the disk or the messages.
inline void SaveNow(BoardAutosave& autosave, AppState& state) {
  autosave.Update(state, false);
  autosave.Finish(state);
}

class Harness {
 public:
  static constexpr int kMaxSettleFrames = 30;

  // An app whose autosave is `autosave` (none when empty), on a display of `display` px.
  explicit Harness(ImVec2 display = ImVec2(1280, 800), const std::string& autosave = "")
      : app(autosave, !autosave.empty()) {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& imgui_io = ImGui::GetIO();
    imgui_io.IniFilename = nullptr;
    imgui_io.DisplaySize = display;
    imgui_io.DeltaTime = 1.0f / 60.0f;
    imgui_io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    state.probe = &probe;
    state.content = LoadContent(PPS_DATA_DIR);
    REQUIRE(state.content.errors.empty());
    const Error fonts = LoadFonts(state.fonts, 1.0f);
    INFO(fonts.what());
    REQUIRE(fonts.empty());
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    imgui_io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    state.board.Restore(NewSketch(state), nullptr, std::nullopt, nullptr);
    Settle();
  }
  ~Harness() { ImGui::DestroyContext(context_); }
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  // One frame, fed this frame's share of the queued input: the app's own frame.
  void Frame() {
    ImGui::SetCurrentContext(context_);  // several harnesses may live at once
    StepFrame(app, *io, time_);
    time_ += 1.0 / 60.0;
  }

  // Frames until the screen settles, as the app's loop runs them before it sleeps. Returns how
  // many it took.
  int Settle() {
    int frames = 0;
    do {
      Frame(), ++frames;
      // The app's loop draws on while the writers work; here their writes end at once, and the
      // next frame takes how they went.
      if (state.gallery.saving) state.gallery.writer->Wait();
      if (state.report_view.copying.valid()) state.report_view.copying.wait();
      app.autosave.Wait();
    } while (!app.settled && !app.ended && frames < kMaxSettleFrames);
    return frames;
  }

  // `frames` frames with no input, as the app's loop runs them while something is held: time
  // goes on (1/60 s a frame) and nothing moves.
  void Hold(int frames) {
    for (int i = 0; i < frames; ++i) Frame();
  }

  // Pointer events, one frame each (a finger or the mouse moving across frames).
  void Press(ImVec2 p, PointerId pointer = kMousePointer) { Send(pointer, PointerPhase::Down, p); }
  void MoveTo(ImVec2 p, PointerId pointer = kMousePointer) { Send(pointer, PointerPhase::Move, p); }
  void Release(ImVec2 p, PointerId pointer = kMousePointer) { Send(pointer, PointerPhase::Up, p); }
  void Cancel(ImVec2 p, PointerId pointer = kMousePointer) {
    Send(pointer, PointerPhase::Cancel, p);
  }

  // Queues one pointer event for the next frame (several fingers in one frame).
  void Push(PointerPhase phase, ImVec2 p, PointerId pointer = kMousePointer) {
    queue.Push(PointerEvent(pointer, phase, {p.x, p.y}, time_));
  }

  // A tap as a touch screen sends it: move, press and release arriving together, then the
  // frames until the screen settles (or, `settle` false, only those that take it and do what it
  // asked: the screen may still move).
  void Tap(ImVec2 p, bool settle = true) {
    Push(PointerPhase::Move, p);
    Push(PointerPhase::Down, p);
    Push(PointerPhase::Up, p);
    if (settle) return void(Settle());
    while (queue.Pending()) Frame();
    Frame();  // the frame after the release: what it asked for applied, and drawn
  }

  // A tap by a finger of a touch screen or a TUIO table: it lands and lifts, with no hover
  // before; then the frames until the screen settles.
  void TouchTap(ImVec2 p, PointerId finger) {
    Push(PointerPhase::Down, p, finger);
    Push(PointerPhase::Up, p, finger);
    Settle();
  }

  // A whole drag by the mouse: press, `steps` moves, release, one frame each; then settles.
  void Drag(ImVec2 from, ImVec2 to, int steps = 12) {
    MoveTo(from);
    Press(from);
    for (int i = 1; i <= steps; ++i) {
      const float f = static_cast<float>(i) / static_cast<float>(steps);
      MoveTo(ImVec2(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f));
    }
    Release(to);
    Settle();
  }

  // Taps the middle of the button labelled `label` (the text shown, the whole ImGui label or
  // "##" and its id) as drawn in the last frame; fails the test when there is none. Then the
  // frames until the screen settles, or (`settle` false) the one frame that takes the tap.
  void Click(const std::string& label, bool settle = true) {
    const TapTarget* target = state.targets.Find(label.c_str());
    INFO("button \"" << label << "\"");
    REQUIRE(target != nullptr);
    const ChipRect& seen = target->visible;  // where a finger can reach it
    REQUIRE((seen.max.x > seen.min.x && seen.max.y > seen.min.y));
    const ImVec2 middle =
        OnScreen(ImVec2((seen.min.x + seen.max.x) * 0.5f, (seen.min.y + seen.max.y) * 0.5f));
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    REQUIRE((middle.x > 0 && middle.y > 0 && middle.x < display.x && middle.y < display.y));
    Tap(middle, settle);
  }

  // Scrolls the panel holding the button labelled `label` with the mouse wheel, over it, until
  // the button is in view; fails the test when it never is.
  void Reach(const std::string& label) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    for (int turns = 0; turns < 60; ++turns) {
      const TapTarget* target = state.targets.Find(label.c_str());
      INFO("button \"" << label << "\"");
      REQUIRE(target != nullptr);
      const float y = (target->rect.min.y + target->rect.max.y) * 0.5f;
      const ChipRect& seen = target->visible;  // its middle, where its panel shows it
      if (y > seen.min.y && y < seen.max.y && y > 0.0f && y < display.y) return;
      MoveTo(ImVec2((target->rect.min.x + target->rect.max.x) * 0.5f, display.y * 0.5f));
      const bool above = y < 0.0f || (seen.max.y > seen.min.y && y < seen.min.y);
      queue.Push(ScrollEvent(0.0f, above ? 2.0f : -2.0f, time_));
      Settle();
    }
    FAIL("button \"" << label << "\" stays out of view");
  }

  // Taps the button labelled `label` twice, the second time where the first landed: the
  // deliberate gesture of a button that changes everything (new, the language, the turn), whose
  // first tap only puts it in its confirm state.
  void ClickTwice(const std::string& label) {
    const TapTarget* target = state.targets.Find(label.c_str());
    INFO("button \"" << label << "\"");
    REQUIRE(target != nullptr);
    const ImVec2 middle = OnScreen(ImVec2((target->rect.min.x + target->rect.max.x) * 0.5f,
                                          (target->rect.min.y + target->rect.max.y) * 0.5f));
    Tap(middle);
    Tap(middle);
  }

  // Whether a button labelled `label` was drawn in the last frame and could be pressed.
  bool Shows(const std::string& label) const { return state.targets.Find(label.c_str()); }

  // A key pressed and released between two frames, as fast typists and xdotool send it.
  void Key(pps::Key key, std::uint8_t mods = kModNone) {
    queue.Push(KeyEvent(key, mods, true, time_));
    queue.Push(KeyEvent(key, mods, false, time_));
    Settle();
  }

  // Types `text` into the open text entry (at one side of the table) over what it holds, as a
  // keyboard does, and presses OK.
  void TypeInEntry(const std::string& text) {
    REQUIRE(state.entries.at[0].open);
    while (!state.entries.at[0].edit.text().empty()) Key(Key::Backspace);
    for (std::size_t i = 0; i < text.size();) {
      // One code point of the UTF-8 text.
      const auto c = static_cast<unsigned char>(text[i]);
      const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t code = n == 1 ? c : c & (0x3F >> (n - 1));
      for (int k = 1; k < n; ++k)
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      queue.Push(CharEvent(code, 0.0));
      i += static_cast<std::size_t>(n);
    }
    Settle();
    Key(Key::Enter);
    REQUIRE_FALSE(state.entries.at[0].open);
  }

  // Opens a case study with its button in the toolbar.
  void OpenCase(const std::string& id) {
    const std::vector<Sketch>& cases = state.content.cases;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      if (cases[i].id != id) continue;
      const LocalText& name = cases[i].short_name.nl.empty() ? cases[i].name : cases[i].short_name;
      Click(name.In(state.language));
      REQUIRE(state.board.Current().id == id);
      return;
    }
    FAIL("no case " << id);
  }

  // The interface's text for `s` in the current language.
  std::string Text(Str s) const { return state.content.strings.Get(s, state.language); }

  // Where a point of the layout is on the screen: turned 180 degrees when the view is.
  ImVec2 OnScreen(ImVec2 p) const {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    return state.turned ? ImVec2(display.x - p.x, display.y - p.y) : p;
  }

  ImVec2 Screen(BoardPoint p) const {
    const ScreenPoint s = BoardToScreen(state.content.model.layout, state.board_rect, p);
    return {s.x, s.y};
  }

  // The middle of token `id`'s chip as drawn in the last frame.
  ImVec2 ChipCentre(const std::string& id) const {
    const int z = state.board.Find(id);
    REQUIRE(z >= 0);
    REQUIRE(state.chips.revision == state.board.Revision());
    const ChipRect& r = state.chips.rects[static_cast<std::size_t>(z)];
    return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
  }

  const Sketch& sketch() const { return state.board.Current(); }
  const Token& TokenOf(const std::string& id) const {
    const Token* t = FindToken(sketch(), id);
    REQUIRE(t != nullptr);
    return *t;
  }
  Classification Now() const { return Classify(state.content.model, sketch().tokens); }
  bool Busy() const { return app.moving; }

  App app;
  AppState& state = app.state;
  FrameProbe probe;  // what the last frame showed
  InputQueue& queue = app.queue;
  FrameIo* io = &no_window_;  // where frames are shown; a test may give its own

 private:
  void Send(PointerId pointer, PointerPhase phase, ImVec2 p) {
    Push(phase, p, pointer);
    Frame();
  }

  ImGuiContext* context_ = nullptr;
  FrameIo no_window_;  // nothing shown, no pixels read
  double time_ = 0.0;
};

}  // namespace pps::test
