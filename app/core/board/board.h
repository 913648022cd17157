// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The board: what is on it, where it came from, the board before it, and how it got there.
// Every change to a sketch is an edit applied here and nowhere else, addressed by token id, and
// each is one undo step (or part of one: a gesture groups the edits of one drag). The revision
// changes when, and only when, the board changes; autosave and views watch it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/aim.h"
#include "core/model/library.h"
#include "core/model/sketch.h"

namespace pps {

// What an undo or redo step changed, to say so on screen: one token and what of it, or the
// board as a whole.
struct StepChange {
  enum class What { Nothing, Board, SketchText, Added, Removed, Moved, Renamed, Noted, Weighed, Several };
  What what = What::Nothing;
  std::string token;  // the token's id, when the step changed one token
  LocalText label;    // ... its label as the board has it now (as it had it, if gone)
  int tokens = 0;     // how many tokens the step changed
};

class Board {
 public:
  using Gesture = int;  // an open undo step, from BeginGesture(); 0 is none
  static constexpr Gesture kNoGesture = 0;
  static constexpr int kMaxSteps = 200;  // the oldest undo steps drop off

  // What is on the board now.
  const Sketch& Current() const { return now_.current.sketch; }
  // The case as opened, for ghosts and Reset; nullptr for one's own sketch.
  const Sketch* Origin() const { return Ptr(now_.current.origin); }
  // The board before the last one opened, if it held work; nullptr otherwise.
  const Sketch* Previous() const { return now_.previous ? &now_.previous->sketch : nullptr; }
  // Changes with every change to the board, undo and redo included.
  std::uint64_t Revision() const { return revision_; }
  // Changes whenever another board is put on (open, reset, back, and undoing those).
  std::uint64_t Opened() const { return opened_; }
  // No gesture is open: the board has settled.
  bool Settled() const { return open_.empty(); }
  // The board holds kMaxTokens, the most a sketch file may hold: nothing more can be added,
  // or no file could hold the board and the app would not read back what it saved.
  bool Full() const { return Current().tokens.size() >= kMaxTokens; }

  // Starts a session on restored boards, with no history. `origin` may be null.
  void Restore(Sketch sketch, const Sketch* origin, std::optional<Sketch> previous,
               const Sketch* previous_origin);

  // Puts `sketch` on the board; `origin` (may be null) is kept for ghosts and Reset. A board that
  // held work (one's own sketch, or a case moved about) becomes the previous one, and what was
  // previous goes to TakeDisplaced(): opening a case never loses what someone made.
  void Open(Sketch sketch, const Sketch* origin);
  // Puts the open case back as it was opened. False, changing nothing, without a case.
  bool Reset();
  // Swaps the board with the previous one. False, changing nothing, when there is none.
  bool Back();

  // Token edits: each one undo step, or part of `gesture`. Each returns false (or an empty id),
  // changing nothing, when the token does not exist or nothing would change; Add and Duplicate
  // also when the board is Full().
  // Puts `token` on top; its id is made unique and it steps aside from a token on the same spot,
  // or (`apart`, kHandPlaced for one put there by hand) one near it.
  std::string Add(Token token, Gesture gesture = kNoGesture, BoardPoint apart = {0.0, 0.0});
  bool Move(std::string_view id, BoardPoint to, Gesture gesture = kNoGesture);  // clamped
  bool Raise(std::string_view id, Gesture gesture = kNoGesture);                // to the front
  bool Remove(std::string_view id, Gesture gesture = kNoGesture);
  bool Rename(std::string_view id, const LocalText& label, Gesture gesture = kNoGesture);
  bool SetWeight(std::string_view id, double weight, Gesture gesture = kNoGesture);  // (0, 100]
  std::string Duplicate(std::string_view id, Gesture gesture = kNoGesture);  // the copy's id,
                                                                             // beside it
  bool SetNote(std::string_view id, const std::string& note, Gesture gesture = kNoGesture);
  // The sketch's own name and description: one undo step.
  bool SetSketchText(const LocalText& name, const LocalText& description);
  // Carries out an aim's plan (core/model/aim.h) as one undo step: its moves, and its additions
  // from `library`. Returns false, changing nothing, when the additions would overfill it.
  bool ApplyAim(const AimPlan& plan, const std::vector<Activity>& library);
  // The file the board's sketch is saved to from now on (saved as, or kept as a copy): not an
  // edit of the sketch, so no undo step, and the revision stays.
  void SetFile(std::string file) { now_.current.sketch.file = std::move(file); }

