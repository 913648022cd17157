// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Panels drawn turned toward a side of a touch table (a token's card, the keyboard, a side's
// strip). Dear ImGui 1.86 lays every window out upright and knows nothing of a turn, so the
// frame turns the rest: what a panel drew, after ImGui::Render(); and the mouse ImGui is fed,
// back into the panel's upright layout when it is over the panel's place on screen. A turned
// panel laid out upright also covers some of the screen where it does not show: while the mouse
// is elsewhere it takes no input (InputFlags), so it cannot steal a press meant for what shows
// there.

#include <imgui.h>

#include <array>

#include "core/model/table_sides.h"

namespace pps {

class TurnedPanels {
 public:
  static constexpr int kMax = 8;

  // Forgets last frame's panels, at the start of drawing a frame (after the mouse was fed by
  // them: it goes where the user saw them).
  void BeginFrame();

  // The mouse at `p` (px, where the screen shows it) as ImGui must see it: inside a turned
  // panel's place, where that point is in its upright layout. Remembers which panel has it.
  ImVec2 MouseForImGui(ImVec2 p);

  // Lets the mouse into the panel it is over, and into no other, from this frame on. Call after
  // the last MouseForImGui of a frame, before ImGui::NewFrame(): ImGui finds the window under the
  // mouse there, by each window's flags as last begun, so a tap that moves onto a panel and
  // presses in one frame (every touch tap does) would miss it if only Begin said so.
  void LetMouseIn() const;

  // Extra window flags for the panel `id` (its ImGui window name): none while the mouse is over
  // its place, and no input at all while it is not.
  ImGuiWindowFlags InputFlags(const char* id) const;

  // Registers the ImGui window begun last (call right after ImGui::Begin) as the panel `id`,
  // laid out at turn.RectToUpright(screen) and shown at `screen` (px).
  void Add(const char* id, const Turn& turn, const ChipRect& screen);

  // Turns what each panel drew this frame onto its place. Call after ImGui::Render().
  void TurnDrawing() const;

 private:
  struct Panel {
    const char* id = nullptr;  // static: the ImGui window's name
    Turn turn;
    ChipRect screen;                  // px
    ImDrawList* draw_list = nullptr;  // this frame's; null once the next frame began
  };
  std::array<Panel, kMax> panels_{};
  int count_ = 0;
  const char* mouse_in_ = nullptr;  // the panel the mouse was fed into last, or null
};

}  // namespace pps
