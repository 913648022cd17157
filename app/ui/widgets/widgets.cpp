// SPDX-License-Identifier: EUPL-1.2
#include "ui/widgets/widgets.h"

#include <algorithm>
#include <cstring>

#include "ui/widgets/theme.h"

namespace pps {

void RecordTarget(const Ui& ui, const char* label) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ChipRect laid{{a.x, a.y}, {b.x, b.y}};
  // What its panel's clip leaves of it; nothing when scrolled out of view.
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 c = draw->GetClipRectMin(), d = draw->GetClipRectMax();
  ChipRect seen{{std::max(a.x, c.x), std::max(a.y, c.y)}, {std::min(b.x, d.x), std::min(b.y, d.y)}};
  if (seen.min.x >= seen.max.x || seen.min.y >= seen.max.y) seen = {};
  if (ui.turn) ui.targets.Record(label, ui.turn->RectToScreen(laid), ui.turn->RectToScreen(seen));
  else ui.targets.Record(label, laid, seen);
}

bool TouchButton(const Ui& ui, const char* label, ImVec2 size, std::uint32_t accent,
                 bool selected) {
  if (accent) {
    ImGui::PushStyleColor(ImGuiCol_Button, Rgb(accent, selected ? 255 : 40));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Rgb(accent, selected ? 255 : 80));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Rgb(accent, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? IM_COL32(255, 255, 255, 255) : kInk);
  }
  const bool pressed = ImGui::Button(label, size);
  if (accent) ImGui::PopStyleColor(4);
  RecordTarget(ui, label);
  return pressed;
}

bool WrappedButton(const Ui& ui, const char* id, const char* text, float min_height,
                   std::uint32_t accent) {
  const float scale = ui.scale;
  const ImVec2 pad(14.0f * scale, 10.0f * scale);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, width - 2 * pad.x);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const bool pressed =
      ImGui::InvisibleButton(id, ImVec2(width, std::max(min_height, size.y + 2 * pad.y)));
  RecordTarget(ui, id);
  const ImVec2 b = ImGui::GetItemRectMax();
  const int alpha = ImGui::IsItemActive() ? 140 : ImGui::IsItemHovered() ? 80 : 40;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(a, b, Rgb(accent, alpha), ImGui::GetStyle().FrameRounding);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(a.x + pad.x, (a.y + b.y - size.y) * 0.5f), kInk, text, nullptr,
                width - 2 * pad.x);
  return pressed;
}

const char* StabilityText(const Ui& ui, const Classification& c) {
  const Stability stability = StabilityOf(ui.content.model, c);
  return S(ui, stability == Stability::Firm       ? Str::StabilityFirm
               : stability == Stability::Moderate ? Str::StabilityModerate
                                                  : Str::StabilityFragile);
}

void BeginCard(const char* id, const ChipRect& rect, float pad, float gap, float scale,
               ImGuiWindowFlags extra) {
  ImGui::SetNextWindowPos(ImVec2(rect.min.x, rect.min.y));
  ImGui::SetNextWindowSize(ImVec2(rect.max.x - rect.min.x, rect.max.y - rect.min.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 14.0f * scale);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * scale);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleColor(ImGuiCol_Border, kInk);
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | extra);
}

void EndCard() {
  ImGui::End();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(4);
}

}  // namespace pps
