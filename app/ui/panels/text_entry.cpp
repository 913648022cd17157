// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/text_entry.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "core/io/loaded.h"
#include "core/model/sketch_file.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// One key of the on-screen keyboard: what it types (lower and upper case), or what it does.
enum class KeyAction { Type, Shift, Backspace, Space, Cancel, Ok };
struct KeyDef {
  const char* lower;  // typed, and shown; for the other actions unused
  const char* upper;  // typed and shown after Shift
  float width;        // in key widths
  KeyAction action = KeyAction::Type;
};

constexpr float kUnitsPerRow = 12.0f;  // the widest row, in key widths

// The rows, top to bottom: digits, QWERTY, and the characters Dutch needs beyond it.
constexpr KeyDef kRow0[] = {{"1", "1", 1},
                            {"2", "2", 1},
                            {"3", "3", 1},
                            {"4", "4", 1},
                            {"5", "5", 1},
                            {"6", "6", 1},
                            {"7", "7", 1},
                            {"8", "8", 1},
                            {"9", "9", 1},
                            {"0", "0", 1},
                            {"", "", 2, KeyAction::Backspace}};
constexpr KeyDef kRow1[] = {{"q", "Q", 1}, {"w", "W", 1}, {"e", "E", 1}, {"r", "R", 1},
                            {"t", "T", 1}, {"y", "Y", 1}, {"u", "U", 1}, {"i", "I", 1},
                            {"o", "O", 1}, {"p", "P", 1}};
constexpr KeyDef kRow2[] = {{"a", "A", 1}, {"s", "S", 1}, {"d", "D", 1},
                            {"f", "F", 1}, {"g", "G", 1}, {"h", "H", 1},
                            {"j", "J", 1}, {"k", "K", 1}, {"l", "L", 1}};
constexpr KeyDef kRow3[] = {{"", "", 2, KeyAction::Shift},
                            {"z", "Z", 1},
                            {"x", "X", 1},
                            {"c", "C", 1},
                            {"v", "V", 1},
                            {"b", "B", 1},
                            {"n", "N", 1},
                            {"m", "M", 1}};
constexpr KeyDef kRow4[] = {{"\u00e9", "\u00c9", 1}, {"\u00eb", "\u00cb", 1},
                            {"\u00ef", "\u00cf", 1}, {"\u00f3", "\u00d3", 1},
                            {"\u00f6", "\u00d6", 1}, {"\u00fc", "\u00dc", 1},
                            {"\u2019", "\u2019", 1}, {"-", "-", 1},
                            {",", ",", 1},           {".", ".", 1}};
constexpr KeyDef kRow5[] = {
    {"", "", 3, KeyAction::Cancel}, {" ", " ", 6, KeyAction::Space}, {"", "", 3, KeyAction::Ok}};

struct Row {
  const KeyDef* keys;
  std::size_t count;
};
constexpr Row kRows[] = {{kRow0, std::size(kRow0)}, {kRow1, std::size(kRow1)},
                         {kRow2, std::size(kRow2)}, {kRow3, std::size(kRow3)},
                         {kRow4, std::size(kRow4)}, {kRow5, std::size(kRow5)}};
constexpr int kRowCount = static_cast<int>(std::size(kRows));

constexpr std::uint32_t kOkAccent = 0x2E7D32;     // green: done
constexpr std::uint32_t kShiftAccent = 0x1E5AA8;  // blue: held for the next key
constexpr ImU32 kRefusedInk = IM_COL32(176, 42, 42, 255);

ImFont* Or(ImFont* font) {
  return font ? font : ImGui::GetFont();
}

// The bytes the files accept for what is typed: a note, a description, or else a label or name.
std::size_t MaxBytesFor(CommandKind on_done) {
  if (on_done == CommandKind::SetTokenNote) return kMaxNoteBytes;
  if (on_done == CommandKind::SetSketchDescription) return kMaxTextBytes;
  if (on_done == CommandKind::SetRecordedCaption || on_done == CommandKind::SetStoryCaption)
    return kMaxCaptionBytes;
  return kMaxLabelBytes;
}

void Close(TextEntry& entry) {
  entry.open = false;
  entry.target.clear();
  entry.shift = false;
  entry.edit.Reset("");
}

// OK: what was typed goes out as the command the entry was opened for.
void Finish(const Ui& ui, TextEntry& entry) {
  Command command = Command::OnFile(entry.on_done) ? Command::OnFile(entry.on_done, entry.target)
                                                   : Command(entry.on_done, -1, entry.target);
  command.text = entry.edit.text();
  ui.Ask(std::move(command));
  Close(entry);
}

