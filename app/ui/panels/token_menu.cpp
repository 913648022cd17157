// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/token_menu.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <string>

#include "core/input/text_edit.h"
#include "ui/panels/text_entry.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// The weights a token can have from the card: few, and far enough apart to matter.
struct WeightStep {
  double weight;
  int halves;  // the weight in halves, as the command carries it
  const char* text;
};
constexpr WeightStep kWeightSteps[] = {
    {0.5, 1, "\u00bd"}, {1.0, 2, "1"}, {1.5, 3, "1\u00bd"}, {2.0, 4, "2"}, {3.0, 6, "3"}};

ImFont* Or(ImFont* font) {
  return font ? font : ImGui::GetFont();
}

void Close(TokenMenu& menu) {
  menu.token.clear();
  menu.rect = {};
}

// Whether the open case has the token somewhere else than where it is now.
bool CanPutBack(const Board& board, const Token& token) {
  const Token* was = board.Origin() ? FindToken(*board.Origin(), token.id) : nullptr;
  return was && (was->position.formal != token.position.formal ||
                 was->position.outside != token.position.outside);
}

}  // namespace

void FollowTokenMenu(AppState& state, const std::vector<InputEvent>& input) {
  TokenMenu& menu = state.token_menu;
  if (!menu.Open()) return;
  if (menu.opened != state.board.Opened() || state.board.Find(menu.token) < 0) return Close(menu);
  for (const InputEvent& e : input)
    if (e.kind == InputKind::Pointer && e.phase == PointerPhase::Down && !Contains(menu.rect, e.at))
      return Close(menu);
}

bool OpenTokenMenu(AppState& state, double now) {
  std::array<LongPress, PointerRouter::kMaxPointers> fired;
  const int count = state.router.Tick(state.board, now, fired);
  // Of several at once, the last one's: one card at a time is clear on a shared table.
  std::string token = state.router.TakeTap();
  if (count > 0) token = fired[static_cast<std::size_t>(count - 1)].token;
  if (token.empty()) return false;
  TokenMenu& menu = state.token_menu;
  menu.token = std::move(token);
  menu.opened = state.board.Opened();
  menu.rect = {};
  return true;
}

void DrawTokenMenu(AppState& state, const ChipRect& area) {
  TokenMenu& menu = state.token_menu;
  if (!menu.Open()) return;
  const Board& board = state.board;
  const int z = board.Find(menu.token);
  if (menu.opened != board.Opened() || z < 0 || static_cast<std::size_t>(z) >= state.chips.size())
    return Close(menu);
  const Token& token = board.Current().tokens[static_cast<std::size_t>(z)];
  const ChipRect& chip = state.chips[static_cast<std::size_t>(z)];
  const Language lang = state.language;
  const auto S = [&](Str s) { return state.content.strings.Get(s, lang); };

  // What the card says, in the order it shows: the label, then what the data and the user know.
  const std::string& label = token.label.In(lang);
  const std::string why = token.why.In(lang).empty()
                              ? std::string()
                              : std::string(S(Str::WhyHere)) + ": " + token.why.In(lang);
  const std::string note =
      token.note.empty() ? std::string() : std::string(S(Str::Note)) + ": " + token.note;
  const std::string* texts[] = {&token.description.In(lang), &why, &note};

  // Sized beforehand, so that it can stand beside the chip and inside the board from its first
  // frame.
  const float s = state.scale, pad = 14.0f * s, gap = 10.0f * s, button_h = 52.0f * s;
  const float w = 320.0f * s, inner = w - 2 * pad;
  ImFont* title_font = Or(state.fonts.bold);
  ImFont* body_font = Or(state.fonts.body);
  const auto text_h = [&](ImFont* f, const std::string& t) {
    return f->CalcTextSizeA(f->FontSize, 1e9f, inner, t.c_str()).y;
  };
  float h = 2 * pad + text_h(title_font, label);
  for (const std::string* t : texts)
    if (!t->empty()) h += gap + text_h(body_font, *t);
  const bool put_back = CanPutBack(board, token);
  const int rows = 1 + 2 + (put_back ? 1 : 0);  // weights; rename and note; duplicate and remove
  h += gap + body_font->FontSize + static_cast<float>(rows) * (gap + button_h);
  // Beside the chip, right if there is room and left otherwise, never over its label; a card
  // taller than the board scrolls.
  const float away = 14.0f * s;
  float x = chip.max.x + away;
  if (x + w > area.max.x) x = chip.min.x - away - w;
  x = std::clamp(x, area.min.x, std::max(area.min.x, area.max.x - w));
  h = std::min(h, area.max.y - area.min.y);
  const float y = std::clamp((chip.min.y + chip.max.y - h) * 0.5f, area.min.y,
                             std::max(area.min.y, area.max.y - h));
  menu.rect = {{x, y}, {x + w, y + h}};

  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  BeginCard("##token_menu", menu.rect, pad, gap, s);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::PushFont(title_font);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopFont();
  for (const std::string* t : texts)
    if (!t->empty()) ImGui::TextColored(ImVec4(0.25f, 0.27f, 0.3f, 1.0f), "%s", t->c_str());
  ImGui::PopTextWrapPos();

  // Weight: a few steps a finger can hit, the token's own one filled.
  ImGui::TextUnformatted(S(Str::Weight));
  const float step_w = (inner - 4 * gap) / 5.0f;
  char text[96];
  for (int i = 0; i < static_cast<int>(std::size(kWeightSteps)); ++i) {
    const WeightStep& step = kWeightSteps[static_cast<std::size_t>(i)];
    std::snprintf(text, sizeof text, "%s##weight%d", step.text, i);
    if (i > 0) ImGui::SameLine();
    const bool now = token.weight == step.weight;
    if (TouchButton(state, text, ImVec2(step_w, button_h), now ? 0x3A4A5C : 0, now))
      state.commands.push_back({CommandKind::SetTokenWeight, step.halves, token.id});
  }

  const float half = (inner - gap) * 0.5f;
  const auto action = [&](Str what, const char* id, std::uint32_t accent = 0) {
    std::snprintf(text, sizeof text, "%s##%s", S(what), id);
    return TouchButton(state, text, ImVec2(half, button_h), accent);
  };
  if (action(Str::Rename, "token_rename"))
    BeginTextEntry(state, CommandKind::RenameToken, token.id, label, Str::RenameTokenTitle,
                   kMaxLabelChars);
  ImGui::SameLine();
  if (action(Str::Note, "token_note"))
    BeginTextEntry(state, CommandKind::SetTokenNote, token.id, token.note, Str::TokenNoteTitle,
                   kMaxNoteChars);
  if (action(Str::Duplicate, "token_duplicate"))
    state.commands.push_back({CommandKind::DuplicateToken, -1, token.id});
  ImGui::SameLine();
  if (action(Str::Remove, "token_remove", 0xB02A2A))
    state.commands.push_back({CommandKind::RemoveToken, -1, token.id});
  if (put_back && action(Str::PutBack, "token_put_back"))
    state.commands.push_back({CommandKind::PutBackToken, -1, token.id});
  EndCard();
  ImGui::PopStyleVar();
}

}  // namespace pps
