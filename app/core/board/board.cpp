// SPDX-License-Identifier: EUPL-1.2
#include "core/board/board.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

namespace pps {

namespace {

// A board holds work when it has tokens that are not simply a case as it was opened.
bool HeldWork(const Sketch& sketch, const std::optional<Sketch>& origin) {
  return !sketch.tokens.empty() && (!origin || !SameTokens(sketch, *origin));
}

std::optional<Sketch> Copy(const Sketch* s) {
  return s ? std::optional<Sketch>(*s) : std::nullopt;
}

}  // namespace

void Board::Restore(Sketch sketch, const Sketch* origin, std::optional<Sketch> previous,
                    const Sketch* previous_origin) {
  now_.current = {std::move(sketch), Copy(origin)};
  now_.previous.reset();
  if (previous) now_.previous = Entry{std::move(*previous), Copy(previous_origin)};
  undo_.clear();
  redo_.clear();
  open_.clear();
  ++revision_;
  ++opened_;
}

void Board::Open(Sketch sketch, const Sketch* origin) {
  State next;
  next.current = {std::move(sketch), Copy(origin)};
  if (HeldWork(now_.current.sketch, now_.current.origin)) {
    if (now_.previous) displaced_.push_back(now_.previous->sketch);
    next.previous = now_.current;
  } else {
    next.previous = now_.previous;
  }
  Replace(std::move(next));
}

bool Board::Reset() {
  if (!now_.current.origin) return false;
  const Sketch original = *now_.current.origin;
  Open(original, &original);
  return true;
}

bool Board::Back() {
  if (!now_.previous) return false;
  State next;
  next.current = *now_.previous;
  if (HeldWork(now_.current.sketch, now_.current.origin)) next.previous = now_.current;
  Replace(std::move(next));
  return true;
}

std::string Board::Add(Token token, Gesture gesture, BoardPoint apart) {
  if (Full()) return {};
  const int z = AddToken(now_.current.sketch, std::move(token), apart);
  const Token& added = now_.current.sketch.tokens[static_cast<std::size_t>(z)];
  Record(gesture, Op{added.id, {}, {added, z}, {}, {}, {}, {}});
  return added.id;
}

bool Board::Move(std::string_view id, BoardPoint to, Gesture gesture) {
  const BoardPoint p = ClampToBoard(to);
  return ChangeToken(id, gesture, [&](Token& t) {
    if (t.position.formal == p.formal && t.position.outside == p.outside) return false;
    t.position = p;
    return true;
  });
}

bool Board::Raise(std::string_view id, Gesture gesture) {
  std::vector<Token>& tokens = now_.current.sketch.tokens;
  const int z = Find(id), top = static_cast<int>(tokens.size()) - 1;
  if (z < 0 || z == top) return false;
  std::rotate(tokens.begin() + z, tokens.begin() + z + 1, tokens.end());
  Record(gesture, Op{tokens.back().id, {tokens.back(), z}, {tokens.back(), top}, {}, {}, {}, {}});
  return true;
}

bool Board::Remove(std::string_view id, Gesture gesture) {
  std::vector<Token>& tokens = now_.current.sketch.tokens;
  const int z = Find(id);
  if (z < 0) return false;
  const Token& removed = tokens[static_cast<std::size_t>(z)];
  Op op{removed.id, {removed, z}, {}, {}, {}, {}, {}};
  tokens.erase(tokens.begin() + z);
  Record(gesture, std::move(op));
  return true;
}

bool Board::Rename(std::string_view id, const LocalText& label, Gesture gesture) {
  return ChangeToken(id, gesture, [&](Token& t) {
    if (t.label.nl == label.nl && t.label.en == label.en) return false;
    t.label = label;
    return true;
  });
}

bool Board::SetWeight(std::string_view id, double weight, Gesture gesture) {
  if (!(weight > 0.0 && weight <= 100.0)) return false;
  return ChangeToken(id, gesture, [&](Token& t) {
    if (t.weight == weight) return false;
    t.weight = weight;
    return true;
  });
}

bool Board::ApplyAim(const AimPlan& plan, const std::vector<Activity>& library) {
  const auto adds = [](const AimChange& c) { return c.kind != AimChangeKind::Move; };
  const std::size_t added =
      static_cast<std::size_t>(std::count_if(plan.changes.begin(), plan.changes.end(), adds));
  if (Current().tokens.size() + added > kMaxTokens) return false;
  const Gesture gesture = BeginGesture();
  for (const AimChange& change : plan.changes) {
    if (change.kind == AimChangeKind::Move) Move(change.token_id, change.to, gesture);
    else if (change.activity >= 0 && static_cast<std::size_t>(change.activity) < library.size())
      Add(library[static_cast<std::size_t>(change.activity)].token, gesture);
  }
  EndGesture(gesture);
  return true;
}

bool Board::SetNote(std::string_view id, const std::string& note, Gesture gesture) {
  return ChangeToken(id, gesture, [&](Token& t) {
    if (t.note == note) return false;
    t.note = note;
    return true;
  });
}

bool Board::SetSketchText(const LocalText& name, const LocalText& description) {
  Sketch& s = now_.current.sketch;
  if (s.name == name && s.description == description) return false;
  Op op;
  op.text_before = SketchText{s.name, s.description};
  op.text_after = SketchText{name, description};
  s.name = name;
  s.description = description;
  Record(kNoGesture, std::move(op));
  return true;
}

std::string Board::Duplicate(std::string_view id, Gesture gesture) {
  const int z = Find(id);
  if (z < 0) return {};
  return Add(now_.current.sketch.tokens[static_cast<std::size_t>(z)], gesture, kHandPlaced);
}

Board::Gesture Board::BeginGesture() {
  open_.emplace_back(next_gesture_, Step{{}, next_order_++});
  return next_gesture_++;
}

void Board::EndGesture(Gesture gesture) {
  const auto it =
      std::find_if(open_.begin(), open_.end(), [&](const auto& g) { return g.first == gesture; });
  if (it == open_.end()) return;
  // A token dragged back to where it was, and at its place in the stack, changed nothing.
  std::vector<Op>& ops = it->second.ops;
  const auto same_token = [](const Op& op) {
    return !op.board_before && !op.text_before && op.before.token && op.after.token &&
           SameToken(*op.before.token, *op.after.token);
  };
  ops.erase(std::remove_if(ops.begin(), ops.end(),
                           [&](const Op& op) { return same_token(op) && op.before.z == op.after.z; }),
            ops.end());
  // A gesture that only brought tokens to the front (a tap or a long press on a token, to read
  // its card) is no step: undo and redo stay as they were.
  if (!std::all_of(ops.begin(), ops.end(), same_token)) {
    redo_.clear();
    PushStep(std::move(it->second));
  }
  open_.erase(it);
}

// How many tokens the board holds once `step` is applied forward (redo) or backward (undo).
std::size_t Board::TokensAfter(const Step& step, bool forward) const {
  std::size_t n = Current().tokens.size();
  const auto apply = [&](const Op& op) {
    if (op.board_before) {
      n = (forward ? op.board_after : op.board_before)->current.sketch.tokens.size();
      return;
    }
    const bool had = (forward ? op.before : op.after).token.has_value();
    const bool has = (forward ? op.after : op.before).token.has_value();
    n = n + (has ? 1 : 0) - (had && n > 0 ? 1 : 0);
  };
  if (forward) std::for_each(step.ops.begin(), step.ops.end(), apply);
  else std::for_each(step.ops.rbegin(), step.ops.rend(), apply);
  return n;
}

bool Board::Undo() {
  if (!CanUndo() || TokensAfter(undo_.back(), false) > kMaxTokens) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  for (auto op = step.ops.rbegin(); op != step.ops.rend(); ++op) Apply(*op, false);
  stepped_ = ChangeOf(step, false);
  redo_.push_back(std::move(step));
  ++revision_;
  return true;
}

bool Board::Redo() {
  if (!CanRedo() || TokensAfter(redo_.back(), true) > kMaxTokens) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  for (const Op& op : step.ops) Apply(op, true);
  stepped_ = ChangeOf(step, true);
  undo_.push_back(std::move(step));
  ++revision_;
  return true;
}

int Board::Find(std::string_view id) const {
  const std::vector<Token>& tokens = now_.current.sketch.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int hint : hints_)
    if (hint < n && tokens[static_cast<std::size_t>(hint)].id == id) return hint;
  for (int i = 0; i < n; ++i) {
    if (tokens[static_cast<std::size_t>(i)].id != id) continue;
    hints_[next_hint_++ % hints_.size()] = i;
    return i;
  }
  return -1;
}