// What a key of the on-screen keyboard does when pressed.
void Press(const Ui& ui, TextEntry& entry, const KeyDef& key) {
  switch (key.action) {
    case KeyAction::Type:
      entry.edit.Insert(entry.shift ? key.upper : key.lower);
      entry.shift = false;
      break;
    case KeyAction::Space:
      entry.edit.Insert(" ");
      break;
    case KeyAction::Shift:
      entry.shift = !entry.shift;
      break;
    case KeyAction::Backspace:
      entry.edit.Backspace();
      break;
    case KeyAction::Cancel:
      Close(entry);
      break;
    case KeyAction::Ok:
      Finish(ui, entry);
      break;
  }
}

// `text` wrapped to `width` with `font`, as lines (byte ranges); a word longer than a line is
// cut inside it. Never empty: an empty text is one empty line.
std::vector<std::pair<const char*, const char*>> WrapLines(ImFont* font, const std::string& text,
                                                           float width) {
  std::vector<std::pair<const char*, const char*>> lines;
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (s < end) {
    const char* cut = font->CalcWordWrapPositionA(1.0f, s, end, width);
    if (cut <= s) {  // not even one character fits: take one whole code point
      cut = s + 1;
      while (cut < end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;
    }
    lines.emplace_back(s, cut);
    s = cut;
  }
  if (lines.empty()) lines.emplace_back(s, s);
  return lines;
}

// The limit message with its number in place of "{n}" (the strings file says where it goes).
std::string TooLongMessage(const Ui& ui, const TextEntry& entry) {
  std::string message = S(ui, Str::TextTooLong);
  const std::string n = std::to_string(entry.edit.max_chars());
  const std::size_t at = message.find("{n}");
  if (at != std::string::npos) message.replace(at, 3, n);
  return message;
}

}  // namespace

bool TextEntries::Any() const {
  return std::any_of(at.begin(), at.end(), [](const TextEntry& e) { return e.open; });
}

void BeginTextEntry(TextEntry& entry, CommandKind on_done, std::string target, std::string initial,
                    Str title, std::size_t max_chars, Side side, ScreenPoint near) {
  if (entry.open) return;
  static std::uint64_t openings = 0;  // which entry a physical keyboard types into
  entry.order = ++openings;
  entry.open = true;
  entry.raised = false;
  entry.side = side;
  entry.near = near;
  entry.on_done = on_done;
  entry.target = std::move(target);
  entry.title = title;
  entry.edit = TextEdit(max_chars, MaxBytesFor(on_done));
  entry.edit.Reset(initial);
  entry.shift = false;
}

const std::vector<InputEvent>& TextEntryInput(const Ui& ui, TextEntries& entries,
                                              const std::vector<InputEvent>& input,
                                              const Table& table) {
  if (!entries.Any()) return input;
  TextEntry* last = nullptr;
  for (TextEntry& e : entries.at)
    if (e.open && (!last || e.order > last->order)) last = &e;
  TextEntry& entry = *last;
  std::vector<InputEvent>& passed = entries.passed;
  passed.clear();
  for (const InputEvent& e : input) {
    if (e.kind == InputKind::Pointer) {
      // Held tokens were let go when it opened; a lift still reaches the touch that works the
      // buttons, so that it ends. Round a table, the others go on.
      if (table.sides > 1 || e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel)
        passed.push_back(e);
      continue;
    }
    if (!entry.open) continue;  // typed after OK or Cancel in the same frame: for nobody
    if (e.kind == InputKind::Char) {
      entry.edit.InsertCodePoint(e.code_point);
    } else if (e.kind == InputKind::Key && e.down) {
      const bool ctrl = e.mods & kModCtrl;
      if (ctrl && e.key == Key::Q && !(e.mods & (kModShift | kModAlt)))
        ui.Ask(Command{CommandKind::Quit});
      else if (e.key == Key::Backspace) entry.edit.Backspace();
      else if (e.key == Key::Enter) Finish(ui, entry);
      else if (e.key == Key::Escape) Close(entry);
    }
  }
  return passed;
}

