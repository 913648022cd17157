// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A sketch: the activity tokens of one partnership, as the user placed them.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/io/text.h"
#include "core/model/pps_type.h"

namespace pps {

// The most tokens a sketch may hold: a board with more cannot be worked on, and no file of one
// is read.
inline constexpr std::size_t kMaxTokens = 10000;

// A place on the board. board units: each coordinate in [-1, 1].
struct BoardPoint {
  double formal = 0.0;   // +1 fully formeel leren, -1 fully non-formeel leren
  double outside = 0.0;  // +1 fully buiten, -1 fully binnen
};

inline constexpr double kBoardMin = -1.0;
inline constexpr double kBoardMax = 1.0;

// Clamps a point onto the board, so that a token can never leave it.
BoardPoint ClampToBoard(BoardPoint p);

struct Token {
  std::string id;
  LocalText label;
  BoardPoint position;  // board units
  double weight = 1.0;  // > 0
  LocalText description;
  LocalText why;  // why the token stands where it does
  std::string note;  // the user's own remark, in whatever language they wrote it
};

struct Sketch {
  std::string id;
  LocalText name;
  LocalText short_name;  // for buttons; falls back to name
  LocalText description;
  std::optional<PpsType> published_type;  // case studies only
  std::vector<Token> tokens;
  std::string file;  // where it is saved and read from; empty: none. Not written into the file
};

// The token with `id`, or nullptr.
const Token* FindToken(const Sketch& sketch, std::string_view id);

// Whether `a` and `b` hold the same tokens (id, label, place, weight, note), in any order.
bool SameTokens(const Sketch& a, const Sketch& b);

// Whether two tokens are the same in every field.
bool SameToken(const Token& a, const Token& b);

// How far from every other token (board units, on each axis) a token put on the board by hand
// lands: about half a chip's width and a chip's height on a board of 640 px, so that it covers
// no other's label.
inline constexpr BoardPoint kHandPlaced{0.3, 0.12};

// Puts `token` on top of the sketch and returns its index. Its id is made unique ("-2", "-3",
// ... appended) and, when a token already stands there (exactly, or within `apart` on both
// axes), it is placed aside, diagonally, further each round, so that both can be seen and taken.
int AddToken(Sketch& sketch, Token token, BoardPoint apart = {0.0, 0.0});

}  // namespace pps
