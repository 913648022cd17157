#pragma once
// Which pointer holds which token. Fed by the mouse and by touch (TUIO) cursors alike, so that
// several fingers can drag several tokens at once; Dear ImGui only tracks one mouse.

#include <array>
#include <vector>

#include "core/board_geometry.h"
#include "core/sketch.h"

namespace pps {

// The index of the topmost chip containing `p` (the last one drawn wins), or -1.
int TopmostAt(const std::vector<ChipRect>& chips, ScreenPoint p);

class PointerDrags {
 public:
  static constexpr int kMaxPointers = 32;

  // Pointer `pointer` presses on token `token` at `at` (board units): the token is grabbed,
  // keeping the offset between pointer and token, and moves to the front (the end of
  // sketch.tokens). Returns false, changing nothing, when the token is already held or the
  // pointer already holds one.
  bool Press(Sketch& sketch, int pointer, int token, BoardPoint at);

  // The pointer moved to `at` (board units); its token follows, clamped onto the board.
  // Returns true when a token moved.
  bool Move(Sketch& sketch, int pointer, BoardPoint at);

  // The pointer lifted, or was lost: its token stays where it is now.
  void Release(int pointer);

  // Token `token`, held by no pointer, was taken out of the sketch: grabs of the tokens after it
  // follow their tokens down one place.
  void Removed(int token);

  // Forget every grab (a new sketch was opened).
  void Clear() { grabs_ = {}; }

  // The index of the token `pointer` holds, or -1.
  int HeldBy(int pointer) const;

  // Whether any pointer holds token `token`.
  bool IsHeld(int token) const;

  // Whether any pointer holds a token.
  bool Any() const;

  // The tokens held now, in no particular order: writes their indices to `tokens` and returns
  // how many there are. For checking thousands of tokens faster than IsHeld() each.
  int HeldTokens(std::array<int, kMaxPointers>& tokens) const;

 private:
  struct Grab {
    int pointer = -1;   // -1: free slot
    int token = -1;     // index into sketch.tokens
    BoardPoint offset;  // board units: token position minus pointer position at the press
  };
  std::array<Grab, kMaxPointers> grabs_{};
};

}  // namespace pps
