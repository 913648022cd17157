// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/text_entry.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
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
enum class KeyAction { Type, Shift, Backspace, Space, Cancel, Ok, Clear, Symbols };
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
                            {"m", "M", 1},
                            {"", "", 2, KeyAction::Clear}};
constexpr KeyDef kRow4[] = {{"\u00e9", "\u00c9", 1}, {"\u00eb", "\u00cb", 1},
                            {"\u00ef", "\u00cf", 1}, {"\u00f3", "\u00d3", 1},
                            {"\u00f6", "\u00d6", 1}, {"\u00fc", "\u00dc", 1},
                            {"\u2019", "\u2019", 1}, {"-", "-", 1},
                            {",", ",", 1},           {".", ".", 1}};
constexpr KeyDef kRow5[] = {{"", "", 2.5f, KeyAction::Cancel},
                            {"", "", 2, KeyAction::Symbols},
                            {" ", " ", 5, KeyAction::Space},
                            {"", "", 2.5f, KeyAction::Ok}};

// The symbols page, in place of the letters of rows 1 to 3: every sign the app's own names use
// ("Naam (2)") and what a note or a description needs.
constexpr KeyDef kSymbols1[] = {{"(", "(", 1},   {")", ")", 1}, {"/", "/", 1}, {"&", "&", 1},
                                {":", ":", 1},   {";", ";", 1}, {"!", "!", 1}, {"?", "?", 1},
                                {"\"", "\"", 1}, {"'", "'", 1}};
constexpr KeyDef kSymbols2[] = {{"+", "+", 1}, {"=", "=", 1}, {"\u20ac", "\u20ac", 1},
                                {"@", "@", 1}, {"#", "#", 1}, {"%", "%", 1},
                                {"*", "*", 1}, {"_", "_", 1}, {"\u00b0", "\u00b0", 1}};
constexpr KeyDef kSymbols3[] = {{"", "", 2, KeyAction::Shift},
                                {"<", "<", 1},
                                {">", ">", 1},
                                {"[", "[", 1},
                                {"]", "]", 1},
                                {"$", "$", 1},
                                {"\u00a3", "\u00a3", 1},
                                {"\u2013", "\u2013", 1},
                                {"", "", 2, KeyAction::Clear}};

struct Row {
  const KeyDef* keys;
  std::size_t count;
};
constexpr Row kRows[] = {{kRow0, std::size(kRow0)}, {kRow1, std::size(kRow1)},
                         {kRow2, std::size(kRow2)}, {kRow3, std::size(kRow3)},
                         {kRow4, std::size(kRow4)}, {kRow5, std::size(kRow5)}};
constexpr Row kSymbolRows[] = {{kRow0, std::size(kRow0)},         {kSymbols1, std::size(kSymbols1)},
                               {kSymbols2, std::size(kSymbols2)}, {kSymbols3, std::size(kSymbols3)},
                               {kRow4, std::size(kRow4)},         {kRow5, std::size(kRow5)}};
constexpr int kRowCount = static_cast<int>(std::size(kRows));

// Holding ← Wis repeats it: after this long, every kRepeatSeconds.
constexpr double kRepeatAfter = 0.5, kRepeatSeconds = 0.07;

// Whether the next letter begins a text or a sentence, and so is a capital by itself (one-shot
// Shift), as a phone's keyboard does.
bool AtStart(const TextEdit& edit) {
  const std::string& text = edit.text();
  std::size_t at = std::min(edit.anchor(), edit.caret());
  if (at == 0) return true;
  if (text[at - 1] != ' ') return false;
  while (at > 0 && text[at - 1] == ' ') --at;
  return at > 0 && (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?');
}

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
  entry.learnt = false;
  entry.suggestions.clear();
  entry.suggested_for.clear();
  entry.target.clear();
  entry.shift = false;
  entry.symbols = false;
  entry.tapped = SIZE_MAX;
  entry.edit.Reset("");
}

// OK: what was typed goes out as the command the entry was opened for.
void Finish(const Ui& ui, TextEntry& entry) {
  Command command = Command::OnFile(entry.on_done) ? Command::OnFile(entry.on_done, entry.target)
                                                   : Command(entry.on_done, -1, entry.target);
  // Without the space a suggestion leaves after its word, or a thumb at either end.
  const std::string& text = entry.edit.text();
  const std::size_t begin = text.find_first_not_of(' '), end = text.find_last_not_of(' ');
  command.text = begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
  command.at = entry.at;
  ui.Ask(std::move(command));
  Close(entry);
}

