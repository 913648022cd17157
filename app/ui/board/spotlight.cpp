// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/spotlight.h"

#include <imgui.h>

#include <cmath>
#include <optional>

namespace pps {

namespace {

int QuadrantAt(ScreenPoint p, ScreenPoint middle) {
  return (p.x >= middle.x ? 1 : 0) | (p.y >= middle.y ? 2 : 0);
}

ChipRect QuadrantRect(int quadrant, const BoardRect& rect, ScreenPoint middle) {
  return {{quadrant & 1 ? middle.x : rect.min.x, quadrant & 2 ? middle.y : rect.min.y},
          {quadrant & 1 ? rect.max.x : middle.x, quadrant & 2 ? rect.max.y : middle.y}};
}

// What is lit, on screen (px); none when nothing is, or its token is gone.
std::optional<ChipRect> Lit(const Spotlight& spot, const Board& board, const ChipLayout& chips,
                            const BoardRect& rect, ScreenPoint middle) {
  if (!spot.token.empty()) {
    const int z = board.Find(spot.token);
    if (z < 0 || static_cast<std::size_t>(z) >= chips.rects.size()) return std::nullopt;
    return chips.rects[static_cast<std::size_t>(z)];
  }
  if (spot.quadrant >= 0) return QuadrantRect(spot.quadrant, rect, middle);
  return std::nullopt;
}

}  // namespace

void FollowSpotlight(Spotlight& spot, const std::vector<InputEvent>& input, const Board& board,
                     const ChipLayout& chips, const BoardRect& rect, ScreenPoint middle,
                     float slop) {
  for (const InputEvent& e : input) {
    if (e.kind != InputKind::Pointer) continue;
    if (e.phase == PointerPhase::Down && !spot.pressing) {
      spot.pressing = true, spot.pressed = e.pointer, spot.down = e.at;
      continue;
    }
    if (!spot.pressing || e.pointer != spot.pressed) continue;
    if (e.phase == PointerPhase::Move &&
        std::hypot(e.at.x - spot.down.x, e.at.y - spot.down.y) > slop)
      spot.pressing = false;  // a drag, not a tap
    if (e.phase == PointerPhase::Cancel) spot.pressing = false;
    if (e.phase != PointerPhase::Up || !spot.pressing) continue;
    spot.pressing = false;
    if (!Contains(ChipRect{rect.min, rect.max}, e.at)) continue;  // the room panel's, not ours
    std::string token;
    for (std::size_t z = chips.rects.size(); z-- > 0;)
      if (z < board.Current().tokens.size() && Contains(chips.rects[z], e.at)) {
        token = board.Current().tokens[z].id;
        break;
      }
    const int quadrant = token.empty() ? QuadrantAt(e.at, middle) : -1;
    const bool again =
        token.empty() ? spot.token.empty() && spot.quadrant == quadrant : spot.token == token;
    spot.token = again ? std::string() : token;
    spot.quadrant = again ? -1 : quadrant;
  }
}

void DrawSpotlight(ImDrawList* draw, const Spotlight& spot, const Board& board,
                   const ChipLayout& chips, const BoardRect& rect, ScreenPoint middle,
                   const ChipRect& area, float scale) {
  const std::optional<ChipRect> lit = Lit(spot, board, chips, rect, middle);
  if (!lit) return;
  const float grow = 10.0f * scale;
  const ImVec2 a(lit->min.x - grow, lit->min.y - grow), b(lit->max.x + grow, lit->max.y + grow);
  const ImU32 dim = IM_COL32(15, 18, 22, 175);
  // Four bands round the hole.
  const ImVec2 lo(area.min.x, area.min.y), hi(area.max.x, area.max.y);
  draw->PushClipRect(lo, hi);
  draw->AddRectFilled(lo, ImVec2(hi.x, a.y), dim);
  draw->AddRectFilled(ImVec2(lo.x, b.y), hi, dim);
  draw->AddRectFilled(ImVec2(lo.x, a.y), ImVec2(a.x, b.y), dim);
  draw->AddRectFilled(ImVec2(b.x, a.y), ImVec2(hi.x, b.y), dim);
  draw->AddRect(a, b, IM_COL32(255, 255, 255, 255), 8.0f * scale, 0, 4.0f * scale);
  draw->PopClipRect();
}

}  // namespace pps