std::vector<Sketch> Board::TakeDisplaced() {
  return std::exchange(displaced_, {});
}

template <typename Change>
bool Board::ChangeToken(std::string_view id, Gesture gesture, Change change) {
  const int z = Find(id);
  if (z < 0) return false;
  Token& t = now_.current.sketch.tokens[static_cast<std::size_t>(z)];
  // Within a gesture, a token's edits fold into one: a drag of a hundred moves is one change,
  // and following it allocates nothing.
  if (Op* earlier = gesture ? Recorded(gesture, id) : nullptr; earlier && earlier->after.token) {
    if (!change(t)) return false;
    *earlier->after.token = t;
    earlier->after.z = z;
    ++revision_;
    return true;
  }
  Token before = t;
  if (!change(t)) return false;
  Record(gesture, Op{t.id, {std::move(before), z}, {t, z}, {}, {}, {}, {}});
  return true;
}

void Board::Replace(State next) {
  // Drags still open end here: their steps come before this one, on the board they moved.
  for (auto& [gesture, step] : open_)
    if (!step.ops.empty()) PushStep(std::move(step));
  open_.clear();
  Op op;
  op.board_before = std::move(now_);
  op.board_after = next;
  now_ = std::move(next);
  ++opened_;
  Record(kNoGesture, std::move(op));
}

