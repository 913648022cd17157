// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/layout_dump.h"

#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "ui/board/board_view.h"

namespace pps {

namespace {

constexpr const char* kStringKeys[] = {
#define PPS_STRING_KEY(name, key) key,
    PPS_STRINGS(PPS_STRING_KEY)
#undef PPS_STRING_KEY
};

// `text` with every space, tab or line break as "_": one word of a line.
std::string OneWord(std::string_view text) {
  std::string word(text);
  for (char& c : word)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') c = '_';
  return word.empty() ? "_" : word;
}

// `text` with every line break as a space: the end of one line.
std::string OneLine(std::string_view text) {
  std::string line(text);
  for (char& c : line)
    if (c == '\n' || c == '\r') c = ' ';
  return line;
}

// A number of px, as short as it reads exactly enough: "236", "78.5".
std::string Px(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(v));
  std::string s = text;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

// Maps upright px to the px the screen shows: turned 180 degrees about the middle when the view is.
struct Screen {
  DisplaySize display;
  bool turned = false;

  ScreenPoint Point(ScreenPoint p) const {
    return turned ? ScreenPoint{display.width - p.x, display.height - p.y} : p;
  }
  std::string Rect(ScreenPoint min, ScreenPoint max) const {
    const ScreenPoint a = Point(turned ? max : min), b = Point(turned ? min : max);
    return Px(a.x) + " " + Px(a.y) + " " + Px(b.x) + " " + Px(b.y);
  }
};

}  // namespace

std::string TargetId(const AppState& state, const char* label) {
  const char* hidden = std::strstr(label, "##");
  if (hidden) {
    while (*hidden == '#') ++hidden;
    return OneWord(hidden);
  }
  const Strings& strings = state.content.strings;
  for (int i = 0; i < kStrCount; ++i)
    if (std::strcmp(strings.Get(static_cast<Str>(i), state.language), label) == 0)
      return kStringKeys[i];
  return OneWord(label);
}

// A line per button of `targets` that lies on the display, starting with `kind`.
std::string Buttons(const AppState& state, const TapTargets& targets, DisplaySize display,
                    const Screen& screen, const char* kind) {
  std::string out;
  std::unordered_map<std::string, int> seen;
  for (int i = 0; i < targets.size(); ++i) {
    const TapTarget& t = targets[static_cast<std::size_t>(i)];
    // A button scrolled out of its panel, or out of the window, cannot be tapped: only the part
    // its panel shows is said.
    const ChipRect& v = t.visible;
    if (v.max.x <= v.min.x || v.max.y <= v.min.y || v.max.x <= 0.0f || v.max.y <= 0.0f ||
        v.min.x >= display.width || v.min.y >= display.height)
      continue;
    std::string id = TargetId(state, t.label.data());
    const int n = ++seen[id];
    if (n > 1) id += "-" + std::to_string(n);
    const char* hidden = std::strstr(t.label.data(), "##");
    const std::string_view shown(
        t.label.data(),
        hidden ? static_cast<std::size_t>(hidden - t.label.data()) : std::strlen(t.label.data()));
    out += kind + id + " " + screen.Rect(v.min, v.max) + " " + OneLine(shown) + "\n";
  }
  return out;
}

std::string DumpLayout(const AppState& state, DisplaySize display) {
  const Screen screen{display, state.turned};
  std::string out = "window " + Px(display.width) + " " + Px(display.height) + " scale " +
                    Px(state.scale) + " view " + (state.turned ? "turned" : "upright") + "\n";
  const BoardRect& board = state.board_rect;
  out += "board " + screen.Rect(board.min, board.max) + "\n";
  const ScreenLayout& axes = state.content.model.layout;
  const ScreenPoint c = screen.Point(board.Center());
  const ScreenPoint f = screen.Point(BoardToScreen(axes, board, {1.0, 0.0}));
  const ScreenPoint o = screen.Point(BoardToScreen(axes, board, {0.0, 1.0}));
  out += "axes " + Px(c.x) + " " + Px(c.y) + " " + Px(f.x - c.x) + " " + Px(f.y - c.y) + " " +
         Px(o.x - c.x) + " " + Px(o.y - c.y) + "\n";

  // The zwaartepunt and the type as the last frame showed them (part way in a story's glide),
  // and the story line open: its id, its step and its steps, and whether a step glides.
  const Classification& shown = state.shown_type;
  if (shown.type) {
    const ScreenPoint z = screen.Point(BoardToScreen(axes, board, shown.zwaartepunt));
    out += "zwaartepunt " + Px(z.x) + " " + Px(z.y) + " " + std::string(TypeId(*shown.type)) + "\n";
  }
  if (const Story* story = OpenStoryOf(state))
    out += "story " + OneWord(story->id) + " " + std::to_string(state.story.step) + " " +
           std::to_string(story->steps.size()) + " glide " + (state.story.glide.on ? "1" : "0") +
           "\n";

  out += Buttons(state, state.targets, display, screen, "button ");

  // The token's card and the keyboard, where the screen shows them and how far they are turned
  // (degrees clockwise) toward the side of the table they face.
  const auto angle = [&](Side side) {
    return std::to_string((static_cast<int>(side) * 90 + (state.turned ? 180 : 0)) % 360);
  };
  for (const TokenMenu& menu : state.token_menus)
    if (menu.Open() && menu.rect.max.x > menu.rect.min.x)
      out += "card " + OneWord(menu.token) + " " + screen.Rect(menu.rect.min, menu.rect.max) +
             " angle " + angle(menu.side) + "\n";
  for (const TextEntry& entry : state.entries.at)
    if (entry.open)
      out += "entry " + screen.Rect(entry.panel.min, entry.panel.max) + " angle " +
             angle(entry.side) + " " + OneWord(entry.target) + " " + OneLine(entry.edit.text()) +
             "\n";

  // The chips as last laid out, when they belong to the board as it stands (not part way, in a
  // story line's glide).
  const std::vector<Token>& tokens = state.board.Current().tokens;
  if (state.chips.revision == state.board.Revision() && state.chips.rects.size() == tokens.size() &&
      !state.story.glide.on) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const ScreenPoint at = screen.Point(BoardToScreen(axes, board, tokens[i].position));
      out += "token " + OneWord(tokens[i].id) + " " + Px(at.x) + " " + Px(at.y) + " " +
             screen.Rect(state.chips.rects[i].min, state.chips.rects[i].max) + " " +
             OneLine(tokens[i].label.In(state.language)) + "\n";
    }
    // The text of each label drawn whole (not under another chip), as drawn on a chip not held.
    for (std::size_t i = 0; i < tokens.size() && i < state.chips.visible.size(); ++i) {
      if (state.chips.visible[i] != ChipVisibility::LabelShows) continue;
      const ChipRect text = LabelRect(state.chips.rects[i], *state.chips.labels[i]);
      out += "label " + OneWord(tokens[i].id) + " " + screen.Rect(text.min, text.max) + "\n";
    }
  }
  return out;
}

std::string DumpSpeaker(const AppState& state, const TapTargets& targets, int x, int y,
                        DisplaySize size) {
  std::string out = "speaker " + std::to_string(x) + " " + std::to_string(y) + " " +
                    Px(size.width) + " " + Px(size.height) + "\n";
  return out + Buttons(state, targets, size, Screen{size, false}, "speaker-button ");
}

}  // namespace pps
