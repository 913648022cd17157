// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/aim_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/board/aim_view.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// The four types as their quadrants lie on the board, row by row: the button under a finger
// points the same way as the quadrant it aims for.
std::array<PpsType, kTypeCount> InBoardOrder(const Model& m) {
  const BoardRect unit{{0.0f, 0.0f}, {2.0f, 2.0f}};
  std::array<PpsType, kTypeCount> order{};
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    const ScreenPoint p = BoardToScreen(m.layout, unit,
                                        {static_cast<double>(info.formal_sign) * 0.5,
                                         static_cast<double>(info.outside_sign) * 0.5});
    order[static_cast<std::size_t>((p.y > 1.0f ? 2 : 0) + (p.x > 1.0f ? 1 : 0))] = type;
  }
  return order;
}

// The line of one change: "Verplaats “label” → Opleider"; for a token already in the target's
// quadrant, "Verplaats “label” verder de Opleider in".
void ChangeLine(const Ui& ui, const Board& board, const AimChange& change) {
  const Model& m = ui.content.model;
  const Token* token = nullptr;
  if (change.kind == AimChangeKind::Move) {
    token = FindToken(board.Current(), change.token_id);
  } else if (change.activity >= 0 &&
             static_cast<std::size_t>(change.activity) < ui.content.library.size()) {
    token = &ui.content.library[static_cast<std::size_t>(change.activity)].token;
  }
  if (!token) return;
  const PpsType to_type = TypeAt(m, SideOf(change.to.formal), SideOf(change.to.outside));
  const std::string& to = m.Of(to_type).name.In(ui.language);
  const bool already =
      change.kind == AimChangeKind::Move &&
      TypeAt(m, SideOf(token->position.formal), SideOf(token->position.outside)) == to_type;
  const std::string where =
      already ? Fill(S(ui, Str::AimFurther), {{"type", to}}) : std::string("\xE2\x86\x92 ") + to;
  ImGui::Bullet();
  ImGui::Text("%s \xE2\x80\x9C%s\xE2\x80\x9D %s",
              S(ui, change.kind == AimChangeKind::Move ? Str::AimMove : Str::AimAdd),
              token->label.In(ui.language).c_str(), where.c_str());
}

}  // namespace

void DrawAimPanel(const Ui& ui, const Board& board, AimView& aim) {
  const Model& m = ui.content.model;
  const float s = ui.scale;
  ImGui::TextDisabled("%s", S(ui, Str::Aim));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
  const std::array<PpsType, kTypeCount> order = InBoardOrder(m);
  for (std::size_t i = 0; i < order.size(); ++i) {
    const PpsType type = order[i];
    const TypeInfo& info = m.Of(type);
    char label[96];
    std::snprintf(label, sizeof label, "%s##aim%d", info.name.In(ui.language).c_str(),
                  info.number);
    if (i % 2 == 1) ImGui::SameLine();
    const bool chosen = aim.target == type;
    if (TouchButton(ui, label, ImVec2(width, 44.0f * s), info.accent, chosen))
      ui.Ask({CommandKind::SetAim, chosen ? -1 : Index(type)});
  }
  if (!aim.target) return;
  FollowAim(aim, ui.content, board);
  if (aim.held_for != aim.target) aim.held = 0.0f, aim.held_for = aim.target;
  const float top = ImGui::GetCursorPosY();
  const AimPlan& plan = aim.plan;
  const Str status = plan.status == AimStatus::Reached       ? Str::AimReached
                     : plan.status == AimStatus::OneChange   ? Str::AimOneChange
                     : plan.status == AimStatus::TwoChanges  ? Str::AimTwoChanges
                     : plan.status == AimStatus::MoreChanges ? Str::AimMoreChanges
                                                             : Str::AimOutOfReach;
  ImGui::PushTextWrapPos(0.0f);
  if (plan.status == AimStatus::Reached)  // in the stability line's words, below it
    ImGui::TextUnformatted(
        Fill(S(ui, status), {{"stability", StabilityText(ui, Classify(m, board.Current().tokens))}})
            .c_str());
  else ImGui::TextUnformatted(S(ui, status));
  for (const AimChange& change : plan.changes) ChangeLine(ui, board, change);
  ImGui::PopTextWrapPos();
  if (!plan.changes.empty()) {
    char apply[96];
    std::snprintf(apply, sizeof apply, "%s##aim-apply", S(ui, Str::AimApply));
    if (TouchButton(ui, apply, ImVec2(-1.0f, 44.0f * s), m.Of(plan.target).accent, true))
      ui.Ask({CommandKind::ApplyAim});
  }
  const float used = ImGui::GetCursorPosY() - top;
  const float spacing_y = ImGui::GetStyle().ItemSpacing.y;
  if (aim.held - used > spacing_y) ImGui::Dummy(ImVec2(1.0f, aim.held - used - spacing_y));
  aim.held = std::max(aim.held, used);
}

}  // namespace pps
