#include "ui/toolbar.h"

#include <imgui.h>

#include <cstdio>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace pps {

namespace {

const char* S(const AppState& state, Str s) {
  return state.content.strings.Get(s, state.language);
}

void Ask(AppState& state, CommandKind kind, int index = -1) {
  state.commands.push_back({kind, index});
}

// While a token is held, the whole column becomes the place to drop it to take it off the
// board: a target no finger can miss.
void DrawDropZone(AppState& state) {
  state.shown_board.drop_zone = state.shown_board.drop_zone_hot = false;
  if (!state.router.Any()) return;
  const ChipRect& zone = state.remove_zone;
  const ImVec2 a(zone.min.x, zone.min.y), b(zone.max.x, zone.max.y);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool over = Contains(zone, {mouse.x, mouse.y});
  state.shown_board.drop_zone = true;
  state.shown_board.drop_zone_hot = over;
  const float s = state.scale;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(a, b, over ? IM_COL32(176, 42, 42, 255) : IM_COL32(120, 40, 40, 255));
  draw->AddRect(ImVec2(a.x + 10 * s, a.y + 10 * s), ImVec2(b.x - 10 * s, b.y - 10 * s),
                IM_COL32(255, 255, 255, 200), 12 * s, 0, 3 * s);
  const char* text = S(state, Str::DropToRemove);
  const float wrap = b.x - a.x - 48 * s;
  ImFont* font = state.fonts.heading ? state.fonts.heading : ImGui::GetFont();
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, wrap, wrap, text);
  draw->AddText(font, font->FontSize, ImVec2(a.x + 24 * s, (a.y + b.y - size.y) * 0.5f),
                IM_COL32(255, 255, 255, 255), text, nullptr, wrap);
}

// Two buttons sharing a row; each asks for its command when pressed. `font` may be null.
void ButtonPair(AppState& state, Str left, bool left_on, CommandKind left_kind, Str right,
                bool right_on, CommandKind right_kind, float height, ImFont* font = nullptr) {
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::PushFont(font ? font : ImGui::GetFont());
  ImGui::BeginDisabled(!left_on);
  if (TouchButton(state, S(state, left), ImVec2(half, height))) Ask(state, left_kind);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!right_on);
  if (TouchButton(state, S(state, right), ImVec2(half, height))) Ask(state, right_kind);
  ImGui::EndDisabled();
  ImGui::PopFont();
}

}  // namespace

void DrawToolbar(AppState& state) {
  // Fourteen rows of finger-sized buttons fit an 800 px tall window without scrolling.
  const float height = 44.0f * state.scale;
  const ImVec2 full(-1.0f, height);
  const Board& board = state.board;
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * state.scale, 8.0f * state.scale));
  if (TouchButton(state, S(state, Str::NewSketch), full)) Ask(state, CommandKind::NewSketch);
  // Undo and redo as the arrows every editor uses, large and centred.
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ButtonPair(state, Str::Undo, board.CanUndo(), CommandKind::Undo, Str::Redo, board.CanRedo(),
             CommandKind::Redo, height, state.fonts.heading);
  ImGui::PopStyleVar();
  // Reset and Back share a row: each undoes an opening of a board, the other way round.
  ButtonPair(state, Str::Reset, board.Origin() != nullptr, CommandKind::Reset, Str::Back,
             board.Previous() != nullptr, CommandKind::Back, height);
  if (TouchButton(state, S(state, Str::AddActivity), full, state.library_open ? 0x3A4A5C : 0,
                  state.library_open))
    Ask(state, CommandKind::ToggleLibrary);
  ImGui::Spacing();

  const Model& m = state.content.model;
  char label[96];
  for (int i = 0; i < static_cast<int>(state.content.cases.size()) && i < 9; ++i) {
    const Sketch& c = state.content.cases[static_cast<std::size_t>(i)];
    const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
    std::snprintf(label, sizeof label, "%d   %s##case%d", i + 1, name.In(state.language).c_str(),
                  i);
    const std::uint32_t accent = c.published_type ? m.Of(*c.published_type).accent : 0x666666;
    const bool open = board.Origin() && board.Origin()->id == c.id;
    if (TouchButton(state, label, full, accent, open)) Ask(state, CommandKind::OpenCase, i);
  }
  ImGui::Spacing();
  if (TouchButton(state, S(state, Str::OtherLanguage), full))
    Ask(state, CommandKind::ToggleLanguage);
  ImGui::PopStyleVar(2);
  DrawDropZone(state);
}

}  // namespace pps
