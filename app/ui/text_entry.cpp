#include "ui/text_entry.h"

#include "ui/app_state.h"

namespace pps {

void BeginTextEntry(AppState& state, CommandKind on_done, std::string target, std::string initial,
                    Str title, std::size_t max_chars) {
  TextEntry& entry = state.entry;
  entry.open = true;
  entry.on_done = on_done;
  entry.target = std::move(target);
  entry.title = title;
  entry.edit = TextEdit(max_chars, kMaxTextBytes);
  entry.edit.Reset(initial);
  entry.shift = false;
  entry.refused = false;
}

bool TextEntryOpen(const AppState& state) {
  return state.entry.open;
}

void TextEntryInput(AppState& /*state*/, const std::vector<InputEvent>& /*input*/) {}

void DrawTextEntry(AppState& /*state*/) {}

}  // namespace pps
