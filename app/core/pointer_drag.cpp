#include "core/pointer_drag.h"

#include <algorithm>

namespace pps {

int TopmostAt(const std::vector<ChipRect>& chips, ScreenPoint p) {
  for (int i = static_cast<int>(chips.size()) - 1; i >= 0; --i) {
    const ChipRect& r = chips[i];
    if (p.x >= r.min.x && p.x <= r.max.x && p.y >= r.min.y && p.y <= r.max.y) return i;
  }
  return -1;
}

bool PointerDrags::Press(Sketch& sketch, int pointer, int token, BoardPoint at) {
  if (token < 0 || token >= static_cast<int>(sketch.tokens.size())) return false;
  if (HeldBy(pointer) >= 0 || IsHeld(token)) return false;
  const auto slot =
      std::find_if(grabs_.begin(), grabs_.end(), [](const Grab& g) { return g.pointer < 0; });
  if (slot == grabs_.end()) return false;

  // Bring the token to the front; the tokens behind it shift down by one.
  const int front = static_cast<int>(sketch.tokens.size()) - 1;
  std::rotate(sketch.tokens.begin() + token, sketch.tokens.begin() + token + 1,
              sketch.tokens.end());
  for (Grab& g : grabs_)
    if (g.pointer >= 0 && g.token > token) --g.token;

  const BoardPoint p = sketch.tokens[front].position;
  *slot = {pointer, front, {p.formal - at.formal, p.outside - at.outside}};
  return true;
}

bool PointerDrags::Move(Sketch& sketch, int pointer, BoardPoint at) {
  for (const Grab& g : grabs_) {
    if (g.pointer != pointer) continue;
    BoardPoint& position = sketch.tokens[g.token].position;
    const BoardPoint next =
        ClampToBoard({at.formal + g.offset.formal, at.outside + g.offset.outside});
    if (next.formal == position.formal && next.outside == position.outside) return false;
    position = next;
    return true;
  }
  return false;
}

void PointerDrags::Release(int pointer) {
  for (Grab& g : grabs_)
    if (g.pointer == pointer) g = Grab{};
}

int PointerDrags::HeldBy(int pointer) const {
  for (const Grab& g : grabs_)
    if (g.pointer == pointer) return g.token;
  return -1;
}

bool PointerDrags::IsHeld(int token) const {
  return std::any_of(grabs_.begin(), grabs_.end(),
                     [&](const Grab& g) { return g.pointer >= 0 && g.token == token; });
}

void PointerDrags::Removed(int token) {
  for (Grab& g : grabs_)
    if (g.pointer >= 0 && g.token > token) --g.token;
}

int PointerDrags::HeldTokens(std::array<int, kMaxPointers>& tokens) const {
  int count = 0;
  for (const Grab& g : grabs_)
    if (g.pointer >= 0) tokens[count++] = g.token;
  return count;
}

bool PointerDrags::Any() const {
  return std::any_of(grabs_.begin(), grabs_.end(), [](const Grab& g) { return g.pointer >= 0; });
}

}  // namespace pps
