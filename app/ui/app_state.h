#pragma once
// Everything one frame of the app reads and changes. The sketch is the model; the rest is
// view state that the UI keeps between frames.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/chip_cover.h"
#include "core/content.h"
#include "core/pointer_drag.h"
#include "core/sketch.h"
#include "core/text.h"
#include "core/type_timeline.h"
#include "ui/fonts.h"
#include "ui/label_layouts.h"

namespace pps {

// The zwaartepunt's recent path, drawn as a fading trail.
struct Trail {
  static constexpr int kSamples = 48;
  static constexpr double kSeconds = 1.2;     // how long a sample stays visible
  std::array<BoardPoint, kSamples> points{};  // board units
  std::array<double, kSamples> times{};
  int next = 0, count = 0;

  void Add(BoardPoint p, double time);
  void Clear() { next = count = 0; }
};

// How much of a chip shows from under the chips above it.
enum class ChipVisibility : unsigned char { Buried, EdgeShows, LabelShows };

// What the sidebar showed in the last frame, so tests can check it without reading pixels.
struct ShownGuidance {
  std::optional<PpsType> type;
  std::array<PpsType, kTypeCount> sections{};  // the types whose guidance was shown, in order
  int section_count = 0;
};

// How tall a block of the sidebar was when last laid out, so it can be skipped out of view.
struct BlockHeight {
  float width = -1.0f;  // px, the width it was laid out at; -1 until laid out
  float height = 0.0f;  // px
};

struct AppState {
  Content content;               // model, guidance, cases, library, strings: loaded once at start
  Sketch sketch;                 // what is on the board
  std::uint64_t edits = 0;       // changes to the sketch so far (opened, token moved): for autosave
  std::optional<Sketch> origin;  // the case as opened: ghosts and Reset
  std::optional<Sketch> previous;   // the board before the last one opened, if it held work
  std::vector<Sketch> displaced;    // earlier work pushed out of `previous`: autosave keeps it
  Language language = Language::Dutch;
  float scale = 1.0f;  // the monitor's content scale; every size in px is multiplied by it
  UiFonts fonts;       // null fonts mean ImGui's default

  // View state.
  PointerDrags drags;
  std::vector<ChipRect> chips;                   // px, per token, as drawn in the last frame
  std::vector<const LaidOutLabel*> chip_labels;  // per token, as drawn in the last frame
  std::vector<ChipVisibility> chip_visible;      // per token, as drawn in the last frame
  CoverageGrid cover;                            // which parts of the board chips drawn so far hide
  LabelLayouts label_layouts;                    // chip labels wrapped and measured once
  BoardRect board_rect;                          // px, where the board was drawn in the last frame
  TypeTimeline timeline;
  Trail trail;
  ShownGuidance shown;
  std::unordered_map<const void*, BlockHeight> block_heights;  // keyed by the block's text
  int case_to_open = -1;      // set by a button or key during the frame, applied at its end
  bool library_open = false;  // the sidebar lists the activity library to add from
  ChipRect trash;             // px: a token dropped here is removed; empty when nothing is held
};

// A new, empty sketch named in the app's language.
Sketch NewSketch(const AppState& state);

// Puts `sketch` on the board; `origin` (may be null) is kept for ghosts and Reset. A board that
// held work (one's own sketch, or a case moved about) is kept as `previous`, and what was there
// goes to `displaced`, so that opening a case study never loses what someone made.
void OpenSketch(AppState& state, Sketch sketch, const Sketch* origin);

// Swaps the board with the previous one; nothing when there is none.
void BackToPrevious(AppState& state);

// Puts the open case back as it was when opened; nothing when no case is open.
void ResetToOrigin(AppState& state);

// Puts a library activity on top of the board at its default place.
void AddActivity(AppState& state, const Activity& activity);

// Takes token `token`, held by no pointer, off the board.
void RemoveToken(AppState& state, int token);

// Draws one frame of the whole app: toolbar, board and sidebar. Call between ImGui::NewFrame()
// and ImGui::Render(). Returns true while something animates, so the caller keeps rendering;
// false means the app may sleep until the next input event.
bool DrawApp(AppState& state);

}  // namespace pps