// What a key of the on-screen keyboard does when pressed.
void Press(const Ui& ui, TextEntry& entry, const KeyDef& key) {
  entry.tapped = SIZE_MAX;
  switch (key.action) {
    case KeyAction::Type:
      entry.edit.Insert(entry.shift ? key.upper : key.lower);
      entry.shift = AtStart(entry.edit);
      break;
    case KeyAction::Space:
      entry.edit.Insert(" ");
      entry.shift = AtStart(entry.edit);
      break;
    case KeyAction::Shift:
      entry.shift = !entry.shift;
      break;
    case KeyAction::Backspace:
      entry.edit.Backspace();
      entry.shift = AtStart(entry.edit);
      break;
    case KeyAction::Clear:
      entry.edit.Clear();
      entry.shift = true;
      break;
    case KeyAction::Symbols:
      entry.symbols = !entry.symbols;
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
  entry.at.reset();
  entry.title = title;
  entry.edit = TextEdit(max_chars, MaxBytesFor(on_done));
  entry.edit.Reset(initial, true);  // selected: the first key replaces it, a tap keeps it
  entry.shift = AtStart(entry.edit);
  entry.symbols = false;
  entry.repeats = -1;
  entry.tapped = SIZE_MAX;
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
      entry.shift = AtStart(entry.edit), entry.tapped = SIZE_MAX;
    } else if (e.kind == InputKind::Key && e.down) {
      const bool ctrl = e.mods & kModCtrl;
      if (ctrl && e.key == Key::Q && !(e.mods & (kModShift | kModAlt)))
        ui.Ask(Command{CommandKind::Quit});
      else if (e.key == Key::Backspace)
        entry.edit.Backspace(), entry.shift = AtStart(entry.edit), entry.tapped = SIZE_MAX;
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
  const float room = display.y - 2 * margin - above_keys - l.pad - kRowCount * l.gap;
  // At a large scale on a small window the room wins: Klaar and Annuleer must stay on screen,
  // or a user without a keyboard could not get out.
  // Round a table, a keyboard of 10 keys of 56 px a row, like a tablet's, keys a fingertip high:
  // 720 x 520 px at 1920 x 1080 is 18 % of the screen, and two fit side by side.
  l.key_h = std::max(1.0f, std::min((table ? 52.0f : 64.0f) * s, room / (kRowCount + 1)));
  const float panel_w = std::min(display.x - 2 * margin, (table ? 720.0f : 1120.0f) * s);
  // The keys' rows and, above them, the suggestions' (ui/panels/text_entry.h).
  const float panel_h = above_keys + (kRowCount + 1) * l.key_h + kRowCount * l.gap + l.pad;
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
  const std::string& text = entry.edit.text();
  const auto lines = WrapLines(text_font, text, inner_w - 2 * text_pad - caret_w - 2.0f * s);
  const auto offset = [&](const char* p) { return static_cast<std::size_t>(p - text.c_str()); };
  // The caret's line: the last that starts at or before it. The last lines are in view, or else
  // the caret's, when it is further up.
  const std::size_t caret = entry.edit.caret();
  std::size_t caret_line = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (offset(lines[i].first) <= caret) caret_line = i;
  const std::size_t shown = static_cast<std::size_t>(l.text_lines);
  std::size_t first = lines.size() > shown ? lines.size() - shown : 0;
  first = std::min(first, caret_line);
  const float line_h = text_font->FontSize, left = box_a.x + text_pad, top = box_a.y + text_pad;
  const auto width = [&](const char* from, const char* to) {
    return text_font->CalcTextSizeA(line_h, 1e9f, 0.0f, from, to).x;
  };
  const std::size_t sel_a = std::min(entry.edit.anchor(), caret);
  const std::size_t sel_b = std::max(entry.edit.anchor(), caret);
  for (std::size_t i = first; i < lines.size() && i < first + shown; ++i) {
    const float line_y = top + static_cast<float>(i - first) * line_h;
    const auto [a0, a1] = lines[i];
    const std::size_t b0 = std::max(sel_a, offset(a0)), b1 = std::min(sel_b, offset(a1));
    if (b0 < b1)  // the selection on this line, lit behind the text
      draw->AddRectFilled(ImVec2(left + width(a0, text.c_str() + b0), line_y),
                          ImVec2(left + width(a0, text.c_str() + b1), line_y + line_h),
                          IM_COL32(30, 90, 168, 70));
    draw->AddText(text_font, line_h, ImVec2(left, line_y), kInk, a0, a1);
  }
  const float caret_x =
      left + width(lines[caret_line].first,
                   text.c_str() + std::max(caret, offset(lines[caret_line].first)));
  const float caret_y = top + static_cast<float>(caret_line - first) * line_h;
  draw->AddRectFilled(ImVec2(caret_x + 1.0f * s, caret_y),
                      ImVec2(caret_x + 1.0f * s + caret_w, caret_y + line_h),
                      IM_COL32(30, 90, 168, 255));

  // A tap in the text puts the caret there; a second tap there selects the word.
  ImGui::SetCursorScreenPos(box_a);
  ImGui::InvisibleButton("##entry_text", ImVec2(box_b.x - box_a.x, box_b.y - box_a.y));
  // Let go over the field it was pressed on. (Round a table ImGui's own answer missed some such
  // taps on a turned keyboard, though the field was pressed, hovered and let go.)
  if (ImGui::IsItemDeactivated() && ImGui::IsItemHovered()) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    // A row of those shown: a tap in the box's padding below them is on the last shown.
    const float row =
        std::clamp(std::floor((m.y - top) / line_h), 0.0f, static_cast<float>(shown - 1));
    const std::size_t i = std::min(lines.size() - 1, first + static_cast<std::size_t>(row));
    // The boundary between characters nearest to the tap.
    const char* at = lines[i].first;
    for (const char* p = lines[i].first; p < lines[i].second;) {
      const char* next = p + 1;
      while (next < lines[i].second && (static_cast<unsigned char>(*next) & 0xC0) == 0x80) ++next;
      if (left + (width(lines[i].first, p) + width(lines[i].first, next)) * 0.5f > m.x) break;
      at = p = next;
    }
    if (offset(at) == entry.tapped && !entry.edit.HasSelection()) {
      entry.edit.SelectWordAt(offset(at));
      entry.tapped = SIZE_MAX;
    } else {
      entry.edit.SetCaret(offset(at));
      entry.tapped = entry.edit.caret();
    }
    entry.shift = AtStart(entry.edit);
  }
  RecordTarget(ui, "##entry_text");
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
    case KeyAction::Clear:
      std::snprintf(label, sizeof label, "%s###key_clear", S(ui, Str::KeyClear));
      break;
    case KeyAction::Symbols:
      std::snprintf(label, sizeof label, "%s###key_symbols",
                    entry.symbols ? S(ui, Str::KeyLetters) : "&123");
      accent = kShiftAccent, selected = entry.symbols;
      break;
  }
}

