// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The app's one way to type text: a panel with the text, a caret and an on-screen keyboard
// (QWERTY with the characters Dutch needs, a symbols page, and a row of suggested words above
// the keys), large enough for fingers. A physical keyboard types into the same buffer. At one
// side of a table, it lies over everything and while it is open nothing else takes input. Round a
// table (--table 2 or 4), it opens at the edge of the side that asked for it, facing that side, at
// most about a third of the screen, and everybody else goes on dragging tokens.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/input/input_event.h"
#include "core/input/suggestions.h"
#include "core/input/text_edit.h"
#include "core/model/sketch.h"
#include "core/model/strings.h"
#include "core/model/table_sides.h"
#include "ui/frame/turned_panels.h"
#include "ui/state/command.h"
#include "ui/state/ui.h"

namespace pps {

// What is being typed, kept between frames.
struct TextEntry {
  bool open = false;
  CommandKind on_done = CommandKind::NewSketch;  // pushed on OK
  std::string target;                            // its token id (may be empty)
  Str title = Str::NewSketch;                    // the panel's heading
  TextEdit edit;
  bool shift = false;       // one-shot: the next key of the on-screen keyboard types a capital
  bool symbols = false;     // the symbols page instead of the letters
  int repeats = -1;         // while ← Wis is held: how often it repeated; -1: not held
  std::size_t tapped = SIZE_MAX;  // where in the text the last tap put the caret (a second
                                  // tap there selects the word)
  // The words offered above the keys: learnt from the board, the library and the cases when it
  // opened, and offered for the text and caret as they were last drawn.
  Vocabulary vocabulary;
  bool learnt = false;
  std::vector<Suggestion> suggestions;
  std::string suggested_for;
  std::size_t suggested_caret = 0;
  bool suggested_selection = false;
  ChipRect panel;           // px, the panel as drawn last (the keys are in Ui::targets)
  float key_height = 0.0f;  // px, the keys' height as drawn last
  std::string message;      // why the last key did nothing, as shown last; or empty
  std::uint64_t order = 0;  // when it opened, in openings: a physical keyboard types into the
                            // last one opened
  bool raised = false;      // brought to the front since it opened (round a table, only then:
                            // focus taken every frame would end a press on another's button)
  Side side = Side::Bottom;        // the side of the table it faces
  ScreenPoint near{-1.0f, -1.0f};  // px: where on screen it was asked for (it opens below
                                   // that); negative: in the middle of its side
  std::optional<BoardPoint> at;    // one's own activity carried onto the board: where it goes
};

// Round a table, one entry per side, so that people at different sides type at once, each into
// their own; at one side, only the first ([Side::Bottom]).
struct TextEntries {
  std::array<TextEntry, kSideCount> at;
  std::vector<InputEvent> passed;  // this frame's input that still reaches the board

  TextEntry& Of(Side side) { return at[static_cast<std::size_t>(side)]; }
  const TextEntry& Of(Side side) const { return at[static_cast<std::size_t>(side)]; }
  bool Any() const;
};

// Opens the text entry: on OK it pushes Command{on_done} on `target` (a token's id, or a saved
// sketch's file for the gallery's commands) with the typed text; Cancel pushes nothing. Round a
// table it faces `side`, below `near` (px). At one side, the frame lets go of the tokens held
// when it opens: nothing on the board moves while typing. An entry already open stays: what
// someone is typing is never thrown away by someone else's tap.
void BeginTextEntry(TextEntry& entry, CommandKind on_done, std::string target, std::string initial,
                    Str title, std::size_t max_chars, Side side = Side::Bottom,
                    ScreenPoint near = {-1.0f, -1.0f});

// Types this frame's chars and keys into the open entry (Backspace, Enter as OK, Escape as
// Cancel, Ctrl+Q still quits) and returns the input the rest of the app sees: all of it while
// the entry is closed; while it is open, no key (none reaches a shortcut) and, at one side of
// the table, only what lets go of what was held (pointer releases and cancels), so that no press
// reaches the board. Round a table every pointer goes on.
// Keys and chars go to the entry opened last.
const std::vector<InputEvent>& TextEntryInput(const Ui& ui, TextEntries& entries,
                                              const std::vector<InputEvent>& input,
                                              const Table& table);
// Draws the open entries above everything else, each facing its side of `table` (registered in
// `panels`). Round a table each has a handle (↻) that gives it, text and all, to the next used
// side clockwise with no entry open: it moves to that side's edge. Returns whether a key that
// repeats while held (← Wis) is held: the frames must go on.
bool DrawTextEntries(const Ui& ui, TextEntries& entries, const Sketch& board, const Table& table,
                     TurnedPanels& panels);

}  // namespace pps
