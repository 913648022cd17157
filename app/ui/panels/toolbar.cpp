// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/toolbar.h"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// A button whose text may be too wide for it on one line (a half row of the narrow toolbar):
// then the text breaks at the space nearest its middle and is drawn on two lines, whole.
bool FittedButton(const Ui& ui, const char* text, ImVec2 size) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const std::string_view all(text);
  const std::size_t space = all.find(' ');
  if (space == std::string_view::npos || ImGui::CalcTextSize(text).x <= size.x - 2 * style.FramePadding.x)
    return TouchButton(ui, text, size);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  const bool pressed = TouchButton(ui, text, size);
  ImGui::PopStyleColor();
  std::size_t cut = space;  // the space nearest the middle
  for (std::size_t at = space; at != std::string_view::npos; at = all.find(' ', at + 1))
    if (std::abs(static_cast<long>(at) - static_cast<long>(all.size() / 2)) <
        std::abs(static_cast<long>(cut) - static_cast<long>(all.size() / 2)))
      cut = at;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float line = ImGui::GetFontSize();
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);  // faded when disabled
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4 clip(a.x, a.y, b.x, b.y);
  float y = (a.y + b.y) * 0.5f - line;
  for (const std::string_view part : {all.substr(0, cut), all.substr(cut + 1)}) {
    const float w = ImGui::CalcTextSize(part.data(), part.data() + part.size()).x;
    const float x = a.x + style.FramePadding.x +
                    std::max(0.0f, (b.x - a.x - 2 * style.FramePadding.x - w)) * style.ButtonTextAlign.x;
    draw->AddText(ImGui::GetFont(), line, ImVec2(x, y), colour, part.data(),
                  part.data() + part.size(), 0.0f, &clip);
    y += line;
  }
  return pressed;
}

// Two buttons sharing a row; each asks for its command when pressed. `font` may be null.
void ButtonPair(const Ui& ui, Str left, bool left_on, CommandKind left_kind, Str right,
                bool right_on, CommandKind right_kind, float height, ImFont* font = nullptr) {
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::PushFont(font ? font : ImGui::GetFont());
  ImGui::BeginDisabled(!left_on);
  if (FittedButton(ui, S(ui, left), ImVec2(half, height))) ui.Ask(left_kind);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!right_on);
  if (FittedButton(ui, S(ui, right), ImVec2(half, height))) ui.Ask(right_kind);
  ImGui::EndDisabled();
  ImGui::PopFont();
}

// How long a button that changes everything waits for its second tap, in hundredths of a second.
constexpr std::uint32_t kConfirmTicks = 300;
// The confirm state's colour: a warm orange that no case, type or toggle uses.
constexpr std::uint32_t kConfirmAccent = 0xD9622B;

// ImGui's clock in hundredths of a second, wrapping: a difference of two is right across a wrap.
std::uint32_t Ticks() {
  return static_cast<std::uint32_t>(static_cast<std::uint64_t>(ImGui::GetTime() * 100.0));
}

