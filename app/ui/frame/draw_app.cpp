// SPDX-License-Identifier: EUPL-1.2
#include <imgui.h>

#include <algorithm>
#include <iostream>

#include "core/model/classify.h"
#include "core/report/usb_sticks.h"
#include "ui/board/board_view.h"
#include "ui/frame/frame_input.h"
#include "ui/frame/layout.h"
#include "ui/frame/shortcuts.h"
#include "ui/panels/axis_card.h"
#include "ui/panels/gallery_panel.h"
#include "ui/panels/message_strip.h"
#include "ui/panels/remove_bin.h"
#include "ui/panels/room_panel.h"
#include "ui/panels/side_strip.h"
#include "ui/panels/sidebar.h"
#include "ui/panels/text_entry.h"
#include "ui/panels/token_menu.h"
#include "ui/panels/toolbar.h"
#include "ui/session/commands.h"
#include "ui/session/report_export.h"
#include "ui/session/sketch_file_sync.h"
#include "ui/session/story_recording.h"
#include "ui/state/app_state.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// The panels tile the window, and the frame's clear paints their background colour (kPaper)
// already: drawing it again is a whole screen of pixels for a software renderer to fill.
constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus |
                                    ImGuiWindowFlags_NoBackground;

// The next ImGui window fills `r` (px).
void PlaceNextWindow(const ChipRect& r) {
  ImGui::SetNextWindowPos(ImVec2(r.min.x, r.min.y));
  ImGui::SetNextWindowSize(ImVec2(r.max.x - r.min.x, r.max.y - r.min.y));
}

// Another board was put on: its view starts afresh (timeline, trail, sidebar at the top).
void FollowOpenedBoard(AppState& state, double now) {
  if (state.shown_opened == state.board.Opened()) return;
  state.shown_opened = state.board.Opened();
  if (state.story.opened != state.board.Opened()) state.story = StoryPlay{};  // another board
  state.timeline.Restart(now);
  state.trail.Clear();
  state.scroll_sidebar_to_top = true;
}

// A story line's step under way: the board part way into it this frame, or null
// when none is. It ends at its time, at any other change of the board, or at a press: a finger
// means to take hold of what it sees.
const Tweened* FollowGlide(AppState& state, const std::vector<InputEvent>& input, double now) {
  StoryPlay::Glide& glide = state.story.glide;
  if (!glide.on) return nullptr;
  if (glide.start < 0.0) glide.start = now;
  const double t = glide.seconds > 0.0 ? (now - glide.start) / glide.seconds : 1.0;
  // A press on the board, not one the laser or the spotlight takes: it lands on the chips where
  // the step ends, laid out again from the board.
  const bool pointing = state.presentation.on && (state.laser.on || state.spotlight.on);
  const bool pressed =
      !pointing && std::any_of(input.begin(), input.end(), [&](const InputEvent& e) {
        return e.kind == InputKind::Pointer && e.phase == PointerPhase::Down &&
               Contains(ChipRect{state.board_rect.min, state.board_rect.max}, e.at);
      });
  if (t >= 1.0 || pressed || glide.revision != state.board.Revision()) {
    glide = {};
    state.chips.revision = UINT64_MAX;  // laid out part way: not the board's
    return nullptr;
  }
  glide.t = Ease(t);
  Tween(glide.from, state.board.Current().tokens, glide.t, glide.tween);
  return &glide.tween;
}

// Whether the board is off the open story line's script at its step: a detour the trainer
// dragged to answer a question (a token only raised, by a tap, is none). Looked at again only
// when the board or the step changed.
bool OnDetour(AppState& state) {
  StoryPlay& play = state.story;
  if (!OpenStoryOf(state)) return false;
  if (play.detour_revision != state.board.Revision()) {
    play.detour_revision = state.board.Revision();
    play.detour = !SameTokens(state.board.Current(), play.script);
  }
  return play.detour;
}

// What the board is compared with, drawn faintly under it: a kept sketch, a case study, or none.
const Sketch* Compared(const AppState& state) {
  if (!state.gallery.compare_file.empty()) return &state.gallery.compare;
  if (state.compare < 0) return nullptr;
  return &state.content.cases[static_cast<std::size_t>(state.compare)];
}

// Where the axes cross on screen (px).
ScreenPoint AxesMiddle(const AppState& state) {
  return BoardToScreen(state.content.model.layout, state.board_rect, {0.0, 0.0});
}

