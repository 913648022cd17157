// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/frame_input.h"

#include <imgui.h>

#include "ui/board/board_view.h"
#include "ui/state/app_state.h"

namespace pps {

namespace {

// A point of the display as the turned view shows it: the same point rotated 180 degrees.
ImVec2 Turned(ImVec2 display, ImVec2 p) {
  return ImVec2(display.x - p.x, display.y - p.y);
}

}  // namespace

PointerTargets BoardTargets(const AppState& state) {
  PointerTargets targets;
  targets.layout = state.content.model.layout;
  targets.board = state.board_rect;
  targets.chips = &state.chips.rects;
  targets.remove_zone = state.remove_zone;
  std::size_t n = 0;
  for (const TokenMenu& menu : state.token_menus)
    if (menu.Open()) targets.covered[n++] = menu.rect;
  if (state.axis_card.Open()) targets.covered[n++] = state.axis_card.rect;
  // At one side, the text entry covers the window: a touch anywhere works its keys, never a
  // token. Round a table, it covers only its panel, and the others go on dragging.
  if (state.side_actions.Open()) targets.covered[n++] = state.side_actions.rect;
  for (const TextEntry& entry : state.entries.at)
    if (entry.open)
      targets.covered[n++] =
          state.table_sides > 1 ? entry.panel : ChipRect{{-1e9f, -1e9f}, {1e9f, 1e9f}};
  targets.slop = kTapSlop * state.scale;
  return targets;
}

void PrepareInput(AppState& state, std::vector<InputEvent>& events, double now) {
  if (state.turned) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    for (InputEvent& e : events) {
      if (e.kind != InputKind::Pointer) continue;
      const ImVec2 p = Turned(display, ImVec2(e.at.x, e.at.y));
      e.at = {p.x, p.y};
    }
  }
  // A press is sorted by the chips as drawn: lay them out again if the board changed since.
  if (state.chips.revision != state.board.Revision())
    LayoutChips(ViewsOf(state), state.board, state.chips, state.board_rect);
  state.touch_as_mouse.Apply(events, BoardTargets(state), state.scale);
  state.pressing_count = state.touch_as_mouse.Pressing(now, state.pressing.data(),
                                                       static_cast<int>(state.pressing.size()));
}

void FeedImGui(const std::vector<InputEvent>& events, TurnedPanels& panels) {
  ImGuiIO& io = ImGui::GetIO();
  for (const InputEvent& e : events) {
    switch (e.kind) {
      case InputKind::Pointer:
        if (e.pointer != kMousePointer) break;
        io.MousePos = panels.MouseForImGui(ImVec2(e.at.x, e.at.y));
        if (e.phase == PointerPhase::Down) io.MouseDown[0] = true;
        if (e.phase == PointerPhase::Up) io.MouseDown[0] = false;
        if (e.phase == PointerPhase::Cancel)
          io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX), io.MouseDown[0] = false;
        break;
      case InputKind::Scroll:
        io.MouseWheel += e.scroll_y;
        io.MouseWheelH += e.scroll_x;
        break;
      case InputKind::Key:
        io.KeyCtrl = e.mods & kModCtrl;
        io.KeyShift = e.mods & kModShift;
        io.KeyAlt = e.mods & kModAlt;
        break;
      case InputKind::Char:  // typed into the text entry (ui/panels/text_entry), not into ImGui
        break;
    }
  }
  panels.LetMouseIn();
}

void TurnDrawing(const AppState& state, ImDrawData& draw_data) {
  state.turned_panels.TurnDrawing();
  if (!state.turned) return;
  const ImVec2 display = draw_data.DisplaySize;
  for (int n = 0; n < draw_data.CmdListsCount; ++n) {
    ImDrawList* list = draw_data.CmdLists[n];
    for (ImDrawVert& v : list->VtxBuffer) v.pos = Turned(display, v.pos);
    for (ImDrawCmd& cmd : list->CmdBuffer) {
      const ImVec2 a = Turned(display, ImVec2(cmd.ClipRect.z, cmd.ClipRect.w));
      const ImVec2 b = Turned(display, ImVec2(cmd.ClipRect.x, cmd.ClipRect.y));
      cmd.ClipRect = ImVec4(a.x, a.y, b.x, b.y);
    }
  }
}

void TurnRects(const AppState& state, ImVec2 display, std::vector<PixelRect>& rects) {
  if (!state.turned) return;
  const int w = static_cast<int>(display.x), h = static_cast<int>(display.y);
  for (PixelRect& r : rects) r = {w - r.x1, h - r.y1, w - r.x0, h - r.y0};
}

}  // namespace pps
