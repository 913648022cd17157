// SPDX-License-Identifier: EUPL-1.2
#include "core/model/sketch.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/model/model.h"

namespace pps {

BoardPoint ClampToBoard(BoardPoint p) {
  return {std::clamp(p.formal, kBoardMin, kBoardMax), std::clamp(p.outside, kBoardMin, kBoardMax)};
}

const Token* FindToken(const Sketch& sketch, std::string_view id) {
  for (const Token& token : sketch.tokens)
    if (token.id == id) return &token;
  return nullptr;
}

bool SameTokens(const Sketch& a, const Sketch& b) {
  if (a.tokens.size() != b.tokens.size()) return false;
  return std::all_of(a.tokens.begin(), a.tokens.end(), [&](const Token& t) {
    const Token* u = FindToken(b, t.id);
    return u && SameToken(*u, t);
  });
}

bool SameToken(const Token& a, const Token& b) {
  return a.id == b.id && a.label == b.label && a.position.formal == b.position.formal &&
         a.position.outside == b.position.outside && a.weight == b.weight &&
         a.description == b.description && a.why == b.why && a.note == b.note;
}

int AddToken(Sketch& sketch, Token token, BoardPoint apart) {
  const std::string base = token.id;
  for (int n = 2; FindToken(sketch, token.id); ++n) token.id = base + "-" + std::to_string(n);
  const auto taken = [&](BoardPoint p) {
    return std::any_of(sketch.tokens.begin(), sketch.tokens.end(), [&](const Token& t) {
      return std::fabs(t.position.formal - p.formal) <= apart.formal &&
             std::fabs(t.position.outside - p.outside) <= apart.outside;
    });
  };
  // Try diagonal steps, further out each round; one of the four directions stays on the board.
  // A step clears `apart` on the outside axis. Put by hand, a place in the quadrant it was put in
  // comes first, so that the type reads as the user placed it; then any.
  const double kStep = apart.outside > 0.0 ? apart.outside * 1.25 : 0.06;
  constexpr int kDirections[4][2] = {{1, -1}, {-1, 1}, {1, 1}, {-1, -1}};
  const BoardPoint wanted = token.position;
  const auto same_quadrant = [&](BoardPoint p) {
    return SideOf(p.formal) == SideOf(wanted.formal) && SideOf(p.outside) == SideOf(wanted.outside);
  };
  for (const bool keep_quadrant : {apart.outside > 0.0, false}) {
    if (!taken(token.position)) break;
    for (int attempt = 0; attempt < 40; ++attempt) {
      const int* d = kDirections[attempt % 4];
      const double distance = kStep * static_cast<double>(attempt / 4 + 1);  // rounds of four
      const BoardPoint p =
          ClampToBoard({wanted.formal + d[0] * distance, wanted.outside + d[1] * distance});
      if (keep_quadrant && !same_quadrant(p)) continue;
      token.position = p;
      if (!taken(p)) break;
    }
  }
  sketch.tokens.push_back(std::move(token));
  return static_cast<int>(sketch.tokens.size()) - 1;
}

}  // namespace pps