  // Opens an undo step that the edits given it join; EndGesture() closes it. One that changed
  // nothing, or only brought tokens to the front (a tap), leaves no step and keeps redo.
  Gesture BeginGesture();
  void EndGesture(Gesture gesture);

  // Undo and redo whole steps. False, changing nothing, when there is none, a gesture is open,
  // or the step would put more than kMaxTokens on the board (a history file made elsewhere).
  bool Undo();
  bool Redo();
  bool CanUndo() const { return open_.empty() && !undo_.empty(); }
  // What the last Undo() or Redo() that did something changed.
  const StepChange& Stepped() const { return stepped_; }
  bool CanRedo() const { return open_.empty() && !redo_.empty(); }

  // The index of the token with `id` in sketch().tokens (bottom to top), or -1.
  int Find(std::string_view id) const;

  // Boards pushed out of previous() since the last call, oldest first, for autosave to keep.
  std::vector<Sketch> TakeDisplaced();

 private:
  friend struct HistoryAccess;  // core/board/board_history: saves and restores undo_ and redo_

  struct Entry {
    Sketch sketch;
    std::optional<Sketch> origin;
  };
  struct State {
    Entry current;
    std::optional<Entry> previous;
  };
  // One token as it was or became: absent, or at place `z` from the bottom.
  struct TokenAt {
    std::optional<Token> token;
    int z = 0;
  };
  struct SketchText {
    LocalText name, description;
  };
  // One change: of one token, of the whole board (`board_before` set), or of the sketch's name
  // and description (`text_before` set).
  struct Op {
    std::string id;
    TokenAt before, after;
    std::optional<State> board_before, board_after;
    std::optional<SketchText> text_before, text_after;
  };
  struct Step {
    std::vector<Op> ops;
    std::uint64_t order = 0;  // when it began: concurrent drags are undone latest-begun first
  };

  static const Sketch* Ptr(const std::optional<Sketch>& s) { return s ? &*s : nullptr; }
  void Replace(State next);
  void Record(Gesture gesture, Op op);
  Op* Recorded(Gesture gesture, std::string_view id);
  void Put(const std::string& id, const TokenAt& at);
  void Apply(const Op& op, bool forward);
  template <typename Change>
  bool ChangeToken(std::string_view id, Gesture gesture, Change change);
  void PushStep(Step step);
  std::size_t TokensAfter(const Step& step, bool forward) const;

  State now_;
  // What `step` changed, undone (`forward` false) or done.
  static StepChange ChangeOf(const Step& step, bool forward);

  std::uint64_t revision_ = 0, opened_ = 0;
  std::vector<Step> undo_, redo_;
  StepChange stepped_;
  std::vector<std::pair<Gesture, Step>> open_;
  Gesture next_gesture_ = 1;
  std::uint64_t next_order_ = 0;
  std::vector<Sketch> displaced_;
  mutable std::array<int, 16> hints_{};  // indices Find() returned lately; checked first
  mutable std::size_t next_hint_ = 0;
};

// The tokens after `plan`, carried out on a board of their own: for --aim and tests.
std::vector<Token> TokensAfterAim(const AimPlan& plan, const std::vector<Token>& tokens,
                                  const std::vector<Activity>& library);

}  // namespace pps
