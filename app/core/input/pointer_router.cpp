// SPDX-License-Identifier: EUPL-1.2
#include "core/input/pointer_router.h"

#include <algorithm>

namespace pps {

int TopmostAt(const std::vector<ChipRect>& chips, ScreenPoint p) {
  for (int i = static_cast<int>(chips.size()) - 1; i >= 0; --i) {
    const ChipRect& r = chips[static_cast<std::size_t>(i)];
    if (p.x >= r.min.x && p.x <= r.max.x && p.y >= r.min.y && p.y <= r.max.y) return i;
  }
  return -1;
}

int PressedChip(const PointerTargets& targets, ScreenPoint p) {
  const ChipRect board_rect{targets.board.min, targets.board.max};
  if (!targets.chips || !Contains(board_rect, p)) return -1;
  for (const ChipRect& over : targets.covered)
    if (Contains(over, p)) return -1;
  return TopmostAt(*targets.chips, p);
}

bool PointerRouter::Route(Board& board, const InputEvent& e, const PointerTargets& targets) {
  if (e.kind != InputKind::Pointer) return false;
  Grab* grab = Of(e.pointer);
  const BoardPoint at = ScreenToBoard(targets.layout, targets.board, e.at);
  switch (e.phase) {
    case PointerPhase::Down: {
      if (grab) Release(board, *grab);  // a lost release: start afresh
      const int z = PressedChip(targets, e.at);
      const auto& tokens = board.Current().tokens;
      if (z < 0 || z >= static_cast<int>(tokens.size())) return false;
      const Token& token = tokens[static_cast<std::size_t>(z)];
      const auto held = [&](const Grab& g) { return g.used && !g.spent && g.token == token.id; };
      if (std::any_of(grabs_.begin(), grabs_.end(), held)) return false;
      const auto free =
          std::find_if(grabs_.begin(), grabs_.end(), [](const Grab& g) { return !g.used; });
      if (free == grabs_.end()) return false;
      *free = Grab{};
      free->used = true;
      free->pointer = e.pointer;
      free->token = token.id;
      free->offset = {token.position.formal - at.formal, token.position.outside - at.outside};
      free->pressed = free->at = e.at;
      free->gesture = board.BeginGesture();
      board.Raise(free->token, free->gesture);
      return true;
    }
    case PointerPhase::Move: {
      if (!grab) return false;
      grab->at = e.at;
      // Within the slop the token stays put: a finger's jitter is not a drag.
      const float dx = e.at.x - grab->pressed.x, dy = e.at.y - grab->pressed.y;
      if (!grab->dragged && dx * dx + dy * dy <= targets.slop * targets.slop) return true;
      // Held still till the token's card opened, then moved: it drags after all, a gesture of
      // its own (people put a finger on a token and talk before they move it).
      if (grab->spent) grab->spent = false, grab->gesture = board.BeginGesture();
      grab->dragged = true;
      board.Move(grab->token, {at.formal + grab->offset.formal, at.outside + grab->offset.outside},
                 grab->gesture);
      return true;
    }
    case PointerPhase::Up:
      if (!grab) return false;
      // Only a token dragged there is removed: a press on a token never lands on the bin.
      if (!grab->spent && grab->dragged && Contains(targets.remove_zone, e.at))
        board.Remove(grab->token, grab->gesture);
      if (!grab->spent && !grab->dragged) tapped_ = {grab->token, e.at};
      Release(board, *grab);
      return true;
    case PointerPhase::Cancel:
      if (!grab) return false;
      Release(board, *grab);
      return true;
  }
  return false;
}

int PointerRouter::Tick(Board& board, double now, std::array<LongPress, kMaxPointers>& fired) {
  int count = 0;
  for (Grab& g : grabs_) {
    if (!g.used || g.spent || g.dragged) continue;
    if (g.since < 0.0) {
      g.since = now;
      continue;
    }
    if (now - g.since < kLongPressSeconds) continue;
    // The token stays where it is, raised: the press's gesture ends here, so what the user
    // picks next is an undo step of its own.
    g.spent = true;
    board.EndGesture(g.gesture);
    g.gesture = Board::kNoGesture;
    LongPress& press = fired[static_cast<std::size_t>(count++)];
    press.pointer = g.pointer;
    press.token = g.token;
    press.at = g.at;
  }
  return count;
}

void PointerRouter::CancelAll(Board& board) {
  for (Grab& g : grabs_)
    if (g.used) Release(board, g);
}

const std::string* PointerRouter::HeldBy(PointerId pointer) const {
  for (const Grab& g : grabs_)
    if (g.used && !g.spent && g.pointer == pointer) return &g.token;
  return nullptr;
}

bool PointerRouter::Any() const {
  return std::any_of(grabs_.begin(), grabs_.end(),
                     [](const Grab& g) { return g.used && !g.spent; });
}

bool PointerRouter::Dragging() const {
  return std::any_of(grabs_.begin(), grabs_.end(),
                     [](const Grab& g) { return g.used && !g.spent && g.dragged; });
}

bool PointerRouter::Dragging(const std::string& token) const {
  return std::any_of(grabs_.begin(), grabs_.end(), [&](const Grab& g) {
    return g.used && !g.spent && g.dragged && g.token == token;
  });
}

bool PointerRouter::DraggedOver(const ChipRect& zone) const {
  return std::any_of(grabs_.begin(), grabs_.end(), [&](const Grab& g) {
    return g.used && !g.spent && g.dragged && Contains(zone, g.at);
  });
}

int PointerRouter::HeldTokens(const Board& board, std::array<int, kMaxPointers>& tokens) const {
  int count = 0;
  for (const Grab& g : grabs_)
    if (g.used && !g.spent)
      if (const int z = board.Find(g.token); z >= 0) tokens[static_cast<std::size_t>(count++)] = z;
  return count;
}

PointerRouter::Grab* PointerRouter::Of(PointerId pointer) {
  for (Grab& g : grabs_)
    if (g.used && g.pointer == pointer) return &g;
  return nullptr;
}

void PointerRouter::Release(Board& board, Grab& grab) {
  board.EndGesture(grab.gesture);
  grab.used = false;
  grab.gesture = Board::kNoGesture;
}

}  // namespace pps
