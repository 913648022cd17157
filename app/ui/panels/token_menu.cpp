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

constexpr float kHandleSize = 44.0f;  // px at scale 1: the turn handle, a fingertip square
constexpr float kCardPad = 14.0f;     // px at scale 1: between the card's edge and its content

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

// What the card says, in the order it shows: the label, then what the data and the user know.
struct CardTexts {
  std::string label, why, note;
  const std::string* description;
  std::array<const std::string*, 3> body() const { return {description, &why, &note}; }
};

CardTexts TextsOf(const Ui& ui, const Token& token) {
  const Language lang = ui.language;
  CardTexts t;
  t.label = token.label.In(lang);
  if (!token.why.In(lang).empty())
    t.why = std::string(S(ui, Str::WhyHere)) + ": " + token.why.In(lang);
  if (!token.note.empty()) t.note = std::string(S(ui, Str::Note)) + ": " + token.note;
  t.description = &token.description.In(lang);
  return t;
}

// Where the card goes (px), sized beforehand so that it stands beside the chip and inside the
// board from its first frame: right of the chip if there is room and left otherwise, never over
// its label; a card taller than the board scrolls.
ChipRect PlaceCard(const Ui& ui, const CardTexts& texts, int button_rows, float handle,
                   const ChipRect& chip, const ChipRect& area) {
  const float s = ui.scale, pad = kCardPad * s, gap = 10.0f * s, button_h = 52.0f * s;
  const float w = 320.0f * s, inner = w - 2 * pad;
  ImFont* body_font = Or(ui.fonts.body);
  const auto text_h = [&](ImFont* f, const std::string& t, float width) {
    return f->CalcTextSizeA(f->FontSize, 1e9f, width, t.c_str()).y;
  };
  const float label_w = handle > 0.0f ? inner - handle - gap : inner;
  float h = 2 * pad + std::max(handle, text_h(Or(ui.fonts.bold), texts.label, label_w));
  for (const std::string* t : texts.body())
    if (!t->empty()) h += gap + text_h(body_font, *t, inner);
  h += gap + body_font->FontSize + gap + text_h(body_font, S(ui, Str::WeightNote), inner) +
       static_cast<float>(button_rows) * (gap + button_h);
  const float away = 14.0f * s;
  float x = chip.max.x + away;
  if (x + w > area.max.x) x = chip.min.x - away - w;
  x = std::clamp(x, area.min.x, std::max(area.min.x, area.max.x - w));
  h = std::min(h, area.max.y - area.min.y);
  const float y = std::clamp((chip.min.y + chip.max.y - h) * 0.5f, area.min.y,
                             std::max(area.min.y, area.max.y - h));
  return {{x, y}, {x + w, y + h}};
}

// Weight: a few steps a finger can hit, the token's own one filled.
void WeightButtons(const Ui& ui, const Token& token, float inner, float gap, float button_h) {
  ImGui::TextUnformatted(S(ui, Str::Weight));
  // The publication plots activities without weights: say whose they are, where they are set.
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(ImVec4(0.25f, 0.27f, 0.3f, 1.0f), "%s", S(ui, Str::WeightNote));
  ImGui::PopTextWrapPos();
  const float step_w = (inner - 4 * gap) / 5.0f;
  char text[96];
  for (int i = 0; i < static_cast<int>(std::size(kWeightSteps)); ++i) {
    const WeightStep& step = kWeightSteps[static_cast<std::size_t>(i)];
    std::snprintf(text, sizeof text, "%s##weight%d", step.text, i);
    if (i > 0) ImGui::SameLine();
    const bool now = token.weight == step.weight;
    if (TouchButton(ui, text, ImVec2(step_w, button_h), now ? 0x3A4A5C : 0, now))
      ui.Ask({CommandKind::SetTokenWeight, step.halves, token.id});
  }
}

}  // namespace

void FollowTokenMenus(TokenMenus& menus, const Board& board, const std::vector<InputEvent>& input,
                      const Table& table) {
  for (TokenMenu& menu : menus) {
    if (!menu.Open()) continue;
    if (menu.opened != board.Opened() || board.Find(menu.token) < 0) {
      Close(menu);
      continue;
    }
    for (const InputEvent& e : input)
      if (e.kind == InputKind::Pointer && e.phase == PointerPhase::Down &&
          !Contains(menu.rect, e.at) && table.Nearest(e.at) == menu.side) {
        Close(menu);
        break;
      }
  }
}

