#include "ui/library_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/theme.h"

namespace pps {

namespace {

// A full-width button whose label wraps onto as many lines as it needs.
bool WrappedButton(const char* id, const char* text, float min_height, std::uint32_t accent,
                   float scale) {
  const ImVec2 pad(14.0f * scale, 10.0f * scale);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, width - 2 * pad.x);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const bool pressed =
      ImGui::InvisibleButton(id, ImVec2(width, std::max(min_height, size.y + 2 * pad.y)));
  const ImVec2 b = ImGui::GetItemRectMax();
  const int alpha = ImGui::IsItemActive() ? 140 : ImGui::IsItemHovered() ? 80 : 40;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(a, b, Rgb(accent, alpha), ImGui::GetStyle().FrameRounding);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(a.x + pad.x, (a.y + b.y - size.y) * 0.5f), kInk, text, nullptr,
                width - 2 * pad.x);
  return pressed;
}

}  // namespace

void DrawLibrary(AppState& state) {
  const float s = state.scale;
  const Language language = state.language;
  const Strings& strings = state.content.strings;
  ImGui::Separator();
  ImGui::PushFont(state.fonts.heading ? state.fonts.heading : ImGui::GetFont());
  ImGui::TextUnformatted(strings.Get(Str::LibraryTitle, language));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", strings.Get(Str::LibraryHint, language));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(strings.Get(Str::Done, language), ImVec2(-1.0f, 44.0f * s)))
    state.library_open = false;

  const Model& m = state.content.model;
  char text[160];
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    ImGui::Spacing();
    ImGui::PushFont(state.fonts.bold ? state.fonts.bold : ImGui::GetFont());
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(info.accent));
    ImGui::TextUnformatted(info.name.In(language).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (const Activity& activity : state.content.library) {
      if (activity.type != type) continue;
      std::snprintf(text, sizeof text, "+  %s", activity.token.label.In(language).c_str());
      if (WrappedButton(activity.token.id.c_str(), text, 44.0f * s, info.accent, s))
        AddActivity(state, activity);
    }
  }
}

}  // namespace pps
