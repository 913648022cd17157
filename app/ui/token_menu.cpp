#include "ui/token_menu.h"

#include <imgui.h>

#include <algorithm>
#include <array>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace pps {

namespace {

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
  if (count == 0) return false;
  // Of several at once, the last one's: one menu at a time is clear on a shared table.
  TokenMenu& menu = state.token_menu;
  menu.token = fired[static_cast<std::size_t>(count - 1)].token;
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
  const bool put_back = CanPutBack(board, token);

  // Sized beforehand, so that it can stand beside the chip and inside the board from its first
  // frame.
  const float s = state.scale, pad = 14.0f * s, gap = 10.0f * s, button_h = 52.0f * s;
  const float w = 280.0f * s;
  ImFont* title_font = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
  const char* label = token.label.In(state.language).c_str();
  const float title_h = title_font->CalcTextSizeA(title_font->FontSize, 1e9f, w - 2 * pad, label).y;
  const int buttons = put_back ? 2 : 1;
  const float h = 2 * pad + title_h + static_cast<float>(buttons) * (gap + button_h);
  // Beside the chip, right if there is room and left otherwise, never over its label.
  const float away = 14.0f * s;
  float x = chip.max.x + away;
  if (x + w > area.max.x) x = chip.min.x - away - w;
  x = std::clamp(x, area.min.x, std::max(area.min.x, area.max.x - w));
  const float y = std::clamp((chip.min.y + chip.max.y - h) * 0.5f, area.min.y,
                             std::max(area.min.y, area.max.y - h));
  menu.rect = {{x, y}, {x + w, y + h}};

  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 14.0f * s);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * s);
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleColor(ImGuiCol_Border, kInk);
  ImGui::Begin("##token_menu", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  ImGui::PushFont(title_font);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();

  const ImVec2 full(-1.0f, button_h);
  char text[96];
  std::snprintf(text, sizeof text, "%s##token_remove",
                state.content.strings.Get(Str::Remove, state.language));
  if (TouchButton(state, text, full, 0xB02A2A))
    state.commands.push_back({CommandKind::RemoveToken, -1, token.id});
  if (put_back) {
    std::snprintf(text, sizeof text, "%s##token_put_back",
                  state.content.strings.Get(Str::PutBack, state.language));
    if (TouchButton(state, text, full))
      state.commands.push_back({CommandKind::PutBackToken, -1, token.id});
  }
  // The sketching work adds its actions here, one button each: rename, weight, duplicate, note
  // (and counts them in `buttons` above).
  ImGui::End();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(5);
}

}  // namespace pps
