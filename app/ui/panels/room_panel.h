// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Presentation mode's panel beside the board, for a room to read from its back row: the type's
// name, how firmly it holds, its character in one line, and at most three things it asks of a
// partnership (the first headings of its preconditions); the rest stays in the designer's
// sidebar. At the bottom, for the trainer's finger: the room's depth ("Zaal 4 6 8 10 m", kept),
// the laser pointer ("Laserpen (L)"), the spotlight ("Spotlicht (S)"), a case study to compare
// with ("Vergelijk (C)") and the way out ("Stoppen (Esc)"). With a story line open, its step's
// caption and why take the place of the type's character, and its ◀ step ▶ row the room's depth's,
// which moves into the list of steps the middle button opens. Drawn with the room's fonts and scale
// (ui/state/app_state.h, ViewsOf), whose smallest text the room's rule sizes.

#include "core/model/board_geometry.h"
#include "core/model/classify.h"
#include "core/model/room_text.h"
#include "core/model/story.h"
#include "ui/board/drag_scroll.h"
#include "ui/state/ui.h"

namespace pps {

// The scale at which the body font's capitals are as tall as the rule asks for a room `depth_m`
// deep, on `screen` (core/model/room_text.h); `text`, when given, gets what the rule said.
float RoomScale(RoomScreen screen, float depth_m, RoomText* text = nullptr);

// The depths a trainer picks from in the panel (m).
inline constexpr int kRoomDepths[] = {4, 6, 8, 10};

// How long a story line's step may glide, in tenths of a second.
inline constexpr int kStepPaces[] = {5, 8, 12, 20};

// The number of the publication's points shown to a room at once, at most: more would not be read
// from the back.
inline constexpr int kRoomPoints = 3;

// The first of a type's `count` points shown to a room, asked for as `first` (past the last: the
// first).
inline int FirstRoomPoint(int first, int count) {
  return first >= 0 && first < count ? first : 0;
}

// Which pointing tool is on (its button shows so).
struct RoomTools {
  bool laser = false;
  bool spotlight = false;
  float depth_m = 0.0f;  // the room's depth, its button shown chosen
  int first_point = 0;   // the first point shown (FirstRoomPoint)
  // A story line open: its step's caption and why, instead of the type's character, and a row
  // of ◀ step / steps ▶ for the trainer.
  const Story* story = nullptr;
  int step = 0;
  const LocalText* because = nullptr;
  bool detour = false;        // the board is not the step's: ◀ "Terug naar het verhaal" ▶
  bool steps_listed = false;  // the words give way to the steps, to jump to one, and the
                              // room's depth and the step's pace
  double step_seconds = 0.0;  // how long a step glides (its button shown chosen)
  DragScroll* steps_scroll = nullptr;  // the list of steps, dragged by a finger; with story
  const Sketch* compare = nullptr;     // the case study compared with, faintly on the board
};

// The type's points the panel showed: from `first`, `shown` of them.
struct RoomPoints {
  int first = 0, shown = 0;
};

// Draws the panel into `rect` (px) as a window of its own. Returns the points it showed: from
// tools.first_point (or the first, when none of those fits), at most kRoomPoints, as many as fit
// whole.
RoomPoints DrawRoomPanel(const Ui& ui, const Classification& c, const ChipRect& rect,
                         RoomTools tools);

}  // namespace pps