// ← Wis, `pressed` or held: once at a tap; held, again after kRepeatAfter and then every
// kRepeatSeconds, and not once more when let go. Returns whether it is held.
bool Backspace(const Ui& ui, TextEntry& entry, const KeyDef& key, bool pressed) {
  if (pressed) {
    if (entry.repeats <= 0) Press(ui, entry, key);
    entry.repeats = -1;
    return false;
  }
  if (!ImGui::IsItemActive()) {
    entry.repeats = -1;
    return false;
  }
  const double held = ImGui::GetIO().MouseDownDuration[0];
  const int due =
      held < kRepeatAfter ? 0 : 1 + static_cast<int>((held - kRepeatAfter) / kRepeatSeconds);
  entry.repeats = std::max(entry.repeats, 0);
  for (; entry.repeats < due; ++entry.repeats) Press(ui, entry, key);
  return true;
}

// Learns the words the suggestions come from, once per opening: the labels on the board, in the
// library and in the cases, in the interface's language.
void Learn(const Ui& ui, TextEntry& entry, const Sketch& board) {
  if (entry.learnt) return;
  entry.learnt = true;
  entry.vocabulary = Vocabulary{};
  for (const Token& t : board.tokens) entry.vocabulary.Add(t.label.In(ui.language));
  for (const Activity& a : ui.content.library) entry.vocabulary.Add(a.token.label.In(ui.language));
  for (const Sketch& c : ui.content.cases)
    for (const Token& t : c.tokens) entry.vocabulary.Add(t.label.In(ui.language));
}

