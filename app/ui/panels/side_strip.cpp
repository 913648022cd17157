// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/side_strip.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

constexpr double kBannerSeconds = 2.5;  // as long as the board's own banner shows
constexpr const char* kStripIds[kSideCount] = {"##strip0", "##strip1", "##strip2", "##strip3"};
constexpr const char* kActionsId = "##side_actions";

constexpr ImGuiWindowFlags kFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse;

ImFont* Or(ImFont* font) {
  return font ? font : ImGui::GetFont();
}

// The type (or the shift just made) and its stability, from the strip's left end; ends before
// `right` (px, upright).
void DrawTypeText(ImDrawList* draw, const StripScene& scene, ImVec2 a, ImVec2 b, float right) {
  const Ui& ui = scene.ui;
  const Model& m = ui.content.model;
  const float s = ui.scale, pad = 14.0f * s;
  const Classification& c = scene.classification;
  const TypeShift* shift = scene.timeline.Latest();
  const bool banner = shift && scene.now - shift->time <= kBannerSeconds;
  const std::optional<PpsType> type = banner ? shift->to : c.type;
  const std::uint32_t accent = type ? m.Of(*type).accent : 0x666666;
  draw->AddRectFilled(a, b, banner ? Rgb(accent, 235) : IM_COL32(255, 255, 255, 255), 12.0f * s);
  draw->AddRect(a, b, Rgb(accent), 12.0f * s, 0, 2.0f * s);
  ImFont* title = Or(ui.fonts.heading);
  ImFont* body = Or(ui.fonts.body);
  char text[160];
  if (banner) {
    const auto name = [&](std::optional<PpsType> t) {
      return t ? m.Of(*t).name.In(ui.language).c_str() : "\xE2\x80\x94";
    };
    std::snprintf(text, sizeof text, "%s  \xE2\x86\x92  %s", name(shift->from), name(shift->to));
  } else {
    std::snprintf(text, sizeof text, "%s",
                  c.type ? m.Of(*c.type).name.In(ui.language).c_str() : "\xE2\x80\x94");
  }
  const ImVec4 clip(a.x, a.y, right, b.y);
  const float y = (a.y + b.y - title->FontSize) * 0.5f;
  const ImU32 ink = banner ? IM_COL32(255, 255, 255, 255) : Rgb(accent);
  draw->AddText(title, title->FontSize, ImVec2(a.x + pad, y), ink, text, nullptr, 0.0f, &clip);
  if (banner || !c.type) return;
  const float x = a.x + pad + title->CalcTextSizeA(title->FontSize, 1e9f, 0.0f, text).x + pad;
  draw->AddText(body, body->FontSize, ImVec2(x, (a.y + b.y - body->FontSize) * 0.5f), kMutedInk,
                StabilityText(ui, c), nullptr, 0.0f, &clip);
}

// One strip, laid out upright at `laid`; its buttons from the right: ☰, redo, undo.
void DrawStrip(const StripScene& scene, const Ui& ui, int side, const ChipRect& laid,
               SideActions& actions) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float s = ui.scale, gap = 8.0f * s;
  const ImVec2 a(laid.min.x, laid.min.y), b(laid.max.x, laid.max.y);
  const float button = b.y - a.y - 2 * gap;
  const float buttons_x = b.x - gap - 3 * button - 2 * gap;
  DrawTypeText(draw, scene, a, b, buttons_x - gap);
  char label[48];
  ImGui::SetCursorScreenPos(ImVec2(buttons_x, a.y + gap));
  ImGui::PushFont(Or(ui.fonts.heading));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  ImGui::BeginDisabled(!scene.board.CanUndo());
  std::snprintf(label, sizeof label, "%s##strip%d_undo", S(ui, Str::Undo), side);
  if (TouchButton(ui, label, ImVec2(button, button))) ui.Ask(CommandKind::Undo);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!scene.board.CanRedo());
  std::snprintf(label, sizeof label, "%s##strip%d_redo", S(ui, Str::Redo), side);
  if (TouchButton(ui, label, ImVec2(button, button))) ui.Ask(CommandKind::Redo);
  ImGui::EndDisabled();
  ImGui::SameLine();
  const bool open = actions.side == side;
  std::snprintf(label, sizeof label, "\xE2\x98\xB0##strip%d_actions", side);
  if (TouchButton(ui, label, ImVec2(button, button), 0x3A4A5C, open))
    actions.side = open ? -1 : side;
  ImGui::PopStyleVar();
  ImGui::PopFont();
}

// The toolbar's actions in a card above the strip's right end, facing its side. Closes once one
// of them was asked for.
void DrawActions(const StripScene& scene, SideActions& actions, TurnedPanels& panels) {
  const Ui& upright_ui = scene.ui;
  const float s = upright_ui.scale, gap = 10.0f * s, w = 260.0f * s;
  const SideView view = scene.table.View(static_cast<Side>(actions.side));
  const ChipRect strip = view.RectFromScreen(scene.strips[static_cast<std::size_t>(actions.side)]);
  const ChipRect area = view.RectFromScreen(scene.area);
  const float top = std::max(area.min.y + gap, strip.min.y - gap - 780.0f * s);
  const ChipRect seen{{strip.max.x - w, top}, {strip.max.x, strip.min.y - gap}};
  actions.rect = view.RectToScreen(seen);
  const Turn turn = view.TurnFor(seen);
  Ui ui = upright_ui;
  ui.turn = &turn;
  const std::size_t asked = ui.commands.size();
  BeginCard(kActionsId, view.UprightRect(seen), 12.0f * s, 8.0f * s, s,
            panels.InputFlags(kActionsId));
  panels.Add(kActionsId, turn, actions.rect);
  DrawToolbar(ui, scene.board, scene.shows);
  EndCard();
  if (ui.commands.size() > asked) actions = {};
}

}  // namespace

bool DrawSideStrips(const StripScene& scene, SideActions& actions, TurnedPanels& panels) {
  if (scene.table.sides <= 1) return false;
  bool any = false;  // a strip was drawn
  for (int side = 0; side < kSideCount; ++side) {
    const ChipRect& screen = scene.strips[static_cast<std::size_t>(side)];
    if (screen.max.x <= screen.min.x) continue;
    any = true;
    const SideView view = scene.table.View(static_cast<Side>(side));
    const ChipRect seen = view.RectFromScreen(screen);
    const ChipRect laid = view.UprightRect(seen);
    const Turn turn = view.TurnFor(seen);
    Ui ui = scene.ui;
    ui.turn = &turn;
    const char* id = kStripIds[side];
    ImGui::SetNextWindowPos(ImVec2(laid.min.x, laid.min.y));
    ImGui::SetNextWindowSize(ImVec2(laid.max.x - laid.min.x, laid.max.y - laid.min.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin(id, nullptr, kFlags | panels.InputFlags(id));
    panels.Add(id, turn, screen);
    DrawStrip(scene, ui, side, laid, actions);
    ImGui::End();
    ImGui::PopStyleVar();
  }
  const bool has_strip =
      actions.Open() && scene.strips[static_cast<std::size_t>(actions.side)].max.x >
                            scene.strips[static_cast<std::size_t>(actions.side)].min.x;
  if (!has_strip) actions = {};
  if (actions.Open()) DrawActions(scene, actions, panels);
  const TypeShift* shift = scene.timeline.Latest();
  return any && shift && scene.now - shift->time <= kBannerSeconds;
}

}  // namespace pps
