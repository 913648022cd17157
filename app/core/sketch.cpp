#include "core/sketch.h"

#include <algorithm>

namespace pps {

BoardPoint ClampToBoard(BoardPoint p) {
  return {std::clamp(p.formal, kBoardMin, kBoardMax), std::clamp(p.outside, kBoardMin, kBoardMax)};
}

const Token* FindToken(const Sketch& sketch, std::string_view id) {
  for (const Token& token : sketch.tokens)
    if (token.id == id) return &token;
  return nullptr;
}

}  // namespace pps