// The row above the keys: up to three words or labels that complete what is being typed, found
// again only when the text or the caret changed. Its room is kept when it is empty, so that the
// keys never move.
void DrawSuggestions(const Ui& ui, TextEntry& entry, const EntryLayout& l, float y) {
  const TextEdit& edit = entry.edit;
  if (edit.text() != entry.suggested_for || edit.caret() != entry.suggested_caret ||
      edit.HasSelection() != entry.suggested_selection) {
    entry.suggested_for = edit.text();
    entry.suggested_caret = edit.caret();
    entry.suggested_selection = edit.HasSelection();
    entry.suggestions.clear();
    if (!edit.HasSelection())
      entry.suggestions = entry.vocabulary.For(edit.text(), edit.caret(), 3);
  }
  const float w = (l.b.x - l.a.x - 2 * l.pad - 2 * l.gap) / 3.0f;
  char label[96];
  for (std::size_t i = 0; i < entry.suggestions.size(); ++i) {
    const Suggestion& offer = entry.suggestions[i];
    ImGui::SetCursorScreenPos(ImVec2(l.a.x + l.pad + static_cast<float>(i) * (w + l.gap), y));
    std::snprintf(label, sizeof label, "%s##suggest%zu", offer.text.c_str(), i);
    if (!TouchButton(ui, label, ImVec2(w, l.key_h), kShiftAccent)) continue;
    // A word with a space after it, ready for the next; a whole label as it is.
    const std::string put = offer.begin == 0 && offer.text.find(' ') != std::string::npos
                                ? offer.text
                                : offer.text + " ";
    entry.edit.Replace(offer.begin, entry.edit.caret(), put);
    entry.shift = AtStart(entry.edit);
    entry.tapped = SIZE_MAX;
    break;
  }
}

// The keys from `y` down, each row centred, in key widths of the widest row, under the row of
// suggestions. Stops once OK or Cancel closed the entry. Returns whether a key is held that
// repeats.
bool DrawKeys(const Ui& ui, TextEntry& entry, const EntryLayout& l, float y) {
  DrawSuggestions(ui, entry, l, y);
  y += l.key_h + l.gap;
  ImFont* text_font = Or(ui.fonts.heading);
  ImFont* body_font = Or(ui.fonts.body);
  const float panel_w = l.b.x - l.a.x, gap = l.gap;
  const float unit = (panel_w - 2 * l.pad - (kUnitsPerRow - 1) * gap) / kUnitsPerRow;
  char label[96];
  bool held = false;
  const Row* rows = entry.symbols ? kSymbolRows : kRows;
  for (int r = 0; r < kRowCount && entry.open; ++r) {
    const Row& row = rows[r];
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
      if (key.action == KeyAction::Backspace) held |= Backspace(ui, entry, key, pressed);
      else if (pressed) Press(ui, entry, key);
      x += w + gap;
    }
    y += l.key_h + gap;
  }
  return held;
}

// Round a table: the entry's panel alone, at its side's edge, turned toward it. Returns true when
// its handle was tapped.
bool DrawTableEntry(const Ui& upright_ui, TextEntry& entry, const Sketch& board, const Table& table,
                    TurnedPanels& panels, bool& held) {
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
  Learn(ui, entry, board);
  held |= DrawKeys(ui, entry, l, DrawEntryText(draw, ui, entry, l));
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

bool DrawTextEntries(const Ui& ui, TextEntries& entries, const Sketch& board, const Table& table,
                     TurnedPanels& panels) {
  bool held = false;
  if (table.sides > 1) {
    int turn = -1;
    for (TextEntry& entry : entries.at)
      if (entry.open && DrawTableEntry(ui, entry, board, table, panels, held))
        turn = static_cast<int>(entry.side);
    if (turn >= 0) TurnTextEntry(entries, static_cast<Side>(turn), table);
    return held;
  }
  TextEntry& entry = entries.Of(Side::Bottom);
  if (!entry.open) return false;
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
  Learn(ui, entry, board);
  held = DrawKeys(ui, entry, l, DrawEntryText(draw, ui, entry, l));
  ImGui::End();
  ImGui::PopStyleVar(3);
  return held;
}

}  // namespace pps