// Pointers go to the board's tokens, keys to shortcuts; both against what the user last saw.
// Round a table, a token pressed from the top side reads for it from then on, and one pressed
// from the bottom for the bottom.
void RouteInput(AppState& state, const std::vector<InputEvent>& input, const Table& table) {
  const PointerTargets targets = BoardTargets(state);
  // The laser pointer points and the spotlight lights: what they pass over stays where it is.
  const bool pointing = state.presentation.on && (state.laser.on || state.spotlight.on);
  if (state.presentation.on && state.laser.on) state.laser.Follow(input, ImGui::GetTime());
  if (state.presentation.on && state.spotlight.on)
    FollowSpotlight(state.spotlight, input, state.board, state.chips, state.board_rect,
                    AxesMiddle(state), kTapSlop * state.scale);
  for (const InputEvent& e : input) {
    if (pointing && e.kind == InputKind::Pointer) continue;
    if (e.kind == InputKind::Key) {
      if (const std::optional<Command> command = ShortcutFor(e, state.presentation, state.story))
        state.commands.push_back(*command);
      continue;
    }
    // A press hit-tests the chips: lay them out again if the board changed since (a raise by
    // another pointer in this frame, an undo at the end of the last one).
    if (e.kind == InputKind::Pointer && e.phase == PointerPhase::Down &&
        state.chips.revision != state.board.Revision())
      LayoutChips(ViewsOf(state), state.board, state.chips, state.board_rect);
    const bool taken = state.router.Route(state.board, e, targets);
    if (!taken || table.sides == 1 || e.kind != InputKind::Pointer || e.phase != PointerPhase::Down)
      continue;
    const std::string* token = state.router.HeldBy(e.pointer);
    const Side side = table.Nearest(e.at);
    if (token && side == Side::Top) state.top_labels.insert(*token);
    if (token && side == Side::Bottom) state.top_labels.erase(*token);
  }
}

// A touch presses a button only when it lifts as a tap, so while it is down the button under
// it shows as pressed, as under a mouse: the finger sees it was taken, and that lifting now
// presses it. Drawn over everything, where the screen shows the button.
void ShowPressed(const AppState& state) {
  const int count = std::min(state.pressing_count, static_cast<int>(state.pressing.size()));
  int shown = 0;
  for (int i = 0; i < count; ++i) {
    const ScreenPoint p = state.pressing[static_cast<std::size_t>(i)];
    const TapTarget* under = nullptr;  // the last drawn lies on top
    for (const TapTarget& t : state.targets)
      if (Contains(t.rect, p)) under = &t;
    if (!under) continue;
    const float s = state.scale;
    const ChipRect& r = under->rect;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(ImVec2(r.min.x, r.min.y), ImVec2(r.max.x, r.max.y),
                        IM_COL32(30, 90, 168, 60), 6.0f * s);
    draw->AddRect(ImVec2(r.min.x, r.min.y), ImVec2(r.max.x, r.max.y), IM_COL32(30, 90, 168, 255),
                  6.0f * s, 0, 3.0f * s);
    ++shown;
  }
  if (state.probe) state.probe->buttons_pressed = shown;
}

// Presenting, a clicker's black or white screen over everything: the room looks at the trainer.
void DrawBlank(Blank blank, ImVec2 display) {
  if (blank == Blank::None) return;
  ImGui::GetForegroundDrawList()->AddRectFilled(
      ImVec2(0, 0), display,
      blank == Blank::Black ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
}

}  // namespace

void Trail::Add(BoardPoint p, double time) {
  if (count > 0) {
    const BoardPoint& last = points[(next + kSamples - 1) % kSamples];
    if (last.formal == p.formal && last.outside == p.outside) return;
  }
  points[next] = p;
  times[next] = time;
  next = (next + 1) % kSamples;
  count = std::min(count + 1, kSamples);
}

void Tell(AppState& state, const std::string& text) {
  std::cerr << "pps-canvas: " << text << "\n";
  state.messages.Add(text);
}

Ui ViewsOf(AppState& state) {
  if (state.presentation.on && state.room_fonts.body)
    return {state.content,    state.language, state.room_scale,
            state.room_fonts, state.targets,  state.commands,
            state.probe,      nullptr,        true};
  return {state.content, state.language, state.scale,   state.fonts,
          state.targets, state.commands, state.probe};
}

