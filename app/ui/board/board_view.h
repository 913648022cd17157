// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The four-quadrant board: quadrants, axes, tokens and the zwaartepunt.

#include "core/board/board.h"
#include "core/board/type_timeline.h"
#include "core/input/pointer_router.h"
#include "core/model/board_geometry.h"
#include "core/model/classify.h"
#include "core/model/tween.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

struct ImDrawList;

namespace pps {

// What the board view draws from, and what it lays out and keeps between frames.
struct BoardScene {
  const Ui& ui;
  const Board& board;
  // The tokens as shown: the board's, or a story line's step part way (`glide`, shown; null
  // when none is under way), whose tokens taken off fade out.
  const std::vector<Token>& tokens;
  const Tweened* glide;
  ChipLayout& chips;              // laid out and drawn here
  AxisPills& axis_pills;          // drawn here
  const PointerRouter& router;    // the tokens held
  const TypeTimeline& timeline;   // the latest type shift, for its banner
  const Trail& trail;             // the zwaartepunt's recent path
  const TokenMenus& token_menus;  // a ring round each token whose card is open
  AimView& aim;                   // the plan drawn under the chips, made again as needed
  ReportRequest report;           // a report's frame draws the board plain
  LayerRenderer* layer_renderer;  // draws still layers into textures; null: none
  bool hide_zwaartepunt = false;  // tests only: no marker, to compare the labels under it
  const TopLabels* top_labels = nullptr;  // round a table: labels turned to the top side
  const Sketch* compare = nullptr;  // a case study drawn faintly under the board, to compare with
  const StepNote* step_note = nullptr;  // what the last undo or redo did; null: nothing to say
  bool legend = false;  // a report's picture: the board's legend below it (LegendRoom)
};

// Lays out the chip of every token of `board` (chips.rects, chips.labels) in `rect` (px): where
// each is on screen, for drawing and for hit-testing.
void LayoutChips(const Ui& ui, const Board& board, ChipLayout& chips, const BoardRect& rect);
// ... of `tokens`, as shown of the board at `revision`.
void LayoutChips(const Ui& ui, const std::vector<Token>& tokens, std::uint64_t revision,
                 ChipLayout& chips, const BoardRect& rect);

// Where the text of `label` lies on `chip` (px), as drawn on a chip not held.
ChipRect LabelRect(const ChipRect& chip, const LaidOutLabel& label);

// Draws the board into `rect` (px) on `draw` and records where each chip went (scene.chips).
// `now` is the app's clock in seconds. Returns true while something on the board animates.
bool DrawBoard(ImDrawList* draw, const BoardScene& scene, const Classification& c,
               const BoardRect& rect, double now);

}  // namespace pps
