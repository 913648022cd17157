// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The view state the UI keeps between frames, one struct per concern, each handed to the view
// that keeps it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/input/pointer_router.h"
#include "core/io/text.h"
#include "core/model/aim.h"
#include "core/model/board_geometry.h"
#include "core/model/sketch.h"
#include "core/model/story_record.h"
#include "core/model/table_sides.h"
#include "core/model/tween.h"
#include "ui/board/board_layers.h"
#include "ui/board/chip_cover.h"
#include "ui/board/drag_scroll.h"
#include "ui/board/label_layouts.h"

namespace pps {

// Presentation mode: the board for a room, without the designer's chrome (ui/panels/room_panel.h).
enum class Blank : int { None = 0, Black = 1, White = 2 };  // the screen blanked, as a clicker asks
struct Presentation {
  bool on = false;
  Blank blank = Blank::None;
  bool was_turned = false;  // the view was turned round (↻) before: a room sees it upright
  // The points the room sees (the room panel's): the first, how many, and of which type.
  int first_point = 0, points_shown = 0;
  std::optional<PpsType> points_type;
  int room_screen = 0;  // of the screens side by side, the one the room sees (the primary: 0)
  int screens = 1;      // side by side, as the platform found them when presenting started
};

// The story line open on the board (core/model/story.h), and its step: the board shows the
// start with that many steps applied (or a detour from it the trainer dragged).
struct StoryPlay {
  int story = -1;            // in Content::stories; -1: none open
  int step = 0;              // 0: the start; `steps`: its end
  int steps = 0;             // the story's
  std::uint64_t opened = 0;  // Board::Opened() when it opened: another board closes it
  LocalText because;         // why the last step did what it did (core/model/because.h)
  // The step under way (core/model/tween.h): the tokens it glides from, when it began (the
  // app's clock; < 0: at the next frame), how long it takes and how far it got, and the board's
  // revision it ends in: any other change of the board, or a press on it, ends the glide at once.
  struct Glide {
    bool on = false;
    std::vector<Token> from;
    double start = -1.0, seconds = 0.0;
    double t = 0.0;  // eased, as last shown
    Tweened tween;   // the board as last shown
    std::uint64_t revision = 0;
  } glide;
  bool steps_listed = false;  // the room panel lists the steps, to jump to one
  DragScroll steps_scroll;    // ... which a finger drags
  Sketch script;              // the board the story has at `step`
  // Whether the board is off the script (a detour), as last looked at: at the board's revision
  // then (UINT64_MAX: to look at again).
  bool detour = false;
  std::uint64_t detour_revision = UINT64_MAX;
  bool Open() const { return story >= 0; }
};

// A story line being recorded from the board (core/model/story_record.h): every settled change
// a step, until it is stopped and kept (ui/session/story_recording.h).
struct StoryRecorder {
  bool on = false;
  Recording recording;
  std::uint64_t opened = 0;    // Board::Opened() it records: another board ends it, kept
  std::uint64_t revision = 0;  // the board's revision it last looked at
  // What is recorded so far is written after every step: its name and file ("" before that).
  std::string name, file;
};

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

// What the last undo or redo did, said on the board for a few seconds ("Notitie bij Cursussen
// ongedaan gemaakt"), with the token it touched pulsing: a step that changed little is still
// seen to have happened.
struct StepNote {
  static constexpr double kSeconds = 2.5, kPulse = 1.0;
  std::string text;     // empty: none
  std::string token;    // the token to pulse; empty: none (gone, or several)
  double since = -1.0;  // when it was first drawn (the frame's clock); < 0: not yet
};

// How much of a chip shows from under the chips above it.
enum class ChipVisibility : unsigned char { Buried, EdgeShows, LabelShows };

// The type the designer aims for, and the plan to get there: made again only when the board
// changed (a drag changes it every frame, and Aim() is cheap enough for that).
struct AimView {
  std::optional<PpsType> target;        // none: not aiming
  std::uint64_t revision = UINT64_MAX;  // board.Revision() `plan` was made for
  AimPlan plan;
  // The most the plan took of the sidebar (px) since this target was chosen: a plan carried
  // out, or reached, keeps that room, so that what lies below it (the bars) does not slide up
  // under the finger that tapped Toepassen.
  float held = 0.0f;
  std::optional<PpsType> held_for;
};

// "Verslag" asks for the report; the next frame draws the board plain (no aim, not turned) and
// the frame loop writes it from that frame's pixels (ui/session/report_export.h).
enum class ReportRequest { None, Asked, Drawing };

// The actions of one token, opened by a long press on it.
struct TokenMenu {
  std::string token;                  // id; empty while closed
  std::uint64_t opened = UINT64_MAX;  // board.Opened() it belongs to
  ChipRect rect;                      // px, as drawn last (on screen); presses there are the menu's
  Side side = Side::Bottom;           // the side of the table it faces: whoever opened it
  ChipRect placed;  // px, as its side sees the screen: where it was put when it opened. It
                    // stays there while open: a weight that grows the chip moves no button
  bool Open() const { return !token.empty(); }
};

// Round a table, the tokens whose labels read for the top side: turned half round, the last
// touched from there (by their id). A chip is wider than tall and its label laid out to fit it,
// so a label turns only by half turns; people at the short ends read chips sideways, as on paper.
using TopLabels = std::unordered_set<std::string>;

// Round a table, one card per side, so that people at different sides each have their own; at
// one side, only the first ([Side::Bottom]).
using TokenMenus = std::array<TokenMenu, kSideCount>;

// The explanation of one axis end, opened by a tap on its label on the board.
enum AxisEnd : int { kFormalNegative, kFormalPositive, kOutsideNegative, kOutsidePositive };
using AxisPills = std::array<ChipRect, 4>;  // px, per AxisEnd: the axis labels as drawn last
struct AxisCard {
  int end = -1;       // AxisEnd; -1 while closed
  int pressed = -1;   // the label a pointer pressed and has not let go of yet
  PointerId pointer;  // ... that pointer
  ChipRect rect;      // px, as drawn last; presses there are the card's
  bool Open() const { return end >= 0; }
};

// How tall a block of the sidebar was when last laid out, so it can be skipped out of view.
struct BlockHeight {
  float width = -1.0f;  // px, the width it was laid out at; -1 until laid out
  float height = 0.0f;  // px
};

// The chips as laid out and drawn last: laid out again when the board changes.
struct ChipLayout {
  std::uint64_t revision = UINT64_MAX;      // board revision the chips were laid out for
  // px, per token, where the last frame drew them: part way while a story line's step glides
  // (a press ends the glide, and lays them out again where the board has them)
  std::vector<ChipRect> rects;
  std::vector<const LaidOutLabel*> labels;  // per token
  std::vector<ChipVisibility> visible;      // per token, as drawn in the last frame
  std::vector<ChipRect> shown;  // px, per token: what showed of it when the layer was drawn
  CoverageGrid cover;           // which parts of the board the chips drawn so far hide
  LabelLayouts label_layouts;   // chip labels wrapped and measured once
  BoardLayer still;             // the chips under every held one, kept drawn
};

}  // namespace pps