void Board::Record(Gesture gesture, Op op) {
  ++revision_;
  // A gesture's edits clear what could be redone once it ends as a step (EndGesture).
  for (auto& [g, step] : open_) {
    if (g != gesture || gesture == kNoGesture) continue;
    step.ops.push_back(std::move(op));
    return;
  }
  redo_.clear();
  Step step{{}, next_order_++};
  step.ops.push_back(std::move(op));
  PushStep(std::move(step));
}

Board::Op* Board::Recorded(Gesture gesture, std::string_view id) {
  for (auto& [g, step] : open_) {
    if (g != gesture) continue;
    for (auto op = step.ops.rbegin(); op != step.ops.rend(); ++op)
      if (!op->board_before && !op->text_before && op->id == id) return &*op;
  }
  return nullptr;
}

void Board::Put(const std::string& id, const TokenAt& at) {
  std::vector<Token>& tokens = now_.current.sketch.tokens;
  if (const int z = Find(id); z >= 0) tokens.erase(tokens.begin() + z);
  if (!at.token) return;
  const int z = std::clamp(at.z, 0, static_cast<int>(tokens.size()));
  tokens.insert(tokens.begin() + z, *at.token);
}

void Board::Apply(const Op& op, bool forward) {
  if (op.board_before) {
    now_ = forward ? *op.board_after : *op.board_before;
    ++opened_;
    return;
  }
  if (op.text_before) {
    const SketchText& text = forward ? *op.text_after : *op.text_before;
    now_.current.sketch.name = text.name;
    now_.current.sketch.description = text.description;
    return;
  }
  Put(op.id, forward ? op.after : op.before);
}

StepChange Board::ChangeOf(const Step& step, bool forward) {
  StepChange change;
  std::vector<std::string_view> ids;
  for (const Op& op : step.ops) {
    if (op.board_before) return {StepChange::What::Board, "", {}, 0};
    if (op.text_before) return {StepChange::What::SketchText, "", {}, 0};
    if (std::find(ids.begin(), ids.end(), op.id) == ids.end()) ids.push_back(op.id);
  }
  change.tokens = static_cast<int>(ids.size());
  if (ids.size() != 1) {
    change.what = ids.empty() ? StepChange::What::Nothing : StepChange::What::Several;
    return change;
  }
  // One token, perhaps in several edits of one gesture: from before the first to after the last.
  const TokenAt& before = step.ops.front().before;
  const TokenAt& after = step.ops.back().after;
  if (!before.token && !after.token) return {StepChange::What::Nothing, "", {}, 0};
  change.token = step.ops.front().id;
  const TokenAt& now = forward ? after : before;  // as the board shows it after the step
  change.label = (now.token ? *now.token : forward ? *before.token : *after.token).label;
  using W = StepChange::What;
  if (!before.token || !after.token) {
    change.what = before.token ? W::Removed : W::Added;
  } else {
    const Token &a = *before.token, &b = *after.token;
    change.what = a.label.nl != b.label.nl || a.label.en != b.label.en ? W::Renamed
                  : a.note != b.note                                  ? W::Noted
                  : a.weight != b.weight                              ? W::Weighed
                                                                      : W::Moved;
  }
  return change;
}

void Board::PushStep(Step step) {
  // In the order the steps began: two drags at once are undone in reverse of how they began,
  // so each puts its token back into the stack as it was.
  auto at = undo_.end();
  while (at != undo_.begin() && std::prev(at)->order > step.order) --at;
  undo_.insert(at, std::move(step));
  if (static_cast<int>(undo_.size()) > kMaxSteps) undo_.erase(undo_.begin());
}

std::vector<Token> TokensAfterAim(const AimPlan& plan, const std::vector<Token>& tokens,
                                  const std::vector<Activity>& library) {
  Sketch sketch;
  sketch.tokens = tokens;
  Board board;
  board.Open(std::move(sketch), nullptr);
  board.ApplyAim(plan, library);
  return board.Current().tokens;
}

}  // namespace pps
