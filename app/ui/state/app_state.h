// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Everything one frame of the app reads and changes. The sketch is the model; the rest is
// view state that the UI keeps between frames.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/board/board.h"
#include "core/board/type_timeline.h"
#include "core/input/input_event.h"
#include "core/input/pointer_router.h"
#include "core/input/touch_as_mouse.h"
#include "core/io/text.h"
#include "core/model/aim.h"
#include "core/model/content.h"
#include "core/model/sketch.h"
#include "ui/board/board_layers.h"
#include "ui/board/chip_cover.h"
#include "ui/board/drag_scroll.h"
#include "ui/board/label_layouts.h"
#include "ui/panels/text_entry.h"
#include "ui/state/command.h"
#include "ui/state/gallery_state.h"
#include "ui/state/messages.h"
#include "ui/widgets/fonts.h"

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
  // Per section, when its preconditions were laid out in view this frame: the heading drawn
  // above them and how many groups of them (null and 0 while out of view).
  std::array<const char*, kTypeCount> preconditions_heading{};
  std::array<int, kTypeCount> precondition_groups{};
};

// What the board showed in the last frame besides its chips, for the same reason.
struct ShownBoard {
  int ghosts = 0;        // faint chips where a case's moved tokens started
  int trail_pieces = 0;  // visible pieces of the zwaartepunt's fading trail
  bool banner = false;   // the type-shift banner
  bool start_hint = false;  // how to start, on an empty board
  // Vertices in the board's draw list after the zwaartepunt, the axis labels and the banner,
  // and before the first chip: the first must not exceed the second.
  int under_chips_end = 0, chips_begin = 0;
  bool bin = false;      // the bin, offered while a token is dragged
  bool bin_hot = false;  // ... with a dragged token's pointer over it
  int aim_moves = 0;     // the aim's arrows from a chip to a ghost chip where it should go
  int aim_adds = 0;      // the aim's dashed "+" chips of activities to add
};

// The type the designer aims for, and the plan to get there: made again only when the board
// changed (a drag changes it every frame, and Aim() is cheap enough for that).
struct AimView {
  std::optional<PpsType> target;        // none: not aiming
  std::uint64_t revision = UINT64_MAX;  // board.Revision() `plan` was made for
  AimPlan plan;
};

// "Verslag" asks for the report; the next frame draws the board plain (no aim, not turned) and
// the frame loop writes it from that frame's pixels (ui/session/report_export.h).
enum class ReportRequest { None, Asked, Drawing };

// The actions of one token, opened by a long press on it.
struct TokenMenu {
  std::string token;                  // id; empty while closed
  std::uint64_t opened = UINT64_MAX;  // board.Opened() it belongs to
  ChipRect rect;                      // px, as drawn last; presses there are the menu's
  bool Open() const { return !token.empty(); }
};

// The explanation of one axis end, opened by a tap on its label on the board.
enum AxisEnd : int { kFormalNegative, kFormalPositive, kOutsideNegative, kOutsidePositive };
struct AxisCard {
  int end = -1;                 // AxisEnd; -1 while closed
  int pressed = -1;             // the label a pointer pressed and has not let go of yet
  PointerId pointer;            // ... that pointer
  ChipRect rect;                // px, as drawn last; presses there are the card's
  bool Open() const { return end >= 0; }
};

// How tall a block of the sidebar was when last laid out, so it can be skipped out of view.
struct BlockHeight {
  float width = -1.0f;  // px, the width it was laid out at; -1 until laid out
  float height = 0.0f;  // px
};

// A button as drawn in the last frame, by its label, so that tests can press it like a user.
struct TapTarget {
  std::array<char, 96> label{};  // the ImGui label, "##" suffix and all
  ChipRect rect;                 // px
};

struct AppState {
  Content content;  // model, guidance, cases, library, strings: loaded once at start
  Board board;      // the sketch and every change to it
  Language language = Language::Dutch;
  float scale = 1.0f;  // the monitor's content scale; every size in px is multiplied by it
  UiFonts fonts;       // null fonts mean ImGui's default
  bool quit = false;   // asked for with Ctrl+Q
  Messages messages;   // what went wrong, shown in the sidebar until dismissed

  // View state.
  bool turned = false;          // the whole view is turned 180 degrees: drawing and input
  TouchAsMouse touch_as_mouse;  // which touch, if any, works the buttons
  PointerRouter router;
  std::vector<Command> commands;                 // asked for in this frame, applied at its end
  std::uint64_t chips_revision = UINT64_MAX;     // board revision the chips were laid out for
  std::vector<ChipRect> chips;                   // px, per token, as laid out last
  std::vector<const LaidOutLabel*> chip_labels;  // per token, as laid out last
  std::vector<ChipVisibility> chip_visible;      // per token, as drawn in the last frame
  std::vector<ChipRect> chip_shown;  // px, per token: what showed of it when the layer was drawn
  CoverageGrid cover;                            // which parts of the board chips drawn so far hide
  LabelLayouts label_layouts;                    // chip labels wrapped and measured once
  BoardRect board_rect;                          // px, where the board was drawn in the last frame
  LayerRenderer* layer_renderer = nullptr;       // draws still layers into textures; null: none
  BoardLayer still_chips;                        // the chips under every held one, kept drawn
  ChipRect remove_zone;  // px: the bin; a token dragged onto it and let go is removed
  TokenMenu token_menu;
  std::array<ChipRect, 4> axis_pills{};  // px, per AxisEnd: the axis labels as drawn last
  AxisCard axis_card;
  AimView aim;
  ReportRequest report = ReportRequest::None;
  TextEntry entry;  // the on-screen keyboard's text, while open over everything
  std::uint64_t shown_opened = UINT64_MAX;  // board.Opened() the view state below belongs to
  TypeTimeline timeline;                    // the type shifts since this board was opened
  Trail trail;
  bool scroll_sidebar_to_top = false;
  DragScroll sidebar_scroll, toolbar_scroll;  // the panels a finger drags to scroll
  ShownGuidance shown;
  ShownBoard shown_board;
  std::unordered_map<const void*, BlockHeight> block_heights;  // keyed by the block's text
  bool library_open = false;  // the sidebar lists the activity library to add from
  GalleryState gallery;       // one's own sketches, and the board's own file
  std::array<TapTarget, 160> targets{};  // a gallery of sketches has four buttons a card
  int target_count = 0;
};

// A new, empty sketch named in the app's language.
Sketch NewSketch(const AppState& state);

// Says `text` to the user (state.messages) and on stderr.
void Tell(AppState& state, const std::string& text);

// Draws one frame of the whole app: toolbar, board and sidebar, after routing `input` (this
// frame's events, from InputQueue::TakeFrame) to the board, and applies what the user asked for
// at its end. Call between ImGui::NewFrame() and ImGui::Render(), with ImGui fed the same input
// (FeedImGui). Returns true while the screen is not yet still: something animates, a token is
// held, or the frame changed the board after drawing it.
bool DrawApp(AppState& state, const std::vector<InputEvent>& input);

}  // namespace pps
