// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/turned_panels.h"

#include <imgui_internal.h>

#include <cstring>

namespace pps {

void TurnedPanels::BeginFrame() {
  count_ = 0;
}

ImVec2 TurnedPanels::MouseForImGui(ImVec2 p) {
  mouse_in_ = nullptr;
  // The last one drawn lies on top.
  for (int i = count_ - 1; i >= 0; --i) {
    const Panel& panel = panels_[static_cast<std::size_t>(i)];
    if (!Contains(panel.screen, {p.x, p.y})) continue;
    mouse_in_ = panel.id;
    const ScreenPoint upright = panel.turn.ToUpright({p.x, p.y});
    return ImVec2(upright.x, upright.y);
  }
  return p;
}

void TurnedPanels::LetMouseIn() const {
  for (int i = 0; i < count_; ++i) {
    const char* id = panels_[static_cast<std::size_t>(i)].id;
    ImGuiWindow* window = ImGui::FindWindowByName(id);
    if (!window) continue;
    window->Flags = (window->Flags & ~ImGuiWindowFlags_NoInputs) | InputFlags(id);
  }
}

ImGuiWindowFlags TurnedPanels::InputFlags(const char* id) const {
  return mouse_in_ && std::strcmp(mouse_in_, id) == 0 ? 0 : ImGuiWindowFlags_NoInputs;
}

void TurnedPanels::Add(const char* id, const Turn& turn, const ChipRect& screen) {
  // Panels past kMax are drawn upright where ImGui laid them out; there are at most a card, a
  // keyboard and four strips.
  if (count_ >= kMax) return;
  panels_[static_cast<std::size_t>(count_++)] = {id, turn, screen, ImGui::GetWindowDrawList()};
}

void TurnedPanels::TurnDrawing() const {
  for (int i = 0; i < count_; ++i) {
    const Panel& panel = panels_[static_cast<std::size_t>(i)];
    if (!panel.draw_list || panel.turn.quarters % 4 == 0) continue;
    for (ImDrawVert& v : panel.draw_list->VtxBuffer) {
      const ScreenPoint p = panel.turn.ToScreen({v.pos.x, v.pos.y});
      v.pos = ImVec2(p.x, p.y);
    }
    for (ImDrawCmd& cmd : panel.draw_list->CmdBuffer) {
      const ChipRect clip = panel.turn.RectToScreen(
          {{cmd.ClipRect.x, cmd.ClipRect.y}, {cmd.ClipRect.z, cmd.ClipRect.w}});
      cmd.ClipRect = ImVec4(clip.min.x, clip.min.y, clip.max.x, clip.max.y);
    }
  }
}

}  // namespace pps