const Story* OpenStoryOf(const AppState& state) {
  const int i = state.story.story;
  return i >= 0 && static_cast<std::size_t>(i) < state.content.stories.size()
             ? &state.content.stories[static_cast<std::size_t>(i)]
             : nullptr;
}

Sketch NewSketch(const AppState& state) {
  Sketch sketch;
  sketch.name = state.content.strings.text[static_cast<int>(Str::NewSketch)];
  return sketch;
}

bool DrawApp(AppState& state, const std::vector<InputEvent>& frame_input) {
  // Typing first: while a text entry is open, no key reaches a shortcut; at one side of a table,
  // no press reaches the board either.
  const Ui ui = ViewsOf(state);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const Table table{state.table_sides, display.x, display.y};
  const std::vector<InputEvent>& input = TextEntryInput(ui, state.entries, frame_input, table);
  const double now = ImGui::GetTime();
  state.turned_panels.BeginFrame();

  // Where everything is, before any input is routed to it. Presenting, no bin: nothing is removed
  // in front of a room by a drag gone too far.
  const bool presenting = state.presentation.on;
  Layout layout = presenting
                      ? ComputePresentationLayout({display.x, display.y}, ui.scale)
                      : ComputeLayout({display.x, display.y}, state.scale, state.table_sides);
  // A report asked for last frame: this frame draws the board plain, for the loop to read, and
  // a little smaller, for the legend below it in the picture (the frame is never shown).
  if (state.report == ReportRequest::Asked) state.report = ReportRequest::Drawing;
  const bool picture = state.report == ReportRequest::Drawing || state.board_picture;
  if (picture) layout.board = PictureOf(layout, state.scale).board;
  state.board_rect = layout.board;
  state.remove_zone = presenting ? ChipRect{} : BinRect(display, layout.toolbar.max.x, state.scale);
  FollowOpenedBoard(state, now);
  const bool copying = FollowStickCopy(state);
  const Tweened* glide = FollowGlide(state, input, now);
  FollowTokenMenus(state.token_menus, state.board, input, table);
  FollowAxisCard(state.axis_card, state.token_menus, state.axis_pills, state.chips, input, table);
  RouteInput(state, input, table);
  bool menu_opened =
      OpenTokenMenus(state.token_menus, state.router, state.board, now, table, state.entries);
  if (menu_opened) state.axis_card.end = -1;  // one card at a time
  if (presenting) {  // no cards in front of a room: a tap on a token or an axis only shows it
    state.token_menus = {};
    state.axis_card.end = -1;
    menu_opened = false;
  }
  state.targets.Clear();

  bool gliding = false;
  const float slop = kTapSlop * state.scale;  // px
  // A finger on a key of the text entry over a panel must not scroll the panel instead.
  const bool typing = state.entries.Any();
  if (!presenting) {
    PlaceNextWindow(layout.toolbar);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                        ImVec2(16.0f * state.scale, 12.0f * state.scale));
    ImGui::Begin("toolbar", nullptr, kPanel & ~ImGuiWindowFlags_NoScrollbar);
    gliding = !typing && UpdateDragScroll(state.toolbar_scroll, slop);
    DrawToolbar(ui, state.board,
                {state.gallery.open, state.library_open, state.turned, state.table_sides});
    ImGui::End();
    ImGui::PopStyleVar();
  }

  // From here on the frame reads the tokens as they stand after this frame's input.
  PlaceNextWindow(layout.board_panel);
  ImGui::Begin("board", nullptr, kPanel | ImGuiWindowFlags_NoScrollWithMouse);
  const Classification c =
      Classify(state.content.model, glide ? glide->weighed : state.board.Current().tokens);
  state.shown_type = c;
  state.timeline.Observe(c.type, now);
  if (c.type) state.trail.Add(c.zwaartepunt, now);
  else state.trail.Clear();
  if (!state.step_note.text.empty() && state.step_note.since < 0.0) state.step_note.since = now;
  const BoardScene scene{ui,
                         state.board,
                         glide ? glide->shown : state.board.Current().tokens,
                         glide,
                         state.chips,
                         state.axis_pills,
                         state.router,
                         state.timeline,
                         state.trail,
                         state.token_menus,
                         state.aim,
                         state.report,
                         state.layer_renderer,
                         state.hide_zwaartepunt,
                         table.sides > 1 ? &state.top_labels : nullptr,
                         Compared(state),
                         &state.step_note,
                         picture};
  const bool animating = DrawBoard(ImGui::GetWindowDrawList(), scene, c, state.board_rect, now);
  ImGui::End();
  // The picture's board may be smaller than the screen's: the next frame lays the chips out
  // afresh before a touch is sorted by them.
  if (picture) state.chips.revision = UINT64_MAX;

  if (presenting) {
    // A new type's points begin at its first.
    if (c.type != state.presentation.points_type) state.presentation.first_point = 0;
    state.presentation.points_type = c.type;
    DrawSpotlight(ImGui::GetForegroundDrawList(), state.spotlight, state.board, state.chips,
                  state.board_rect, AxesMiddle(state), layout.board_panel, ui.scale);
    const RoomPoints points = DrawRoomPanel(
        ui, c, layout.room,
        {state.laser.on, state.spotlight.on, state.room_depth_m, state.presentation.first_point,
         OpenStoryOf(state), state.story.step, &state.story.because, OnDetour(state),
         state.story.steps_listed,
         state.settings.step_seconds > 0.0 ? state.settings.step_seconds : kDefaultTweenSeconds,
         &state.story.steps_scroll, scene.compare});
    if (!state.story.steps_listed) {  // the list shows instead of the points: they stay
      state.presentation.first_point = points.first;
      state.presentation.points_shown = points.shown;
    }
    const bool laser = DrawLaser(ImGui::GetForegroundDrawList(), state.laser, now, ui.scale);
    DrawBlank(state.presentation.blank, display);
    ShowPressed(state);
    const bool applied = ApplyCommands(state);
    FollowRecording(state);
    SyncSketchFile(state);
    return animating || glide || laser || applied || state.router.Any() ||
           state.story.steps_scroll.velocity != 0.0f;
  }

  // What the app has to say takes the sidebar's foot: the sidebar ends above it.
  ChipRect sidebar = layout.sidebar;
  const float strip = MessageStripHeight(ui, state.messages, layout.sidebar);
  sidebar.max.y -= strip;
  PlaceNextWindow(sidebar);
  ImGui::Begin("sidebar", nullptr, kPanel & ~ImGuiWindowFlags_NoScrollbar);
  if (state.scroll_sidebar_to_top) ImGui::SetScrollY(0.0f), state.scroll_sidebar_to_top = false;
  gliding |= !typing && UpdateDragScroll(state.sidebar_scroll, slop);
  // The USB sticks are looked for only while the report shows, at each frame: one plugged in
  // turns its button on at the next tap.
  const std::vector<std::string> sticks =
      state.report_view.open ? MountedSticks() : std::vector<std::string>{};
  DrawSidebar({ui, state.board, state.timeline, state.library_open, state.gallery, state.aim,
               state.entries.Of(Side::Bottom), state.block_heights, state.recorder, Compared(state),
               &state.report_view, &sticks, state.board_rect},
              c);
  ImGui::End();
  DrawMessageStrip(ui, state.messages, layout.sidebar, strip);

  // Over the panels: each side's strip round a table, the bin while a token is dragged, and a
  // token's actions.
  const ChipRect& board_area = layout.board_panel;
  const ToolbarShows shows{state.gallery.open, state.library_open, state.turned, state.table_sides};
  const bool banner = DrawSideStrips(
      {ui, state.board, c, state.timeline, layout.strips, board_area, table, shows, now},
      state.side_actions, state.turned_panels);
  DrawBin(ui, state.router, state.remove_zone);
  DrawTokenMenus(ui, state.token_menus, state.entries, state.board, state.chips, layout.cards, table,
                 state.turned_panels);
  DrawAxisCard(ui, state.axis_card, state.axis_pills, board_area);
  const bool key_held =
      DrawTextEntries(ui, state.entries, state.board.Current(), table, state.turned_panels);
  // At one side, tokens held when the entry opened stay where they are: nothing moves while
  // typing. Round a table, the others go on.
  if (state.entries.Any() && table.sides == 1 && state.router.Any())
    state.router.CancelAll(state.board);

  ShowPressed(state);

  const bool applied = ApplyCommands(state);
  FollowRecording(state);  // a change settled: a step of the story line recorded
  SyncSketchFile(state);   // the board's own file, once a change has settled
  return animating || glide || banner || applied || menu_opened || gliding || key_held ||
         state.router.Any() || state.report != ReportRequest::None || copying ||
         state.report_view.copying.valid();
}

}  // namespace pps
