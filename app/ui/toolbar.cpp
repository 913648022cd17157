#include "ui/toolbar.h"

#include <imgui.h>

#include <cstdio>

#include "ui/theme.h"

namespace pps {

namespace {

const char* S(const AppState& state, Str s) { return state.content.strings.Get(s, state.language); }

// A finger-sized button; `accent` 0 for a plain one.
bool Button(const char* label, float height, std::uint32_t accent, bool selected) {
  if (accent) {
    ImGui::PushStyleColor(ImGuiCol_Button, Rgb(accent, selected ? 255 : 40));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Rgb(accent, selected ? 255 : 80));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Rgb(accent, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? IM_COL32(255, 255, 255, 255) : kInk);
  }
  const bool pressed = ImGui::Button(label, ImVec2(-1.0f, height));
  if (accent) ImGui::PopStyleColor(4);
  return pressed;
}

}  // namespace

void DrawToolbar(AppState& state) {
  const float height = 48.0f * state.scale;
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  if (Button(S(state, Str::NewSketch), height, 0, false)) OpenSketch(state, NewSketch(state), nullptr);
  ImGui::BeginDisabled(!state.origin);
  if (Button(S(state, Str::Reset), height, 0, false)) ResetToOrigin(state);
  ImGui::EndDisabled();
  ImGui::Spacing();

  const Model& m = state.content.model;
  char label[96];
  for (int i = 0; i < static_cast<int>(state.content.cases.size()) && i < 9; ++i) {
    const Sketch& c = state.content.cases[i];
    const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
    std::snprintf(label, sizeof label, "%d   %s##case%d", i + 1, name.In(state.language).c_str(), i);
    const std::uint32_t accent = c.published_type ? m.Of(*c.published_type).accent : 0x666666;
    const bool open = state.origin && state.origin->id == c.id;
    if (Button(label, height, accent, open)) state.case_to_open = i;
  }
  ImGui::Spacing();
  if (Button(S(state, Str::OtherLanguage), height, 0, false))
    state.language = state.language == Language::Dutch ? Language::English : Language::Dutch;
  ImGui::PopStyleVar();
}

}  // namespace pps
