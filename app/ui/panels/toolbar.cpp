// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/toolbar.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// Two buttons sharing a row; each asks for its command when pressed. `font` may be null.
void ButtonPair(const Ui& ui, Str left, bool left_on, CommandKind left_kind, Str right,
                bool right_on, CommandKind right_kind, float height, ImFont* font = nullptr) {
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::PushFont(font ? font : ImGui::GetFont());
  ImGui::BeginDisabled(!left_on);
  if (TouchButton(ui, S(ui, left), ImVec2(half, height))) ui.Ask(left_kind);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!right_on);
  if (TouchButton(ui, S(ui, right), ImVec2(half, height))) ui.Ask(right_kind);
  ImGui::EndDisabled();
  ImGui::PopFont();
}

}  // namespace

void DrawToolbar(const Ui& ui, const Board& board, const ToolbarShows& shows) {
  // Fourteen rows of finger-sized buttons fit an 800 px tall window without scrolling.
  const float height = 44.0f * ui.scale;
  const ImVec2 full(-1.0f, height);
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * ui.scale, 8.0f * ui.scale));
  // A new sketch, and one's own sketches kept by name (the gallery, in the sidebar).
  // The shorter word takes only the room it needs, so that "Schetsen" is never cut.
  {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = ImGui::GetContentRegionAvail().x - style.ItemSpacing.x;
    const float fit = ImGui::CalcTextSize(S(ui, Str::New)).x + 2.0f * style.FramePadding.x;
    const float left = std::min(row * 0.5f, std::max(fit, row * 0.35f));
    if (TouchButton(ui, S(ui, Str::New), ImVec2(left, height)))
      ui.Ask(CommandKind::NewSketch);
    ImGui::SameLine();
    if (TouchButton(ui, S(ui, Str::Sketches), ImVec2(row - left, height),
                    shows.gallery ? 0x3A4A5C : 0, shows.gallery))
      ui.Ask(CommandKind::ToggleGallery);
  }
  // Undo and redo as the arrows every editor uses, large and centred.
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ButtonPair(ui, Str::Undo, board.CanUndo(), CommandKind::Undo, Str::Redo, board.CanRedo(),
             CommandKind::Redo, height, ui.fonts.heading);
  ImGui::PopStyleVar();
  // Reset and Back share a row: each undoes an opening of a board, the other way round.
  ButtonPair(ui, Str::Reset, board.Origin() != nullptr, CommandKind::Reset, Str::Back,
             board.Previous() != nullptr, CommandKind::Back, height);
  if (TouchButton(ui, S(ui, Str::AddActivity), full, shows.library ? 0x3A4A5C : 0,
                  shows.library))
    ui.Ask(CommandKind::ToggleLibrary);
  ImGui::Spacing();

  const Model& m = ui.content.model;
  char label[96];
  for (int i = 0; i < static_cast<int>(ui.content.cases.size()) && i < 9; ++i) {
    const Sketch& c = ui.content.cases[static_cast<std::size_t>(i)];
    const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
    std::snprintf(label, sizeof label, "%d   %s##case%d", i + 1, name.In(ui.language).c_str(),
                  i);
    const std::uint32_t accent = c.published_type ? m.Of(*c.published_type).accent : 0x666666;
    const bool open = board.Origin() && board.Origin()->id == c.id;
    if (TouchButton(ui, label, full, accent, open)) ui.Ask({CommandKind::OpenCase, i});
  }
  ImGui::Spacing();
  // The language, and turning the whole view round for the people across the table.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float row = ImGui::GetContentRegionAvail().x - gap;
  const float turn_w = row / 3.0f;
  if (TouchButton(ui, S(ui, Str::OtherLanguage), ImVec2(row - turn_w, height)))
    ui.Ask(CommandKind::ToggleLanguage);
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ImGui::PushFont(ui.fonts.heading ? ui.fonts.heading : ImGui::GetFont());
  if (TouchButton(ui, S(ui, Str::Turn), ImVec2(turn_w, height), 0, shows.turned))
    ui.Ask(CommandKind::ToggleTurn);
  ImGui::PopFont();
  ImGui::PopStyleVar();
  ImGui::PopStyleVar(2);
}

}  // namespace pps
