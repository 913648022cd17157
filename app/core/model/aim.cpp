// SPDX-License-Identifier: EUPL-1.2
#include "core/model/aim.h"

#include <algorithm>
#include <cmath>

namespace pps {

// The zwaartepunt is a weighted mean, z = S / W. Seen from the target's quadrant (each coordinate
// multiplied by that quadrant's sign, so that the target lies at u > 0, v > 0), the target is
// reached when S.u >= g W and S.v >= g W. Moving a token of weight w by (du, dv) adds w (du, dv)
// to S and leaves W alone, so each axis is independent: the shortest move covers exactly the
// missing weighted amount on each axis, and it works if the board's edge does not stop it. That
// is closed form, O(1) per token; no search along lines or over the board.

namespace {

constexpr double kEps = 1e-9;
constexpr int kPairCandidates = 64;

// The board seen from the target's quadrant: u and v are positive towards it.
struct Frame {
  int sf = 1, so = 1;
  double U(BoardPoint p) const { return sf * p.formal; }
  double V(BoardPoint p) const { return so * p.outside; }
  BoardPoint Point(double u, double v) const { return {sf * u, so * v}; }
};

// Weighted sums of a set of tokens, in the frame's coordinates.
struct Sums {
  double u = 0.0, v = 0.0, w = 0.0;
  void Add(double weight, double pu, double pv) { u += weight * pu, v += weight * pv, w += weight; }
};

// A plan under consideration, by index; made into an AimPlan only once chosen.
struct Option {
  int changes = 0;  // 0: no option yet
  int moves = 0, adds = 0;
  std::array<int, 2> token{-1, -1};
  std::array<BoardPoint, 2> to{};
  std::array<int, 2> activity{-1, -1};
  int crossings = 0;
  double length = 0.0;
  int foreign_adds = 0;   // additions of an activity of another type than the target
  double firmness = 0.0;  // the smaller of u and v of the zwaartepunt after
  Sums after;
};

// Whether `a` ranks strictly before `b` (see Aim in aim.h); ties keep the one found first.
bool Better(const Option& a, const Option& b) {
  if (b.changes == 0) return a.changes != 0;
  if (a.changes != b.changes) return a.changes < b.changes;
  if (a.adds != b.adds) return a.adds < b.adds;
  if (a.crossings != b.crossings) return a.crossings < b.crossings;
  if (std::abs(a.length - b.length) > kEps) return a.length < b.length;
  if (a.foreign_adds != b.foreign_adds) return a.foreign_adds < b.foreign_adds;
  if (std::abs(a.firmness - b.firmness) > kEps) return a.firmness > b.firmness;
  return false;
}

void Offer(Option& best, const Option& candidate) {
  if (Better(candidate, best)) best = candidate;
}

int Crossings(BoardPoint from, BoardPoint to) {
  return (SideOf(from.formal) != SideOf(to.formal) ? 1 : 0) +
         (SideOf(from.outside) != SideOf(to.outside) ? 1 : 0);
}

// A move of one token by (du, dv) in frame units, added to `o`; false when it goes nowhere.
void AddMove(const Frame& f, const Token& t, int index, double du, double dv, Option& o) {
  const double pu = f.U(t.position), pv = f.V(t.position);
  const BoardPoint to = f.Point(du > 0.0 ? std::min(pu + du, kBoardMax) : pu,
                                dv > 0.0 ? std::min(pv + dv, kBoardMax) : pv);
  o.token[o.moves] = index;
  o.to[o.moves] = to;
  ++o.moves, ++o.changes;
  o.crossings += Crossings(t.position, to);
  o.length += std::hypot(du, dv);
  o.after.u += t.weight * du, o.after.v += t.weight * dv;
}

void Finish(Option& o) {
  o.firmness = std::min(o.after.u, o.after.v) / o.after.w;
}

// The best single move of a token on top of `base` (whose sums hold any change made already).
void OfferMoves(const Frame& f, const std::vector<Token>& tokens, double g, const Option& base,
                Option& best) {
  const double need_u = std::max(0.0, g * base.after.w - base.after.u);
  const double need_v = std::max(0.0, g * base.after.w - base.after.v);
  for (int i = static_cast<int>(tokens.size()) - 1; i >= 0; --i) {  // topmost first
    const Token& t = tokens[i];
    if (!(t.weight > 0.0)) continue;
    const double du = need_u / t.weight, dv = need_v / t.weight;
    if ((need_u > 0.0 && f.U(t.position) + du > kBoardMax + kEps) ||
        (need_v > 0.0 && f.V(t.position) + dv > kBoardMax + kEps))
      continue;  // the board's edge stops it short
    Option o = base;
    AddMove(f, t, i, du, dv, o);
    Finish(o);
    Offer(best, o);
  }
}

// Two moves: `first` goes as far as needed on each axis, or to the board's edge; `second` does
// the rest. The heavier the token the shorter its move, so trying both orders of each pair finds
// the plan that lets the one that moves least per unit of shift do most of it.
void OfferPair(const Frame& f, const std::vector<Token>& tokens, int first, int second,
               double need_u, double need_v, const Option& base, Option& best) {
  const Token& a = tokens[first];
  const Token& b = tokens[second];
  const double au = std::min(std::max(0.0, kBoardMax - f.U(a.position)), need_u / a.weight);
  const double av = std::min(std::max(0.0, kBoardMax - f.V(a.position)), need_v / a.weight);
  double rest_u = need_u - a.weight * au, rest_v = need_v - a.weight * av;
  if (rest_u <= kEps * need_u) rest_u = 0.0;
  if (rest_v <= kEps * need_v) rest_v = 0.0;
  if (rest_u == 0.0 && rest_v == 0.0) return;  // one move: offered already
  if (au <= 0.0 && av <= 0.0) return;          // `first` cannot help
  const double bu = rest_u / b.weight, bv = rest_v / b.weight;
  if ((bu > 0.0 && f.U(b.position) + bu > kBoardMax + kEps) ||
      (bv > 0.0 && f.V(b.position) + bv > kBoardMax + kEps))
    return;
  Option o = base;
  AddMove(f, a, first, au, av, o);
  AddMove(f, b, second, bu, bv, o);
  Finish(o);
  Offer(best, o);
}

void OfferTwoMoves(const Frame& f, const std::vector<Token>& tokens, double g, const Option& base,
                   Option& best) {
  const double need_u = std::max(0.0, g * base.after.w - base.after.u);
  const double need_v = std::max(0.0, g * base.after.w - base.after.v);
  // The candidates: the tokens that can carry most of the missing shift, best first.
  std::array<int, kPairCandidates> pick{};
  std::array<double, kPairCandidates> reach{};
  int count = 0;
  for (int i = static_cast<int>(tokens.size()) - 1; i >= 0; --i) {
    const Token& t = tokens[i];
    if (!(t.weight > 0.0)) continue;
    const double r = std::min(need_u, t.weight * std::max(0.0, kBoardMax - f.U(t.position))) +
                     std::min(need_v, t.weight * std::max(0.0, kBoardMax - f.V(t.position)));
    if (r <= 0.0 || (count == kPairCandidates && r <= reach[count - 1])) continue;
    int at = count < kPairCandidates ? count++ : count - 1;
    for (; at > 0 && reach[at - 1] < r; --at) pick[at] = pick[at - 1], reach[at] = reach[at - 1];
    pick[at] = i, reach[at] = r;
  }
  for (int x = 0; x < count; ++x)
    for (int y = 0; y < count; ++y)
      if (x != y) OfferPair(f, tokens, pick[x], pick[y], need_u, need_v, base, best);
}

// Three moves or more: the tokens that can carry the most of the missing shift, in that order,
// each as far as needed on each axis or to the board's edge, until nothing is missing. Moving
// every token to the target's corner reaches it, so with any weight on the board this ends.
bool FillMoves(const Frame& f, const std::vector<Token>& tokens, double g, const Sums& now,
               AimPlan& plan) {
  double need_u = std::max(0.0, g * now.w - now.u), need_v = std::max(0.0, g * now.w - now.v);
  std::vector<std::pair<double, int>> order;  // (reach, index), only on this rare path
  for (int i = static_cast<int>(tokens.size()) - 1; i >= 0; --i) {
    const Token& t = tokens[i];
    if (!(t.weight > 0.0)) continue;
    const double r = std::min(need_u, t.weight * std::max(0.0, kBoardMax - f.U(t.position))) +
                     std::min(need_v, t.weight * std::max(0.0, kBoardMax - f.V(t.position)));
    if (r > 0.0) order.emplace_back(r, i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  Option o;
  o.after = now;
  for (const auto& [reach, i] : order) {
    if (need_u <= 0.0 && need_v <= 0.0) break;
    const Token& t = tokens[i];
    const double du = std::min(std::max(0.0, kBoardMax - f.U(t.position)), need_u / t.weight);
    const double dv = std::min(std::max(0.0, kBoardMax - f.V(t.position)), need_v / t.weight);
    if (du <= 0.0 && dv <= 0.0) continue;
    o.moves = 0;  // AddMove fills slot 0; the plan takes it from there
    AddMove(f, t, i, du, dv, o);
    AimChange c;
    c.token_id = t.id;
    c.from = t.position;
    c.to = o.to[0];
    plan.changes.push_back(std::move(c));
    need_u -= t.weight * du, need_v -= t.weight * dv;
    if (need_u <= kEps * now.w) need_u = 0.0;
    if (need_v <= kEps * now.w) need_v = 0.0;
  }
  if (need_u > 0.0 || need_v > 0.0) {
    plan.changes.clear();
    return false;
  }
  plan.move_length = o.length;
  plan.crossings = o.crossings;
  plan.zwaartepunt_after = f.Point(o.after.u / o.after.w, o.after.v / o.after.w);
  return true;
}

// Whether adding activity `a` would put it where Board::Add puts it: its usual place is free.
bool PlaceFree(const std::vector<Token>& tokens, const Activity& a) {
  return std::none_of(tokens.begin(), tokens.end(), [&](const Token& t) {
    return t.position.formal == a.token.position.formal &&
           t.position.outside == a.token.position.outside;
  });
}

Option WithAdd(const Frame& f, const Option& base, const Activity& a, int index, PpsType target) {
  Option o = base;
  o.activity[o.adds] = index;
  ++o.adds, ++o.changes;
  o.foreign_adds += a.type == target ? 0 : 1;
  o.after.Add(a.token.weight, f.U(a.token.position), f.V(a.token.position));
  return o;
}

bool Meets(const Option& o, double g) {
  return o.after.w > 0.0 && o.after.u >= g * o.after.w && o.after.v >= g * o.after.w;
}

AimChange MoveChange(const Token& t, BoardPoint to) {
  AimChange c;
  c.kind = AimChangeKind::Move;
  c.token_id = t.id;
  c.from = t.position;
  c.to = to;
  return c;
}

}  // namespace

double StableMargin(const Model& model) {
  return std::max(model.margin, model.reading.moderate);
}

bool Reaches(const Model& model, const Classification& c, PpsType target) {
  return c.type == target && !c.grensgeval && c.axis_distance > StableMargin(model);
}

AimPlan Aim(const Model& model, const std::vector<Token>& tokens,
            const std::vector<Activity>& library, PpsType target) {
  AimPlan plan;
  plan.target = target;
  const TypeInfo& info = model.Of(target);
  const Frame f{info.formal_sign, info.outside_sign};
  Option none;
  for (const Token& t : tokens) none.after.Add(t.weight, f.U(t.position), f.V(t.position));
  const auto zwaartepunt = [&](const Sums& s) {
    return s.w > 0.0 ? f.Point(s.u / s.w, s.v / s.w) : BoardPoint{};
  };
  // Reached: the same arithmetic as Classify (sum / weight), compared as Reaches() does.
  const double threshold = StableMargin(model);
  if (none.after.w > 0.0 && none.after.u / none.after.w > threshold &&
      none.after.v / none.after.w > threshold) {
    plan.status = AimStatus::Reached;
    plan.zwaartepunt_after = zwaartepunt(none.after);
    return plan;
  }
  const double g = threshold + kAimSlack;
  if (g >= kBoardMax) return plan;  // a model whose stable band covers the board

  // The activities that can be added where they belong (at most a library's worth: no heap).
  constexpr int kMaxAdds = 256;
  std::array<int, kMaxAdds> addable{};
  int addable_count = 0;
  for (int k = 0; k < static_cast<int>(library.size()) && addable_count < kMaxAdds; ++k)
    if (library[k].token.weight > 0.0 && PlaceFree(tokens, library[k]))
      addable[addable_count++] = k;

  Option best;
  if (none.after.w > 0.0) OfferMoves(f, tokens, g, none, best);
  for (int n = 0; n < addable_count; ++n) {
    Option o = WithAdd(f, none, library[addable[n]], addable[n], target);
    if (!Meets(o, g)) continue;
    Finish(o);
    Offer(best, o);
  }
  if (best.changes == 0) {
    if (none.after.w > 0.0) OfferTwoMoves(f, tokens, g, none, best);
    if (best.changes == 0)  // a move and an addition
      for (int n = 0; n < addable_count; ++n)
        OfferMoves(f, tokens, g, WithAdd(f, none, library[addable[n]], addable[n], target), best);
    if (best.changes == 0)  // two additions, of two activities at two places
      for (int m = 0; m < addable_count; ++m)
        for (int n = m + 1; n < addable_count; ++n) {
          const Activity& a = library[addable[m]];
          const Activity& b = library[addable[n]];
          if (a.token.position.formal == b.token.position.formal &&
              a.token.position.outside == b.token.position.outside)
            continue;
          Option o = WithAdd(f, WithAdd(f, none, a, addable[m], target), b, addable[n], target);
          if (!Meets(o, g)) continue;
          Finish(o);
          Offer(best, o);
        }
  }
  if (best.changes == 0) {
    if (none.after.w > 0.0 && FillMoves(f, tokens, g, none.after, plan))
      plan.status = plan.changes.size() <= 2 ? AimStatus::TwoChanges : AimStatus::MoreChanges;
    return plan;
  }

  plan.status = best.changes == 1 ? AimStatus::OneChange : AimStatus::TwoChanges;
  for (int n = 0; n < best.adds; ++n) {
    const Activity& a = library[best.activity[n]];
    AimChange c;
    c.kind = AimChangeKind::Add;
    c.token_id = a.token.id;
    c.from = c.to = a.token.position;
    c.activity = best.activity[n];
    plan.changes.push_back(std::move(c));
  }
  for (int n = 0; n < best.moves; ++n)
    plan.changes.push_back(MoveChange(tokens[best.token[n]], best.to[n]));
  plan.zwaartepunt_after = zwaartepunt(best.after);
  plan.move_length = best.length;
  plan.crossings = best.crossings;
  return plan;
}

}  // namespace pps