namespace {

// The entry's panel (px): the keys as tall as fit, up to 64 px x scale (a fingertip is 52), the
// text above them with room for a few lines of a long text. Sized from the bottom up.
struct EntryLayout {
  float pad, gap, box_h, key_h;
  float handle;  // px: the turn handle's side, at the title's right; 0: none
  int text_lines;
  ImVec2 a, b;  // the panel's corners
};

// `display` is the screen as the entry's side sees it; `table`: it lies at that side's edge, below
// `near`, about a third of the screen at most.
EntryLayout LayOutEntry(const Ui& ui, const TextEntry& entry, ImVec2 display, bool table,
                        ScreenPoint near) {
  const float s = ui.scale;
  EntryLayout l;
  l.pad = 16.0f * s, l.gap = 8.0f * s;
  const float title_h = Or(ui.fonts.bold)->FontSize, text_h = Or(ui.fonts.heading)->FontSize;
  const float body_h = Or(ui.fonts.body)->FontSize;
  l.text_lines = entry.edit.max_chars() > 100 ? 4 : 2;
  l.box_h = static_cast<float>(l.text_lines) * text_h + 20.0f * s;
  // Round a table, a handle turns the keyboard to the next side (ui/panels/token_menu.h).
  l.handle = table ? 44.0f * s : 0.0f;
  const float above_keys =
      l.pad + std::max(title_h, l.handle) + l.gap + l.box_h + l.gap + body_h + l.gap;
  const float margin = 12.0f * s;
  const float room = display.y - 2 * margin - above_keys - l.pad - (kRowCount - 1) * l.gap;
  // At a large scale on a small window the room wins: Klaar and Annuleer must stay on screen,
  // or a user without a keyboard could not get out.
  // Round a table, a keyboard of 10 keys of 56 px a row, like a tablet's, keys a fingertip high:
  // 720 x 520 px at 1920 x 1080 is 18 % of the screen, and two fit side by side.
  l.key_h = std::max(1.0f, std::min((table ? 52.0f : 64.0f) * s, room / kRowCount));
  const float panel_w = std::min(display.x - 2 * margin, (table ? 720.0f : 1120.0f) * s);
  const float panel_h = above_keys + kRowCount * l.key_h + (kRowCount - 1) * l.gap + l.pad;
  const float x = table ? std::clamp(near.x - panel_w * 0.5f, margin,
                                     std::max(margin, display.x - margin - panel_w))
                        : (display.x - panel_w) * 0.5f;
  l.a = ImVec2(x, std::max(0.0f, display.y - margin - panel_h));
  l.b = ImVec2(l.a.x + panel_w, l.a.y + panel_h);
  return l;
}

// The title, how much room is left, the text wrapped with its last lines in view and the caret
// after its last character, and why the last key did nothing. Returns where the keys start.
float DrawEntryText(ImDrawList* draw, const Ui& ui, TextEntry& entry, const EntryLayout& l) {
  const float s = ui.scale;
  ImFont* title_font = Or(ui.fonts.bold);
  ImFont* text_font = Or(ui.fonts.heading);
  ImFont* body_font = Or(ui.fonts.body);
  const ImVec2 a = l.a, b = l.b;
  const float inner_w = b.x - a.x - 2 * l.pad;
  float y = a.y + l.pad;
  draw->AddText(title_font, title_font->FontSize, ImVec2(a.x + l.pad, y), kInk, S(ui, entry.title));
  char count[48];
  std::snprintf(count, sizeof count, "%zu / %zu", entry.edit.chars(), entry.edit.max_chars());
  const ImVec2 count_size = body_font->CalcTextSizeA(body_font->FontSize, 1e9f, 0.0f, count);
  const float count_x = b.x - l.pad - count_size.x - (l.handle > 0.0f ? l.handle + l.gap : 0.0f);
  draw->AddText(body_font, body_font->FontSize, ImVec2(count_x, y), kMutedInk, count);
  y += std::max(title_font->FontSize, l.handle) + l.gap;

  const ImVec2 box_a(a.x + l.pad, y), box_b(b.x - l.pad, y + l.box_h);
  draw->AddRectFilled(box_a, box_b, IM_COL32(255, 255, 255, 255), 8.0f * s);
  draw->AddRect(box_a, box_b, kAxisInk, 8.0f * s, 0, 1.5f * s);
  const float text_pad = 10.0f * s, caret_w = 3.0f * s;
  const auto lines =
      WrapLines(text_font, entry.edit.text(), inner_w - 2 * text_pad - caret_w - 2.0f * s);
  const std::size_t first =
      lines.size() > static_cast<std::size_t>(l.text_lines) ? lines.size() - l.text_lines : 0;
  float line_y = box_a.y + text_pad;
  float caret_x = box_a.x + text_pad;
  for (std::size_t i = first; i < lines.size(); ++i) {
    draw->AddText(text_font, text_font->FontSize, ImVec2(box_a.x + text_pad, line_y), kInk,
                  lines[i].first, lines[i].second);
    caret_x =
        box_a.x + text_pad +
        text_font->CalcTextSizeA(text_font->FontSize, 1e9f, 0.0f, lines[i].first, lines[i].second)
            .x;
    if (i + 1 < lines.size()) line_y += text_font->FontSize;
  }
  draw->AddRectFilled(ImVec2(caret_x + 1.0f * s, line_y),
                      ImVec2(caret_x + 1.0f * s + caret_w, line_y + text_font->FontSize),
                      IM_COL32(30, 90, 168, 255));
  y += l.box_h + l.gap;

  // Room for the message is always kept, so the keys never move.
  entry.message.clear();
  if (entry.edit.refused() != EditRefusal::None) {
    entry.message = entry.edit.refused() == EditRefusal::TooLong
                        ? TooLongMessage(ui, entry)
                        : std::string(S(ui, Str::TextNotTyped));
    draw->AddText(body_font, body_font->FontSize, ImVec2(a.x + l.pad, y), kRefusedInk,
                  entry.message.c_str());
  }
  return y + body_font->FontSize + l.gap;
}

// The label of `key` (row `r`, place `k`); "###" keeps a key's id when Shift changes what it
// shows. Sets how the key is tinted.
void KeyLabel(const Ui& ui, const TextEntry& entry, const KeyDef& key, int r, std::size_t k,
              char (&label)[96], std::uint32_t& accent, bool& selected) {
  accent = 0, selected = false;
  switch (key.action) {
    case KeyAction::Type:
      std::snprintf(label, sizeof label, "%s###key_%d_%zu", entry.shift ? key.upper : key.lower, r,
                    k);
      break;
    case KeyAction::Shift:
      std::snprintf(label, sizeof label, "%s###key_shift", S(ui, Str::KeyShift));
      accent = kShiftAccent, selected = entry.shift;
      break;
    case KeyAction::Backspace:
      std::snprintf(label, sizeof label, "%s###key_backspace", S(ui, Str::KeyBackspace));
      break;
    case KeyAction::Space:
      std::snprintf(label, sizeof label, "%s###key_space", S(ui, Str::KeySpace));
      break;
    case KeyAction::Cancel:
      std::snprintf(label, sizeof label, "%s###key_cancel", S(ui, Str::Cancel));
      break;
    case KeyAction::Ok:
      std::snprintf(label, sizeof label, "%s###key_ok", S(ui, Str::Done));
      accent = kOkAccent, selected = true;
      break;
  }
}

// The keys from `y` down, each row centred, in key widths of the widest row. Stops once OK or
// Cancel closed the entry.
void DrawKeys(const Ui& ui, TextEntry& entry, const EntryLayout& l, float y) {
  ImFont* text_font = Or(ui.fonts.heading);
  ImFont* body_font = Or(ui.fonts.body);
  const float panel_w = l.b.x - l.a.x, gap = l.gap;
  const float unit = (panel_w - 2 * l.pad - (kUnitsPerRow - 1) * gap) / kUnitsPerRow;
  char label[96];
  for (int r = 0; r < kRowCount && entry.open; ++r) {
    const Row& row = kRows[r];
    float row_w = 0.0f;
    for (std::size_t k = 0; k < row.count; ++k)
      row_w += row.keys[k].width * unit + (row.keys[k].width - 1) * gap + (k ? gap : 0.0f);
    float x = l.a.x + (panel_w - row_w) * 0.5f;
    for (std::size_t k = 0; k < row.count && entry.open; ++k) {
      const KeyDef& key = row.keys[k];
      const float w = key.width * unit + (key.width - 1) * gap;
      std::uint32_t accent;
      bool selected;
      KeyLabel(ui, entry, key, r, k, label, accent, selected);
      ImGui::SetCursorScreenPos(ImVec2(x, y));
      ImGui::PushFont(key.action == KeyAction::Type ? text_font : body_font);
      const bool pressed = TouchButton(ui, label, ImVec2(w, l.key_h), accent, selected);
      ImGui::PopFont();
      if (pressed) Press(ui, entry, key);
      x += w + gap;
    }
    y += l.key_h + gap;
  }
}

// Round a table: the entry's panel alone, at its side's edge, turned toward it. Returns true when
// its handle was tapped.
bool DrawTableEntry(const Ui& upright_ui, TextEntry& entry, const Table& table,
                    TurnedPanels& panels) {
  const SideView view = table.View(entry.side);
  const ScreenPoint near =
      entry.near.x >= 0.0f ? view.FromScreen(entry.near) : ScreenPoint{view.width * 0.5f, 0.0f};
  EntryLayout l = LayOutEntry(upright_ui, entry, ImVec2(view.width, view.height), true, near);
  const ChipRect seen{{l.a.x, l.a.y}, {l.b.x, l.b.y}};
  const ChipRect laid = view.UprightRect(seen);
  const Turn turn = view.TurnFor(seen);
  entry.panel = view.RectToScreen(seen);
  entry.key_height = l.key_h;
  l.b = ImVec2(l.b.x - l.a.x + laid.min.x, l.b.y - l.a.y + laid.min.y);
  l.a = ImVec2(laid.min.x, laid.min.y);
  Ui ui = upright_ui;
  ui.turn = &turn;

  static constexpr const char* kIds[kSideCount] = {"##text_entry_table0", "##text_entry_table1",
                                                   "##text_entry_table2", "##text_entry_table3"};
  const char* id = kIds[static_cast<int>(entry.side)];
  ImGui::SetNextWindowPos(l.a);
  ImGui::SetNextWindowSize(ImVec2(l.b.x - l.a.x, l.b.y - l.a.y));
  if (!entry.raised) ImGui::SetNextWindowFocus(), entry.raised = true;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(l.gap, l.gap));
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse |
                   panels.InputFlags(id));
  panels.Add(id, turn, entry.panel);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float s = ui.scale;
  draw->AddRectFilled(l.a, l.b, kPaper, 16.0f * s);
  draw->AddRect(l.a, l.b, kInk, 16.0f * s, 0, 2.0f * s);
  ImGui::SetCursorScreenPos(ImVec2(l.b.x - l.pad - l.handle, l.a.y + l.pad));
  const bool turn_asked = TouchButton(ui, "\u21bb##text_entry_turn", ImVec2(l.handle, l.handle));
  DrawKeys(ui, entry, l, DrawEntryText(draw, ui, entry, l));
  ImGui::End();
  ImGui::PopStyleVar(3);
  return turn_asked;
}

