#pragma once
// The headless UI test harness: an ImGui context with the app's fonts and data, no window.

#include <imgui.h>
#include <catch2/catch.hpp>

#include "core/classify.h"
#include "ui/app_state.h"

namespace pps::test {

// Runs the real DrawApp() headless, one frame per call, with the mouse where the test says.
class Harness {
 public:
  Harness() {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    state.content = LoadContent(PPS_DATA_DIR);
    REQUIRE(state.content.errors.empty());
    LoadFonts(state.fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    OpenSketch(state, NewSketch(state), nullptr);
    Frame();
  }
  ~Harness() { ImGui::DestroyContext(context_); }

  // One frame with the mouse at `p` (px), the left button down or up.
  void Frame(ImVec2 p = ImVec2(-1, -1), bool down = false) {
    ImGui::SetCurrentContext(context_);  // several harnesses may live at once
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = p;
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    DrawApp(state);
    ImGui::Render();
  }

  void OpenCase(const char* id) {
    for (std::size_t i = 0; i < state.content.cases.size(); ++i)
      if (state.content.cases[i].id == id)
        OpenSketch(state, state.content.cases[i], &state.content.cases[i]);
    Frame();
  }

  ImVec2 Screen(BoardPoint p) const {
    const ScreenPoint s = BoardToScreen(state.content.model.layout, state.board_rect, p);
    return {s.x, s.y};
  }

  ImVec2 ChipCentre(int token) const {
    const ChipRect& r = state.chips[token];
    return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
  }

  Classification Now() const { return Classify(state.content.model, state.sketch.tokens); }

  AppState state;

 private:
  ImGuiContext* context_ = nullptr;
};

}  // namespace pps::test
