// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Pointer events to board edits: which pointer holds which token. Fed by every source alike
// (mouse, touch, TUIO), so several fingers drag several tokens at once; Dear ImGui tracks only
// one mouse. Each drag is one gesture on the Board, so one undo step. A pointer that stays
// within a small slop of where it pressed is not dragging yet: a tap, or, held long enough, a
// long press that asks for the token's actions.

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "core/board/board.h"
#include "core/input/input_event.h"
#include "core/model/board_geometry.h"

namespace pps {

// How far (px at scale 1) a pointer may wander from its press and still be a tap: a token does
// not move, a panel does not scroll.
inline constexpr float kTapSlop = 12.0f;

// Where things are on screen, as the user last saw them: computed before input is routed.
struct PointerTargets {
  ScreenLayout layout;
  BoardRect board;                               // px
  const std::vector<ChipRect>* chips = nullptr;  // px, per token of the board's sketch, bottom up
  ChipRect remove_zone;   // px: the bin; a token dragged onto it and let go there leaves the board
  // px: what lies over the board (the tokens' cards and keyboards, one a side of the table; an
  // axis card; a side's card of actions); presses there are not the tokens'. Empty rects cover
  // nothing.
  std::array<ChipRect, 10> covered{};
  float slop = kTapSlop;  // px: how far a pointer may wander from its press and still hold still
};

// The index of the topmost chip containing `p` (the last one drawn wins), or -1.
int TopmostAt(const std::vector<ChipRect>& chips, ScreenPoint p);

// The index of the chip a press at `p` (px) takes: on the board, not under what covers it, the
// topmost there; or -1.
int PressedChip(const PointerTargets& targets, ScreenPoint p);

// A token tapped: pressed and let go within the slop, before a long press fired.
struct TokenTap {
  std::string token;  // id; empty when none was
  ScreenPoint at;     // px, where the pointer let go
};

// A pointer held still on a token long enough to ask for the token's actions.
struct LongPress {
  PointerId pointer;
  std::string token;  // id
  ScreenPoint at;     // px, where the pointer is
};

class PointerRouter {
 public:
  static constexpr int kMaxPointers = 32;
  static constexpr double kLongPressSeconds = 0.5;

  // Routes one pointer event. A press on a chip grabs its token (the topmost one there), brings
  // it to the front and keeps the offset between pointer and token; once the pointer has moved
  // past the slop, moves drag it, clamped onto the board; a release leaves it there, or takes it
  // off the board when it was dragged onto the remove zone; a cancel leaves it where it is.
  // Returns true when the event went to a token.
  bool Route(Board& board, const InputEvent& event, const PointerTargets& targets);

  // Call once per frame, after routing the frame's input, with the frame's time in seconds (any
  // clock that goes forward; a hold is timed from the first call after its press). Each pointer
  // that has held its token still for kLongPressSeconds is written to `fired`; it lets go of the
  // token where it is, and its release does nothing; moved past the slop after that, it drags
  // the token after all. Returns how many fired.
  int Tick(Board& board, double now, std::array<LongPress, kMaxPointers>& fired);

  // The token last tapped since the last call, and forgets it. Of several taps, the last one's.
  TokenTap TakeTap() { return std::exchange(tapped_, {}); }

  // Lets go of every token where it is now (before undo, or another board opens).
  void CancelAll(Board& board);

  // The id of the token `pointer` holds, or nullptr.
  const std::string* HeldBy(PointerId pointer) const;

  // Whether any pointer holds a token (a long press that fired holds none).
  bool Any() const;

  // Whether any held token is being dragged: its pointer went past the slop.
  bool Dragging() const;

  // Whether the token `token` (id) is being dragged.
  bool Dragging(const std::string& token) const;

  // Whether the pointer of a dragged token is inside `zone` (px) now.
  bool DraggedOver(const ChipRect& zone) const;

  // The tokens held now, as indices into board.Current().tokens: writes them to `tokens` and
  // returns how many there are.
  int HeldTokens(const Board& board, std::array<int, kMaxPointers>& tokens) const;

 private:
  struct Grab {
    bool used = false;
    bool dragged = false;  // the pointer went past the slop: moves move the token
    bool spent = false;    // a long press fired: the pointer holds nothing until it lifts
    PointerId pointer;
    std::string token;        // id
    BoardPoint offset;        // board units: token position minus pointer position at the press
    ScreenPoint pressed, at;  // px: where the pointer pressed, and is now
    double since = -1.0;      // the frame time of the first Tick after the press; -1 before
    Board::Gesture gesture = Board::kNoGesture;
  };
  Grab* Of(PointerId pointer);
  void Release(Board& board, Grab& grab);

  std::array<Grab, kMaxPointers> grabs_{};
  TokenTap tapped_;
};

}  // namespace pps