// Gives the entry of `from` to the next used side clockwise with none open: it moves to that
// side's edge, under the same point.
void TurnTextEntry(TextEntries& entries, Side from, const Table& table) {
  Side after[kSideCount];
  const int n = SidesAfter(table.sides, from, after);
  for (int i = 0; i + 1 < n; ++i) {  // the last is `from` itself
    TextEntry& to = entries.Of(after[i]);
    if (to.open) continue;
    TextEntry& entry = entries.Of(from);
    to = std::move(entry);
    to.side = after[i];
    to.raised = false;  // another window: brought to the front once more
    entry = TextEntry{};
    return;
  }
}

}  // namespace

void DrawTextEntries(const Ui& ui, TextEntries& entries, const Table& table, TurnedPanels& panels) {
  if (table.sides > 1) {
    int turn = -1;
    for (TextEntry& entry : entries.at)
      if (entry.open && DrawTableEntry(ui, entry, table, panels))
        turn = static_cast<int>(entry.side);
    if (turn >= 0) TurnTextEntry(entries, static_cast<Side>(turn), table);
    return;
  }
  TextEntry& entry = entries.Of(Side::Bottom);
  if (!entry.open) return;
  // Only the entry's keys can be pressed while it is open: the buttons under it are not targets.
  ui.targets.Clear();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const EntryLayout l = LayOutEntry(ui, entry, display, false, {});
  entry.panel = {{l.a.x, l.a.y}, {l.b.x, l.b.y}};
  entry.key_height = l.key_h;

  // Over everything, and kept in front: a press anywhere lands here and nowhere else.
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(display);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(l.gap, l.gap));
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  ImGui::Begin("##text_entry", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float s = ui.scale;
  draw->AddRectFilled(ImVec2(0, 0), display, IM_COL32(20, 24, 28, 110));
  draw->AddRectFilled(l.a, l.b, kPaper, 16.0f * s);
  draw->AddRect(l.a, l.b, kInk, 16.0f * s, 0, 2.0f * s);
  DrawKeys(ui, entry, l, DrawEntryText(draw, ui, entry, l));
  ImGui::End();
  ImGui::PopStyleVar(3);
}

}  // namespace pps
