// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/room_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

const char* StabilityText(const Ui& ui, const Classification& c) {
  const Stability stability = StabilityOf(ui.content.model, c);
  return S(ui, stability == Stability::Firm       ? Str::StabilityFirm
               : stability == Stability::Moderate ? Str::StabilityModerate
                                                  : Str::StabilityFragile);
}

// The type's name in ink beside a bar of its colour (never the colour alone: a room's projector
// washes colours out, and some in the room do not tell them apart), then its stability.
void TypeName(const Ui& ui, const Classification& c) {
  const float s = ui.scale;
  PushFont(ui.fonts.title);
  if (!c.type) {
    ImGui::TextUnformatted(S(ui, Str::EmptyBoardTitle));
    ImGui::PopFont();
    return;
  }
  const TypeInfo& info = ui.content.model.Of(*c.type);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float bar = 14.0f * s;
  ImGui::Indent(bar + 16.0f * s);
  ImGui::TextUnformatted(info.name.In(ui.language).c_str());
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(StabilityText(ui, c));
  ImGui::PopTextWrapPos();
  ImGui::Unindent(bar + 16.0f * s);
  ImGui::GetWindowDrawList()->AddRectFilled(
      p, ImVec2(p.x + bar, ImGui::GetCursorScreenPos().y - 4.0f * s), Rgb(info.accent), 4.0f * s);
}

}  // namespace

void DrawRoomPanel(const Ui& ui, const Classification& c, const ChipRect& rect, RoomTools tools) {
  const float s = ui.scale, pad = 20.0f * s;
  ImGui::SetNextWindowPos(ImVec2(rect.min.x, rect.min.y));
  ImGui::SetNextWindowSize(ImVec2(rect.max.x - rect.min.x, rect.max.y - rect.min.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12.0f * s, 12.0f * s));
  ImGui::PushStyleColor(ImGuiCol_Text, kInk);
  ImGui::Begin("##room", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  PushFont(ui.fonts.body);
  TypeName(ui, c);
  if (c.type) {
    const GuidanceText& text = ui.content.guidance.Of(*c.type).In(ui.language);
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.tagline.c_str());
    ImGui::Spacing();
    PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(S(ui, Str::TypeAsks));
    ImGui::PopFont();
    const int points = std::min(kRoomPoints, static_cast<int>(text.preconditions.size()));
    // ImGui::BulletText does not wrap: a bullet, and the point wrapped beside it.
    for (int i = 0; i < points; ++i) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::TextUnformatted(text.preconditions[static_cast<std::size_t>(i)].heading.c_str());
    }
    ImGui::PopTextWrapPos();
  }
  // The way out for a finger, at the bottom: a room does not need it, the trainer does.
  const float button_h = ImGui::GetFontSize() + 24.0f * s;
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  const float y = rect.max.y - rect.min.y - pad - 2 * button_h - gap;
  if (ImGui::GetCursorPosY() < y) ImGui::SetCursorPosY(y);
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  char label[96];
  std::snprintf(label, sizeof label, "%s##laser", S(ui, Str::Laser));
  if (TouchButton(ui, label, ImVec2(half, button_h), tools.laser ? 0xC8142A : 0, tools.laser))
    ui.Ask(CommandKind::ToggleLaser);
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##spotlight", S(ui, Str::Spotlight));
  if (TouchButton(ui, label, ImVec2(-1.0f, button_h), tools.spotlight ? 0x3A4A5C : 0,
                  tools.spotlight))
    ui.Ask(CommandKind::ToggleSpotlight);
  std::snprintf(label, sizeof label, "%s##stop_presenting", S(ui, Str::StopPresenting));
  if (TouchButton(ui, label, ImVec2(-1.0f, button_h))) ui.Ask(CommandKind::LeavePresenting);
  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace pps