bool OpenTokenMenus(TokenMenus& menus, PointerRouter& router, Board& board, double now,
                    const Table& table, const TextEntries& entries) {
  std::array<LongPress, PointerRouter::kMaxPointers> fired;
  const int count = router.Tick(board, now, fired);
  // The finger that opened a card by holding still has moved on: it drags the token instead.
  for (TokenMenu& menu : menus)
    if (menu.Open() && router.Dragging(menu.token)) Close(menu);
  bool opened = false;
  const auto open = [&](std::string token, ScreenPoint at) {
    const Side side = table.Nearest(at);
    if (token.empty() || entries.Of(side).open) return;
    TokenMenu& menu = menus[static_cast<std::size_t>(side)];
    menu.token = std::move(token);
    menu.opened = board.Opened();
    menu.rect = {};
    menu.placed = {};
    menu.side = side;
    opened = true;
  };
  // Of several at one side in one frame, the last one's.
  TokenTap tap = router.TakeTap();
  open(std::move(tap.token), tap.at);
  for (int i = 0; i < count; ++i) {
    LongPress& press = fired[static_cast<std::size_t>(i)];
    open(std::move(press.token), press.at);
  }
  return opened;
}

namespace {

constexpr const char* kCardIds[kSideCount] = {"##token_menu", "##token_menu1", "##token_menu2",
                                              "##token_menu3"};

// Draws `menu`; returns true when its handle was tapped.
bool DrawTokenMenu(const Ui& upright_ui, TokenMenu& menu, TextEntry& entry, const Board& board,
                   const ChipLayout& chips, const ChipRect& area, const Table& table,
                   TurnedPanels& panels) {
  const int z = board.Find(menu.token);
  if (menu.opened != board.Opened() || z < 0 || static_cast<std::size_t>(z) >= chips.rects.size()) {
    Close(menu);
    return false;
  }
  const Token& token = board.Current().tokens[static_cast<std::size_t>(z)];
  const CardTexts texts = TextsOf(upright_ui, token);
  const bool put_back = CanPutBack(board, token);
  const int rows = 1 + 2 + (put_back ? 1 : 0);  // weights; rename and note; duplicate and remove
  // Round a table, a handle turns the card to the next side: a guess of the nearest side was
  // wrong, or its person hands it to someone else to read.
  const float handle = table.sides > 1 ? kHandleSize * upright_ui.scale : 0.0f;
  // Placed as its person sees the board, then turned onto the screen.
  const SideView view = table.View(menu.side);
  const ChipRect chip = chips.rects[static_cast<std::size_t>(z)];
  const ChipRect seen_area = view.RectFromScreen(area);
  ChipRect seen = PlaceCard(upright_ui, texts, rows, handle, view.RectFromScreen(chip), seen_area);
  if (menu.placed.max.x > menu.placed.min.x) {  // where it was: only its height follows, upward
    // The buttons lie at the card's foot: a note or a longer name grows the card above them,
    // so that they stay under the finger that works them.
    // Kept inside the board, should the window have shrunk or a turn have put it partly off.
    const float w = seen.max.x - seen.min.x, h = seen.max.y - seen.min.y;
    const bool inside =
        menu.placed.min.x >= seen_area.min.x && menu.placed.max.x <= seen_area.max.x;
    const float x = inside ? menu.placed.min.x
                           : std::clamp(menu.placed.min.x, seen_area.min.x,
                                        std::max(seen_area.min.x, seen_area.max.x - w));
    const float y = std::clamp(menu.placed.max.y - h, seen_area.min.y,
                               std::max(seen_area.min.y, seen_area.max.y - h));
    seen = {{x, y}, {inside ? menu.placed.max.x : x + w, y + h}};
  }
  menu.placed = seen;
  menu.rect = view.RectToScreen(seen);
  const Turn turn = view.TurnFor(seen);
  Ui ui = upright_ui;
  ui.turn = &turn;

  const float s = ui.scale, pad = kCardPad * s, gap = 10.0f * s, button_h = 52.0f * s;
  const float inner = seen.max.x - seen.min.x - 2 * pad;
  const char* window = kCardIds[static_cast<int>(menu.side)];
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  BeginCard(window, view.UprightRect(seen), pad, gap, s, panels.InputFlags(window));
  panels.Add(window, turn, menu.rect);
  bool turn_asked = false;
  const ImVec2 top = ImGui::GetCursorPos();
  if (handle > 0.0f) {
    ImGui::SetCursorPos(ImVec2(top.x + inner - handle, top.y));
    turn_asked = TouchButton(ui, "\u21bb##token_menu_turn", ImVec2(handle, handle));
    ImGui::SetCursorPos(top);
  }
  ImGui::PushTextWrapPos(handle > 0.0f ? top.x + inner - handle - gap : 0.0f);
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(texts.label.c_str());
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  if (handle > 0.0f) ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), top.y + handle + gap));
  ImGui::PushTextWrapPos(0.0f);
  for (const std::string* t : texts.body())
    if (!t->empty()) ImGui::TextColored(ImVec4(0.25f, 0.27f, 0.3f, 1.0f), "%s", t->c_str());
  ImGui::PopTextWrapPos();
  WeightButtons(ui, token, inner, gap, button_h);

  const float half = (inner - gap) * 0.5f;
  char text[96];
  const auto action = [&](Str what, const char* id, std::uint32_t accent = 0) {
    std::snprintf(text, sizeof text, "%s##%s", S(ui, what), id);
    return TouchButton(ui, text, ImVec2(half, button_h), accent);
  };
  // The keyboard opens at the card's side, below the finger that opened it.
  const ScreenPoint near{(chip.min.x + chip.max.x) * 0.5f, (chip.min.y + chip.max.y) * 0.5f};
  if (action(Str::Rename, "token_rename"))
    BeginTextEntry(entry, CommandKind::RenameToken, token.id, texts.label, Str::RenameTokenTitle,
                   kMaxLabelChars, menu.side, near);
  ImGui::SameLine();
  if (action(Str::Note, "token_note"))
    BeginTextEntry(entry, CommandKind::SetTokenNote, token.id, token.note, Str::TokenNoteTitle,
                   kMaxNoteChars, menu.side, near);
  if (action(Str::Duplicate, "token_duplicate"))
    ui.Ask({CommandKind::DuplicateToken, -1, token.id});
  ImGui::SameLine();
  if (action(Str::Remove, "token_remove", 0xB02A2A))
    ui.Ask({CommandKind::RemoveToken, -1, token.id});
  if (put_back && action(Str::PutBack, "token_put_back"))
    ui.Ask({CommandKind::PutBackToken, -1, token.id});
  EndCard();
  ImGui::PopStyleVar();
  return turn_asked;
}

