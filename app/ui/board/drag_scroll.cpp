// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/drag_scroll.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace pps {

namespace {

constexpr float kGlideDecay = 5.0f;         // 1/s: how fast a flick slows down
constexpr float kGlideStop = 30.0f;         // px/s: slower than this, it stops
constexpr float kVelocitySmoothing = 0.5f;  // weight of the newest frame's speed

}  // namespace

bool UpdateDragScroll(DragScroll& scroll, float slop) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float dt = io.DeltaTime > 0.0f ? io.DeltaTime : 1.0f / 60.0f;
  if (!io.MouseDown[0]) {
    scroll.dragging = scroll.sideways = false;
    if (scroll.velocity == 0.0f) return false;
    ImGui::SetScrollY(window->Scroll.y - scroll.velocity * dt);
    scroll.velocity *= std::exp(-kGlideDecay * dt);
    const bool at_end = window->Scroll.y <= 0.0f || window->Scroll.y >= window->ScrollMax.y;
    if (std::fabs(scroll.velocity) < kGlideStop || at_end) scroll.velocity = 0.0f;
    return scroll.velocity != 0.0f;
  }
  if (!scroll.dragging) {
    scroll.velocity = 0.0f;  // a finger on the panel stops a glide
    const ImVec2 start = io.MouseClickedPos[0];
    const ImRect inner = window->InnerRect;  // without the scrollbar
    const float dx = std::fabs(io.MousePos.x - start.x), dy = std::fabs(io.MousePos.y - start.y);
    if (!scroll.sideways && dx > slop && dx > dy) scroll.sideways = true;
    if (!inner.Contains(start) || scroll.sideways || dy <= slop) return false;
    if (ImGui::GetActiveID() == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y)) return false;
    // From here the press scrolls: the button it started on lets go without being pressed.
    scroll.dragging = true;
    ImGui::ClearActiveID();
    ImGui::SetScrollY(window->Scroll.y - (io.MousePos.y - start.y));
    return true;
  }
  const float dy = io.MouseDelta.y;
  ImGui::SetScrollY(window->Scroll.y - dy);
  scroll.velocity = kVelocitySmoothing * (dy / dt) + (1.0f - kVelocitySmoothing) * scroll.velocity;
  return true;
}

}  // namespace pps
