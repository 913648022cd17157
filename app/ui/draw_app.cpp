#include <imgui.h>

#include "core/classify.h"
#include "ui/app_state.h"
#include "ui/board_view.h"
#include "ui/sidebar.h"
#include "ui/theme.h"

namespace pps {

namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

void DataErrors(const AppState& state) {
  if (state.content.errors.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 30, 30, 255));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(state.content.strings.Get(Str::DataErrors, state.language));
  for (const std::string& e : state.content.errors) ImGui::BulletText("%s", e.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Separator();
}

}  // namespace

Sketch NewSketch(const AppState& state) {
  Sketch sketch;
  sketch.name = state.content.strings.text[static_cast<int>(Str::NewSketch)];
  return sketch;
}

void DrawApp(AppState& state) {
  const Classification c = Classify(state.content.model, state.sketch.tokens);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float sidebar_w = std::max(380.0f * state.scale, display.x * 0.32f);
  const float board_w = display.x - sidebar_w;

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(board_w, display.y));
  ImGui::Begin("board", nullptr, kPanel | ImGuiWindowFlags_NoScrollWithMouse);
  const BoardRect rect = FitBoard({0.0f, 0.0f}, {board_w, display.y}, 24.0f * state.scale);
  DrawBoard(ImGui::GetWindowDrawList(), state, c, rect);
  ImGui::End();

  ImGui::SetNextWindowPos(ImVec2(board_w, 0));
  ImGui::SetNextWindowSize(ImVec2(sidebar_w, display.y));
  ImGui::Begin("sidebar", nullptr, kPanel & ~ImGuiWindowFlags_NoScrollbar);
  DataErrors(state);
  DrawSidebar(state, c);
  ImGui::End();
}

}  // namespace pps
