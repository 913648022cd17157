#include "ui/toolbar.h"

#include <imgui.h>

#include <cstdio>

#include "ui/theme.h"

namespace pps {

namespace {

const char* S(const AppState& state, Str s) {
  return state.content.strings.Get(s, state.language);
}

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

// While a token is held, the whole column becomes the place to drop it to take it off the
// board: a target no finger can miss.
void DrawDropZone(AppState& state) {
  state.trash = {};
  if (!state.drags.Any()) return;
  const ImVec2 a = ImGui::GetWindowPos();
  const ImVec2 b(a.x + ImGui::GetWindowWidth(), a.y + ImGui::GetWindowHeight());
  state.trash = {{a.x, a.y}, {b.x, b.y}};
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool over = Contains(state.trash, {mouse.x, mouse.y});
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

}  // namespace

void DrawToolbar(AppState& state) {
  // Thirteen rows of finger-sized buttons fit an 800 px tall window without scrolling.
  const float height = 44.0f * state.scale;
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * state.scale, 8.0f * state.scale));
  if (Button(S(state, Str::NewSketch), height, 0, false))
    OpenSketch(state, NewSketch(state), nullptr);
  // Reset and Back share a row: each undoes an opening of a board, the other way round.
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginDisabled(!state.origin);
  if (ImGui::Button(S(state, Str::Reset), ImVec2(half, height))) ResetToOrigin(state);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!state.previous);
  if (ImGui::Button(S(state, Str::Back), ImVec2(half, height))) BackToPrevious(state);
  ImGui::EndDisabled();
  if (Button(S(state, Str::AddActivity), height, state.library_open ? 0x3A4A5C : 0,
             state.library_open))
    state.library_open = !state.library_open;
  ImGui::Spacing();

  const Model& m = state.content.model;
  char label[96];
  for (int i = 0; i < static_cast<int>(state.content.cases.size()) && i < 9; ++i) {
    const Sketch& c = state.content.cases[i];
    const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
    std::snprintf(label, sizeof label, "%d   %s##case%d", i + 1, name.In(state.language).c_str(),
                  i);
    const std::uint32_t accent = c.published_type ? m.Of(*c.published_type).accent : 0x666666;
    const bool open = state.origin && state.origin->id == c.id;
    if (Button(label, height, accent, open)) state.case_to_open = i;
  }
  ImGui::Spacing();
  if (Button(S(state, Str::OtherLanguage), height, 0, false))
    state.language = state.language == Language::Dutch ? Language::English : Language::Dutch;
  ImGui::PopStyleVar(2);
  DrawDropZone(state);
}

}  // namespace pps