// Gives the card of `from` to the next used side clockwise whose card is closed, its middle where
// it was on screen; with no such side it stays.
void TurnTokenMenu(TokenMenus& menus, Side from, const Table& table, float scale) {
  Side after[kSideCount];
  const int n = SidesAfter(table.sides, from, after);
  for (int i = 0; i + 1 < n; ++i) {  // the last is `from` itself
    TokenMenu& to = menus[static_cast<std::size_t>(after[i])];
    if (to.Open()) continue;
    // Turned about its handle: the handle stays under the finger that tapped it, which can tap
    // again to turn it on.
    TokenMenu& menu = menus[static_cast<std::size_t>(from)];
    const ChipRect placed = menu.placed;
    const float s = scale, inset = kCardPad * s + kHandleSize * s * 0.5f;
    const ScreenPoint handle =
        table.View(from).ToScreen({placed.max.x - inset, placed.min.y + inset});
    const ScreenPoint seen = table.View(after[i]).FromScreen(handle);
    const float w = placed.max.x - placed.min.x, h = placed.max.y - placed.min.y;
    const float x = seen.x + inset - w, y = seen.y - inset;
    to = std::move(menu);
    to.side = after[i];
    to.placed = {{x, y}, {x + w, y + h}};
    Close(menu);
    return;
  }
}

}  // namespace

void DrawTokenMenus(const Ui& ui, TokenMenus& menus, TextEntries& entries, const Board& board,
                    const ChipLayout& chips, const ChipRect& area, const Table& table,
                    TurnedPanels& panels) {
  int turn = -1;
  for (TokenMenu& menu : menus)
    if (menu.Open() &&
        DrawTokenMenu(ui, menu, entries.Of(menu.side), board, chips, area, table, panels))
      turn = static_cast<int>(menu.side);
  if (turn >= 0) TurnTokenMenu(menus, static_cast<Side>(turn), table, ui.scale);
}

}  // namespace pps
