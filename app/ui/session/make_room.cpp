// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/make_room.h"

#include <cmath>
#include <optional>
#include <vector>

#include "ui/board/board_view.h"

namespace pps {

namespace {

// The chips of the board as it is now, laid out as the next frame draws them.
const std::vector<ChipRect>& ChipsNow(AppState& state) {
  if (state.chips.revision != state.board.Revision())
    LayoutChips(ViewsOf(state), state.board, state.chips, state.board_rect);
  return state.chips.rects;
}

// Where token `t`, drawn as `chip`, goes to clear `grown` by `gap` px: the least way of four
// that keeps it on the board and in its quadrant; none when no way does.
std::optional<BoardPoint> Aside(const AppState& state, const Token& t, const ChipRect& chip,
                                const ChipRect& grown, float gap) {
  const ScreenLayout& layout = state.content.model.layout;
  const BoardRect& r = state.board_rect;
  const ScreenPoint at = BoardToScreen(layout, r, t.position);
  const ScreenPoint ways[] = {{grown.min.x - chip.max.x - gap, 0.0f},
                              {grown.max.x - chip.min.x + gap, 0.0f},
                              {0.0f, grown.min.y - chip.max.y - gap},
                              {0.0f, grown.max.y - chip.min.y + gap}};
  std::optional<BoardPoint> best;
  float least = 0.0f;
  for (const ScreenPoint& d : ways) {
    const BoardPoint p = ScreenToBoard(layout, r, {at.x + d.x, at.y + d.y});
    const bool kept = std::fabs(p.formal) <= 1.0 && std::fabs(p.outside) <= 1.0 &&
                      SideOf(p.formal) == SideOf(t.position.formal) &&
                      SideOf(p.outside) == SideOf(t.position.outside);
    const float far = std::fabs(d.x) + std::fabs(d.y);
    if (kept && (!best || far < least)) best = p, least = far;
  }
  return best;
}

}  // namespace

bool RenameMakingRoom(AppState& state, const std::string& id, const LocalText& label) {
  Board& board = state.board;
  const std::vector<ChipRect> before = ChipsNow(state);
  const Board::Gesture gesture = board.BeginGesture();
  const bool renamed = board.Rename(id, label, gesture);
  const int z = board.Find(id);
  if (renamed && z >= 0 && before.size() == board.Current().tokens.size()) {
    const std::vector<ChipRect> after = ChipsNow(state);  // a copy: moves lay them out again
    const ChipRect& grown = after[static_cast<std::size_t>(z)];
    const ChipRect& was = before[static_cast<std::size_t>(z)];
    const float gap = 6.0f * state.scale;
    for (std::size_t i = 0; i < after.size(); ++i) {
      if (static_cast<int>(i) == z || !Overlap(grown, after[i]) || Overlap(was, before[i]))
        continue;
      const Token t = board.Current().tokens[i];
      if (const std::optional<BoardPoint> p = Aside(state, t, after[i], grown, gap))
        board.Move(t.id, *p, gesture);
    }
  }
  board.EndGesture(gesture);
  return renamed;
}

}  // namespace pps