// A button that changes the board or the view for everyone at the table (a new sketch, the
// language, the turn), asked for by a deliberate gesture: a table's edge is where people lean,
// and one stray touch must not turn the view round for all. The first tap turns it, in place and
// at the same size (no other button moves), into its confirm state: orange with a "?", and
// beside the toolbar "Zeker? Tik nog eens" over a bar that runs out in 3 s. A second tap on it
// within that time acts (returns true); otherwise it falls back. The mouse gets the same (no key
// of shortcuts.cpp does any of these). Which button is armed, and since when, is view state,
// kept by ImGui in the toolbar window's storage: one armed at a time.
bool ConfirmButton(const Ui& ui, const char* what, const char* label, ImVec2 size,
                   bool selected = false) {
  ImGuiStorage& storage = *ImGui::GetStateStorage();
  const ImGuiID armed_key = ImGui::GetID("##confirm-armed");
  const ImGuiID since_key = ImGui::GetID("##confirm-since");
  const int me = static_cast<int>(ImGui::GetID(what));
  const std::uint32_t now = Ticks();
  const std::uint32_t since = static_cast<std::uint32_t>(storage.GetInt(since_key, 0));
  const bool armed = storage.GetInt(armed_key, 0) == me && now - since < kConfirmTicks;
  if (!armed) {
    if (TouchButton(ui, label, size, 0, selected)) {
      storage.SetInt(armed_key, me);
      storage.SetInt(since_key, static_cast<int>(now));
    }
    return false;
  }
  // Armed: the same rect, its label the question (for tests and the layout dump), drawn beside
  // the toolbar where it has room; the button itself shows a "?".
  char confirm[128];
  std::snprintf(confirm, sizeof confirm, "%s##confirm-%s", S(ui, Str::ConfirmTap), what);
  ImGui::PushStyleColor(ImGuiCol_Button, Rgb(kConfirmAccent));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Rgb(kConfirmAccent));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, Rgb(kConfirmAccent));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));  // the text goes on the plate
  const bool pressed = TouchButton(ui, confirm, size);
  ImGui::PopStyleColor(4);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  // Over everything; in a panel turned toward a side of the table, with the panel, so that it
  // turns with it.
  ImDrawList* draw = ui.turn ? ImGui::GetWindowDrawList() : ImGui::GetForegroundDrawList();
  if (ui.turn) draw->PushClipRectFullScreen();
  const ImVec2 mark = ImGui::CalcTextSize("?");
  draw->AddText(ImVec2((a.x + b.x - mark.x) * 0.5f, (a.y + b.y - mark.y) * 0.5f), white, "?");
  // The plate: beside the toolbar's window, level with the button, over the board's edge
  // (drawn only: a touch there goes to the board as ever).
  const float s = ui.scale;
  ImFont* font = ui.fonts.body ? ui.fonts.body : ImGui::GetFont();
  const float font_size = font->FontSize;
  const char* text = S(ui, Str::ConfirmTap);
  const ImVec2 text_size = font->CalcTextSizeA(font_size, 1e9f, 0.0f, text);
  const ImVec2 pad(12.0f * s, 8.0f * s);
  const float bar = 4.0f * s;
  // A side's card of actions lies at the right end of its strip: there the plate goes left of it.
  const float width = text_size.x + 2.0f * pad.x;
  const float left = ui.turn ? ImGui::GetWindowPos().x - 6.0f * s - width
                             : ImGui::GetWindowPos().x + ImGui::GetWindowSize().x + 6.0f * s;
  const float height = text_size.y + 2.0f * pad.y + bar;
  const ImVec2 p0(left, (a.y + b.y - height) * 0.5f);
  const ImVec2 p1(left + width, p0.y + height);
  draw->AddRectFilled(p0, p1, Rgb(kConfirmAccent), 8.0f * s);
  draw->AddText(font, font_size, ImVec2(p0.x + pad.x, p0.y + pad.y), white, text);
  // What is left of the time, as a bar that shrinks: it also keeps frames coming (the screen is
  // not still), so the fall back is drawn when the time is up.
  const float left_share = 1.0f - static_cast<float>(now - since) / kConfirmTicks;
  const float bar_y = p1.y - bar - 3.0f * s;
  draw->AddRectFilled(ImVec2(p0.x + pad.x, bar_y),
                      ImVec2(p0.x + pad.x + (p1.x - p0.x - 2.0f * pad.x) * left_share, bar_y + bar),
                      white);
  if (ui.turn) draw->PopClipRect();
  if (pressed) storage.SetInt(armed_key, 0);
  return pressed;
}

