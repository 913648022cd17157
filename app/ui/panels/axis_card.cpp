// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/axis_card.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/input/pointer_router.h"
#include "ui/board/board_view.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// The axis label under `p` that a press there would take: not under a chip or a card; or -1.
int PressedPill(const AxisPills& pills, const TokenMenus& menus, const ChipLayout& chips,
                ScreenPoint p) {
  for (const TokenMenu& menu : menus)
    if (menu.Open() && Contains(menu.rect, p)) return -1;
  if (TopmostAt(chips.rects, p) >= 0) return -1;
  for (int end = 0; end < static_cast<int>(pills.size()); ++end)
    if (Contains(pills[static_cast<std::size_t>(end)], p)) return end;
  return -1;
}

}  // namespace

void FollowAxisCard(AxisCard& card, TokenMenus& menus, const AxisPills& pills,
                    const ChipLayout& chips, const std::vector<InputEvent>& input,
                    const Table& table) {
  for (const InputEvent& e : input) {
    if (e.kind != InputKind::Pointer) continue;
    if (e.phase == PointerPhase::Down) {
      if (card.Open() && !Contains(card.rect, e.at)) card.end = -1, card.rect = {};
      if (card.pressed < 0 && (card.pressed = PressedPill(pills, menus, chips, e.at)) >= 0)
        card.pointer = e.pointer;
    } else if (card.pressed >= 0 && e.pointer == card.pointer &&
               (e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel)) {
      // A tap: let go on the label it pressed. One card at a time for each person.
      const ChipRect& pill = pills[static_cast<std::size_t>(card.pressed)];
      if (e.phase == PointerPhase::Up && Contains(pill, e.at)) {
        card.end = card.pressed;
        card.rect = {};
        menus[static_cast<std::size_t>(table.Nearest(e.at))].token.clear();
      }
      card.pressed = -1;
    }
  }
}

void DrawAxisCard(const Ui& ui, AxisCard& card, const AxisPills& pills, const ChipRect& area) {
  if (!card.Open()) return;
  const AxisInfo& axis = ui.content.model.AxisOf(card.end < kOutsideNegative ? Axis::Formal
                                                                                 : Axis::Outside);
  const bool positive = card.end == kFormalPositive || card.end == kOutsidePositive;
  const Language lang = ui.language;
  const std::string title =
      axis.name.In(lang) + ": " + (positive ? axis.positive_end : axis.negative_end).In(lang);
  const std::string& text = (positive ? axis.positive_explain : axis.negative_explain).In(lang);

  const float s = ui.scale, pad = 16.0f * s, gap = 10.0f * s, w = 340.0f * s;
  ImFont* bold = ui.fonts.bold ? ui.fonts.bold : ImGui::GetFont();
  ImFont* body = ui.fonts.body ? ui.fonts.body : ImGui::GetFont();
  const float inner = w - 2 * pad;
  const float h = 2 * pad + gap +
                  bold->CalcTextSizeA(bold->FontSize, 1e9f, inner, title.c_str()).y +
                  body->CalcTextSizeA(body->FontSize, 1e9f, inner, text.c_str()).y;
  // Towards the middle of the board from its label, so that the label stays in sight.
  const ChipRect& pill = pills[static_cast<std::size_t>(card.end)];
  const float cx = (pill.min.x + pill.max.x) * 0.5f, cy = (pill.min.y + pill.max.y) * 0.5f;
  const float mid_x = (area.min.x + area.max.x) * 0.5f, mid_y = (area.min.y + area.max.y) * 0.5f;
  const float away = 12.0f * s;
  float x = cx - w * 0.5f, y = cy < mid_y ? pill.max.y + away : pill.min.y - away - h;
  if (std::abs(cy - mid_y) < std::abs(cx - mid_x)) {  // a label on the left or right end
    x = cx < mid_x ? pill.min.x : pill.max.x - w;
    y = pill.max.y + away;
    if (y + h > area.max.y) y = pill.min.y - away - h;
  }
  x = std::clamp(x, area.min.x, std::max(area.min.x, area.max.x - w));
  y = std::clamp(y, area.min.y, std::max(area.min.y, area.max.y - h));
  card.rect = {{x, y}, {x + w, y + h}};

  BeginCard("##axis_card", card.rect, pad, gap, s, ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::PushFont(bold);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  ImGui::PushFont(body);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  EndCard();
}

}  // namespace pps
