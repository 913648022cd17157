#pragma once
// Pointer events to board edits: which pointer holds which token. Fed by every source alike
// (mouse, touch, TUIO), so several fingers drag several tokens at once; Dear ImGui tracks only
// one mouse. Each drag is one gesture on the Board, so one undo step.

#include <array>
#include <string>
#include <vector>

#include "core/board.h"
#include "core/board_geometry.h"
#include "core/input_event.h"

namespace pps {

// Where things are on screen, as the user last saw them: computed before input is routed.
struct PointerTargets {
  ScreenLayout layout;
  BoardRect board;                               // px
  const std::vector<ChipRect>* chips = nullptr;  // px, per token of the board's sketch, bottom up
  ChipRect remove_zone;                          // px: a token let go here leaves the board
};

// The index of the topmost chip containing `p` (the last one drawn wins), or -1.
int TopmostAt(const std::vector<ChipRect>& chips, ScreenPoint p);

class PointerRouter {
 public:
  static constexpr int kMaxPointers = 32;

  // Routes one pointer event. A press on a chip grabs its token (the topmost one there), brings
  // it to the front and keeps the offset between pointer and token; moves drag it, clamped onto
  // the board; a release leaves it there, or takes it off the board over the remove zone; a
  // cancel leaves it where it is. Returns true when the event went to a token.
  bool Route(Board& board, const InputEvent& event, const PointerTargets& targets);

  // Lets go of every token where it is now (before undo, or another board opens).
  void CancelAll(Board& board);

  // The id of the token `pointer` holds, or nullptr.
  const std::string* HeldBy(PointerId pointer) const;

  // Whether any pointer holds a token.
  bool Any() const;

  // The tokens held now, as indices into board.Current().tokens: writes them to `tokens` and
  // returns how many there are.
  int HeldTokens(const Board& board, std::array<int, kMaxPointers>& tokens) const;

 private:
  struct Grab {
    bool used = false;
    PointerId pointer;
    std::string token;  // id
    BoardPoint offset;  // board units: token position minus pointer position at the press
    Board::Gesture gesture = Board::kNoGesture;
  };
  Grab* Of(PointerId pointer);
  void Release(Board& board, Grab& grab);

  std::array<Grab, kMaxPointers> grabs_{};
};

}  // namespace pps
