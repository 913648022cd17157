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
#include "core/files/settings.h"
#include "core/input/input_event.h"
#include "core/input/pointer_router.h"
#include "core/input/touch_as_mouse.h"
#include "core/io/text.h"
#include "core/model/aim.h"
#include "core/model/classify.h"
#include "core/model/content.h"
#include "core/model/room_text.h"
#include "core/model/sketch.h"
#include "ui/board/board_layers.h"
#include "ui/board/chip_cover.h"
#include "ui/board/drag_scroll.h"
#include "ui/board/label_layouts.h"
#include "ui/board/laser.h"
#include "ui/board/spotlight.h"
#include "ui/frame/turned_panels.h"
#include "ui/panels/side_strip.h"
#include "ui/panels/text_entry.h"
#include "ui/state/command.h"
#include "ui/state/gallery_state.h"
#include "ui/state/messages.h"
#include "ui/state/report_view.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"
#include "ui/widgets/fonts.h"

namespace pps {

struct AppState {
  Content content;  // model, guidance, cases, library, strings: loaded once at start
  Board board;      // the sketch and every change to it
  Language language = Language::Dutch;
  float scale = 1.0f;  // the monitor's content scale; every size in px is multiplied by it
  UiFonts fonts;       // null fonts mean ImGui's default
  // Presenting, the board and its panel are drawn at the room's scale, with fonts of their own
  // baked for it (core/model/room_text.h) when it first presents; until then (and in tests
  // without them) the designer's are used.
  float room_scale = 0.0f;
  UiFonts room_fonts;
  float room_depth_m = kDefaultRoomDepthM;  // to the back row
  RoomScreen room_screen;                   // the screen a room sees, for the rule
  std::string room_note;  // what to say when presenting starts: the room is too deep for the screen
  Presentation presentation;
  StoryPlay story;      // a story line stepped through on the board
  StoryRecorder recorder;  // a story line recorded from the board
  int compare = -1;        // a case study (Content::cases) shown faintly under the board; -1: none
  Laser laser;          // presenting: a finger or the mouse points, and moves nothing
  Spotlight spotlight;  // presenting: all but one token or quadrant dims
  bool quit = false;   // asked for with Ctrl+Q
  Messages messages;   // what went wrong, shown in the sidebar until dismissed

  // View state.
  bool turned = false;          // the whole view is turned 180 degrees: drawing and input
  int table_sides = 1;          // the sides of a touch table people sit at: 1, 2 or 4
  std::string settings_path;    // where the choices below are kept for the next start; "": not
  Settings settings;            // as kept: what a choice writes back, with the other choices
  TurnedPanels turned_panels;   // the panels drawn facing a side of the table, this frame
  SideActions side_actions;     // round a table: the side whose card of actions is open
  TouchAsMouse touch_as_mouse;  // which touch, if any, works the buttons
  std::array<ScreenPoint, 8> pressing{};  // px: touches down that would tap a button if lifted
  int pressing_count = 0;                 // ...how many (more than the array holds: the first)
  PointerRouter router;
  std::vector<Command> commands;                 // asked for in this frame, applied at its end
  ChipLayout chips;                              // the chips as laid out and drawn last
  BoardRect board_rect;                          // px, where the board was drawn in the last frame
  LayerRenderer* layer_renderer = nullptr;       // draws still layers into textures; null: none
  ChipRect remove_zone;  // px: the bin; a token dragged onto it and let go is removed
  TokenMenus token_menus;  // a token's card: round a table, one per side
  TopLabels top_labels;    // round a table: the tokens last touched from the top side
  AxisPills axis_pills{};
  AxisCard axis_card;
  AimView aim;
  ReportRequest report = ReportRequest::None;
  ReportView report_view;  // the report last made, in the sidebar while open
  bool board_picture = false;  // --export: every frame draws the board as a report's picture
  TextEntries entries;  // the on-screen keyboard and its text: round a table, one per side
  std::uint64_t shown_opened = UINT64_MAX;  // board.Opened() the view state below belongs to
  Classification shown_type;  // the board's as the last frame showed it (part way in a glide)
  TypeTimeline timeline;                    // the type shifts since this board was opened
  Trail trail;
  StepNote step_note;  // what the last undo or redo did
  bool scroll_sidebar_to_top = false;
  DragScroll sidebar_scroll, toolbar_scroll;  // the panels a finger drags to scroll
  std::unordered_map<const void*, BlockHeight> block_heights;  // keyed by the block's text
  bool library_open = false;  // the sidebar lists the activity library to add from
  GalleryState gallery;       // one's own sketches, and the board's own file
  TapTargets targets;           // the buttons drawn in the last frame
  FrameProbe* probe = nullptr;  // what a frame showed, for tests; null in the app
  bool hide_zwaartepunt = false;  // tests only: the board without its marker, to compare with
};

// What the views are given to draw this frame (ui/state/ui.h): presenting, at the room's scale and
// with its fonts.
Ui ViewsOf(AppState& state);

// The story line open on the board (state.story), or null.
const Story* OpenStoryOf(const AppState& state);

// The interface's text for `s` in the app's language, for what is not a view (a view has its Ui).
inline const char* S(const AppState& state, Str s) {
  return state.content.strings.Get(s, state.language);
}

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