// The button of case `i`: its name; the key that opens it (1-9) as a grey key cap at the left,
// unlike a quadrant's number, which is coloured; and its published type as a dot of the type's
// colour at the right. Open, the button is filled.
bool CaseButton(const Ui& ui, int i, const Sketch& c, bool open, ImVec2 size) {
  const float s = ui.scale;
  char key[4], label[96];
  std::snprintf(key, sizeof key, "%d", i + 1);
  const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
  std::snprintf(label, sizeof label, "%s##case%d", name.In(ui.language).c_str(), i);
  // The label is drawn here, between the key cap and the dot; the button's own is transparent.
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  if (open)
    for (const ImGuiCol part : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive})
      ImGui::PushStyleColor(part, Rgb(0x3A4A5C));
  const bool pressed = TouchButton(ui, label, size);
  ImGui::PopStyleColor(open ? 4 : 1);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImVec2 key_size = ImGui::CalcTextSize(key);
  const float mid = (a.y + b.y) * 0.5f, left = a.x + 8.0f * s;
  const float cap = key_size.x + 12.0f * s, dot = 5.0f * s;
  const float dot_x = b.x - 8.0f * s - dot;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 grey = open ? IM_COL32(255, 255, 255, 200) : IM_COL32(110, 116, 124, 255);
  draw->AddRect(ImVec2(left, mid - key_size.y * 0.5f - 3.0f * s),
                ImVec2(left + cap, mid + key_size.y * 0.5f + 3.0f * s), grey, 4.0f * s, 0, 1.5f * s);
  draw->AddText(ImVec2(left + 6.0f * s, mid - key_size.y * 0.5f), grey, key);
  const ImVec4 clip(left + cap, a.y, dot_x - dot - 3.0f * s, b.y);
  const std::string& text = name.In(ui.language);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(left + cap + 7.0f * s, mid - key_size.y * 0.5f),
                open ? IM_COL32(255, 255, 255, 255) : kInk, text.c_str(), text.c_str() + text.size(),
                0.0f, &clip);
  if (c.published_type) {
    const std::uint32_t accent = ui.content.model.Of(*c.published_type).accent;
    draw->AddCircleFilled(ImVec2(dot_x, mid), dot, Rgb(accent));
    if (open) draw->AddCircle(ImVec2(dot_x, mid), dot + 1.0f * s, IM_COL32(255, 255, 255, 255), 0,
                              1.5f * s);
  }
  return pressed;
}

}  // namespace

void DrawToolbar(const Ui& ui, const Board& board, const ToolbarShows& shows) {
  // Fifteen rows of finger-sized buttons fit an 800 px tall window without scrolling.
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
    if (ConfirmButton(ui, "new", S(ui, Str::New), ImVec2(left, height)))
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
  if (TouchButton(ui, S(ui, Str::AddActivity), full, shows.library ? 0x3A4A5C : 0, shows.library))
    ui.Ask(CommandKind::ToggleLibrary);

  for (int i = 0; i < static_cast<int>(ui.content.cases.size()) && i < 9; ++i) {
    const Sketch& c = ui.content.cases[static_cast<std::size_t>(i)];
    if (CaseButton(ui, i, c, board.Origin() && board.Origin()->id == c.id, full))
      ui.Ask({CommandKind::OpenCase, i});
  }
  // The language, and turning the whole view round for the people across the table.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float row = ImGui::GetContentRegionAvail().x - gap;
  const float turn_w = row / 3.0f;
  if (ConfirmButton(ui, "other_language", S(ui, Str::OtherLanguage), ImVec2(row - turn_w, height)))
    ui.Ask(CommandKind::ToggleLanguage);
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ImGui::PushFont(ui.fonts.heading ? ui.fonts.heading : ImGui::GetFont());
  if (ConfirmButton(ui, "turn", S(ui, Str::Turn), ImVec2(turn_w, height), shows.turned))
    ui.Ask(CommandKind::ToggleTurn);
  ImGui::PopFont();
  // The sides of the table people sit at, 1, 2 or 4: set once where the table stands, and kept.
  const float word = ImGui::CalcTextSize(S(ui, Str::TableSides)).x;
  const float side_w = (row - word - 2.0f * gap) / 3.0f;
  const float y = ImGui::GetCursorPosY();
  ImGui::SetCursorPosY(y + (height - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::TextUnformatted(S(ui, Str::TableSides));
  for (const int sides : {1, 2, 4}) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(y);
    char id[32], text[48];
    std::snprintf(id, sizeof id, "table_sides%d", sides);
    std::snprintf(text, sizeof text, "%d##%s", sides, id);
    const bool now = shows.table_sides == sides;
    if (now) TouchButton(ui, text, ImVec2(side_w, height), 0x3A4A5C, true);
    else if (ConfirmButton(ui, id, text, ImVec2(side_w, height)))
      ui.Ask({CommandKind::SetTableSides, sides});
  }
  ImGui::PopStyleVar();
  ImGui::PopStyleVar(2);
}

}  // namespace pps
