// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>

#include "core/board/board.h"
#include "core/model/aim.h"
#include "core/model/content.h"

using namespace pps;

namespace {

const Model kModel = DefaultModel();  // margin 0.1, reading.moderate 0.15: aims at 0.16

const Content& Shipped() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content;
}

Token Tok(const std::string& id, double formal, double outside, double weight = 1.0) {
  Token t;
  t.id = id;
  t.label.nl = id;
  t.position = {formal, outside};
  t.weight = weight;
  return t;
}

Activity Act(const std::string& id, PpsType type, double formal, double outside,
             double weight = 1.0) {
  return {type, Tok(id, formal, outside, weight)};
}

// Applies the plan to a copy and classifies it: what the board will show after the edits.
Classification After(const Model& m, const AimPlan& plan, const std::vector<Token>& tokens,
                     const std::vector<Activity>& library) {
  return Classify(m, TokensAfterAim(plan, tokens, library));
}

// The plan reaches its target when applied, and its prediction is what Classify says.
void CheckPlanWorks(const Model& m, const AimPlan& plan, const std::vector<Token>& tokens,
                    const std::vector<Activity>& library) {
  const Classification c = After(m, plan, tokens, library);
  CHECK(Reaches(m, c, plan.target));
  CHECK_FALSE(c.grensgeval);
  CHECK(c.axis_distance > StableMargin(m));
  CHECK(c.zwaartepunt.formal == Approx(plan.zwaartepunt_after.formal).margin(1e-9));
  CHECK(c.zwaartepunt.outside == Approx(plan.zwaartepunt_after.outside).margin(1e-9));
}

const char* StatusName(AimStatus s) {
  switch (s) {
    case AimStatus::Reached:
      return "reached";
    case AimStatus::OneChange:
      return "one change";
    case AimStatus::TwoChanges:
      return "two changes";
    case AimStatus::MoreChanges:
      return "more changes";
    case AimStatus::OutOfReach:
      return "out of reach";
  }
  return "?";
}

}  // namespace

TEST_CASE("the stable margin is the larger of the grensgeval margin and the fragile threshold") {
  CHECK(StableMargin(kModel) == Approx(0.15));
  Model wide = kModel;
  wide.margin = 0.2;
  CHECK(StableMargin(wide) == Approx(0.2));
  // Just outside the grensgeval band, the sidebar still calls it fragile: not reached.
  const Classification fragile = Classify(kModel, {Tok("a", 0.12, -0.5)});
  CHECK_FALSE(fragile.grensgeval);
  CHECK(StabilityOf(kModel, fragile) == Stability::Fragile);
  CHECK_FALSE(Reaches(kModel, fragile, PpsType::Opleider));
  CHECK(Reaches(kModel, Classify(kModel, {Tok("a", 0.151, -0.5)}), PpsType::Opleider));
  CHECK_FALSE(Reaches(kModel, Classify(kModel, {Tok("a", 0.151, -0.5)}), PpsType::Ondernemer));
}

TEST_CASE("one token away: the token that stays in its quadrant goes exactly far enough") {
  // Hand-worked: zwaartepunt formal (-0.6 - 0.2 + 0.5 + 0.1) / 4 = -0.05, an Ontwikkelaar
  // grensgeval. For Opleider the formal sum must reach 0.16 * 4 = 0.64: 0.84 more, so one token
  // of weight 1 moves 0.84 formal. "a" and "b" would cross to the formal side, "c" would leave
  // the board (0.5 + 0.84 > 1); "d" goes from 0.1 to 0.94 and stays where it was.
  const std::vector<Token> tokens = {Tok("a", -0.6, -0.5), Tok("b", -0.2, -0.4),
                                     Tok("c", 0.5, -0.5), Tok("d", 0.1, -0.6)};
  REQUIRE(Classify(kModel, tokens).type == PpsType::Ontwikkelaar);
  const AimPlan plan = Aim(kModel, tokens, {}, PpsType::Opleider);
  REQUIRE(plan.status == AimStatus::OneChange);
  REQUIRE(plan.changes.size() == 1);
  const AimChange& move = plan.changes[0];
  CHECK(move.kind == AimChangeKind::Move);
  CHECK(move.token_id == "d");
  CHECK(move.from.formal == Approx(0.1));
  CHECK(move.to.formal == Approx(0.94));
  CHECK(move.to.outside == Approx(-0.6));
  CHECK(plan.crossings == 0);
  CHECK(plan.move_length == Approx(0.84));
  CHECK(plan.zwaartepunt_after.formal == Approx(0.16));
  CheckPlanWorks(kModel, plan, tokens, {});
}

TEST_CASE("one token away: the heavier token moves least") {
  // Formal sum 0.4 + 0.3 - 0.6 = 0.1 of weight 4: an Opleider grensgeval (0.025). It needs
  // 0.64 - 0.1 = 0.54 more: "a" (weight 2) moves 0.27, "b" and "c" would move 0.54.
  const std::vector<Token> tokens = {Tok("a", 0.2, -0.5, 2.0), Tok("b", 0.3, -0.5),
                                     Tok("c", -0.6, -0.5)};
  const AimPlan plan = Aim(kModel, tokens, {}, PpsType::Opleider);
  REQUIRE(plan.status == AimStatus::OneChange);
  CHECK(plan.changes[0].token_id == "a");
  CHECK(plan.changes[0].to.formal == Approx(0.47));
  CHECK(plan.move_length == Approx(0.27));
  CheckPlanWorks(kModel, plan, tokens, {});
}

TEST_CASE("the right type but fragile is not reached: one change makes it stable") {
  // Zwaartepunt (0.13, -0.5): Opleider, outside the grensgeval band, but fragile.
  const std::vector<Token> tokens = {Tok("a", 0.13, -0.5)};
  const Classification c = Classify(kModel, tokens);
  REQUIRE(c.type == PpsType::Opleider);
  REQUIRE_FALSE(c.grensgeval);
  const AimPlan plan = Aim(kModel, tokens, {}, PpsType::Opleider);
  REQUIRE(plan.status == AimStatus::OneChange);
  CHECK(plan.changes[0].to.formal == Approx(0.16));
  CheckPlanWorks(kModel, plan, tokens, {});
}

TEST_CASE("target already met: no change") {
  const std::vector<Token> tokens = {Tok("a", 0.5, -0.5), Tok("b", 0.3, -0.2)};
  const AimPlan plan = Aim(kModel, tokens, {}, PpsType::Opleider);
  CHECK(plan.status == AimStatus::Reached);
  CHECK(plan.changes.empty());
  CHECK(plan.zwaartepunt_after.formal == Approx(0.4));
  // Every case study aimed at its own type: reached, except where its type is fragile (the
  // zwaartepunt nearer an axis than the model's "moderate"); there one change makes it stable.
  // Three are fragile since the content review (issue 20) took the placements the publication
  // does not support out: Topcentrum (formal 0.13), CIV M&P (outside 0.14), CIVIL (formal 0.14).
  const std::set<std::string> fragile = {"topcentrum-autoschadeherstel",
                                         "civ-maintenance-procestechniek", "civil"};
  const Content& content = Shipped();
  for (const Sketch& s : content.cases) {
    INFO(s.id);
    const AimPlan own = Aim(content.model, s.tokens, content.library, *s.published_type);
    if (fragile.count(s.id) == 0) {
      CHECK(own.status == AimStatus::Reached);
      CHECK(own.changes.empty());
    } else {
      CHECK(own.status == AimStatus::OneChange);
      CheckPlanWorks(content.model, own, s.tokens, content.library);
    }
  }
}

TEST_CASE("an empty board: one library activity of the target type") {
  const Content& content = Shipped();
  for (PpsType target : kAllTypes) {
    INFO(TypeId(target));
    const AimPlan plan = Aim(content.model, {}, content.library, target);
    REQUIRE(plan.status == AimStatus::OneChange);
    REQUIRE(plan.changes.size() == 1);
    const AimChange& add = plan.changes[0];
    CHECK(add.kind == AimChangeKind::Add);
    REQUIRE(add.activity >= 0);
    CHECK(content.library[add.activity].type == target);
    CHECK(add.token_id == content.library[add.activity].token.id);
    CheckPlanWorks(content.model, plan, {}, content.library);
  }
}

TEST_CASE("cannot be done in one change: two moves, and the plan works") {
  // Hand-worked: formal sum -1.5 of weight 3; Opleider needs 0.48, so 1.98 more. One token of
  // weight 1 moves formal at most from -0.6 to 1 (1.6): no single move does it, and the one
  // activity (weight 1 at 0.6) brings the sum to -0.9 of 4. Two moves do: 1.98 in all, one of
  // them across the formal axis (the three tokens together have only 1.5 left on their side).
  const std::vector<Token> tokens = {Tok("a", -0.5, -0.5), Tok("b", -0.6, -0.5),
                                     Tok("c", -0.4, -0.6)};
  const std::vector<Activity> library = {Act("les", PpsType::Opleider, 0.6, -0.5)};
  const AimPlan plan = Aim(kModel, tokens, library, PpsType::Opleider);
  REQUIRE(plan.status == AimStatus::TwoChanges);
  REQUIRE(plan.changes.size() == 2);
  CHECK(plan.changes[0].kind == AimChangeKind::Move);
  CHECK(plan.changes[1].kind == AimChangeKind::Move);
  CHECK(plan.changes[0].token_id != plan.changes[1].token_id);
  CHECK(plan.crossings == 1);
  CHECK(plan.move_length == Approx(1.98));
  CheckPlanWorks(kModel, plan, tokens, library);
}

TEST_CASE("cannot be done in one change: a heavy activity and a short move") {
  // Four tokens of weight 1/2 at formal -1: sum -2 of 2. One move reaches at most -1; two at
  // most 0 (need 0.32); adding "big" (weight 3 at 0.9) gives 0.7 of 5 = 0.14. Adding it and
  // moving one token 0.2 gives 0.8 of 5 = 0.16.
  std::vector<Token> tokens;
  for (int i = 0; i < 4; ++i) tokens.push_back(Tok("t" + std::to_string(i), -1.0, 0.5, 0.5));
  const std::vector<Activity> library = {Act("small", PpsType::Ondernemer, 0.6, 0.6),
                                         Act("big", PpsType::Ondernemer, 0.9, 0.9, 3.0)};
  const AimPlan plan = Aim(kModel, tokens, library, PpsType::Ondernemer);
  REQUIRE(plan.status == AimStatus::TwoChanges);
  REQUIRE(plan.changes.size() == 2);
  CHECK(plan.changes[0].kind == AimChangeKind::Add);
  CHECK(plan.changes[0].activity == 1);
  CHECK(plan.changes[1].kind == AimChangeKind::Move);
  CHECK(plan.changes[1].to.formal == Approx(-0.8));
  CHECK(plan.crossings == 0);
  CheckPlanWorks(kModel, plan, tokens, library);
}

TEST_CASE("cannot be done in one change: two additions, the target's own first") {
  // Six tokens of weight 1/2 at formal -1: sum -3 of 3. Two moves reach -1; a move and "big"
  // reach -0.3 + 1 of 6 (need 0.96); two big activities reach 2.1 of 9 = 0.233.
  std::vector<Token> tokens;
  for (int i = 0; i < 6; ++i) tokens.push_back(Tok("t" + std::to_string(i), -1.0, 0.5, 0.5));
  const std::vector<Activity> library = {Act("other", PpsType::Opleider, 0.95, 0.3, 3.0),
                                         Act("big", PpsType::Ondernemer, 0.9, 0.9, 3.0),
                                         Act("bigger", PpsType::Ondernemer, 0.8, 0.8, 3.0)};
  const AimPlan plan = Aim(kModel, tokens, library, PpsType::Ondernemer);
  REQUIRE(plan.status == AimStatus::TwoChanges);
  REQUIRE(plan.changes.size() == 2);
  CHECK(plan.changes[0].kind == AimChangeKind::Add);
  CHECK(plan.changes[1].kind == AimChangeKind::Add);
  CHECK(plan.changes[0].activity == 1);
  CHECK(plan.changes[1].activity == 2);
  CheckPlanWorks(kModel, plan, tokens, library);
}

TEST_CASE("cannot be done in two changes: heavy tokens deep in the opposite quadrant") {
  // Six tokens of weight 3 near (-0.8, -0.8): sum -14.4 of 18 on each axis. Ondernemer needs
  // 0.16 * 18 + 14.4 = 17.28 more on each; two moves bring at most 2 * 3 * 1.8 = 10.8, and the
  // activities weigh 1. Moving tokens to the corner, 5.4 each, takes four of them.
  std::vector<Token> tokens;
  for (int i = 0; i < 6; ++i)
    tokens.push_back(Tok("t" + std::to_string(i), -0.8 + 0.01 * i, -0.8, 3.0));
  const Content& content = Shipped();
  const AimPlan plan = Aim(content.model, tokens, content.library, PpsType::Ondernemer);
  REQUIRE(plan.status == AimStatus::MoreChanges);
  CHECK(plan.changes.size() == 4);
  for (const AimChange& c : plan.changes) CHECK(c.kind == AimChangeKind::Move);
  CheckPlanWorks(content.model, plan, tokens, content.library);
  // Aimed at a neighbour across one axis: 0.16 * 18 + 14.4 on one axis only; still three.
  const AimPlan neighbour = Aim(content.model, tokens, content.library, PpsType::Opleider);
  CHECK(neighbour.status == AimStatus::MoreChanges);
  CHECK(neighbour.changes.size() == 4);
  CheckPlanWorks(content.model, neighbour, tokens, content.library);
}

TEST_CASE("out of reach: an empty board without a fitting activity; a model with no room") {
  const std::vector<Activity> library = {Act("x", PpsType::Opleider, 0.6, -0.6)};
  const AimPlan plan = Aim(kModel, {}, library, PpsType::Katalysator);
  CHECK(plan.status == AimStatus::OutOfReach);
  CHECK(plan.changes.empty());
  CHECK(Aim(kModel, {}, library, PpsType::Opleider).status == AimStatus::OneChange);
  Model cramped = kModel;
  cramped.reading.moderate = 0.995;  // aims at 1.005: off the board
  CHECK(Aim(cramped, {Tok("a", -0.5, -0.5)}, library, PpsType::Opleider).status ==
        AimStatus::OutOfReach);
}

TEST_CASE("an activity whose place is taken is not suggested") {
  const std::vector<Activity> library = {Act("x", PpsType::Opleider, 0.6, -0.6),
                                         Act("y", PpsType::Opleider, 0.5, -0.5)};
  // The board holds "x" at its place already, alone on the other side: adding "x" again would
  // be set aside by Board::Add, so "y" is added (or "x" is moved).
  const std::vector<Token> tokens = {Tok("x", 0.6, -0.6)};
  const AimPlan plan = Aim(kModel, tokens, library, PpsType::Opleider);
  CHECK(plan.status == AimStatus::Reached);
  const std::vector<Token> far = {Tok("x", 0.6, -0.6), Tok("z", -0.9, 0.9, 2.0)};
  const AimPlan add = Aim(kModel, far, library, PpsType::Opleider);
  REQUIRE(!add.changes.empty());
  for (const AimChange& c : add.changes)
    if (c.kind == AimChangeKind::Add) CHECK(c.token_id == "y");
  CheckPlanWorks(kModel, add, far, library);
}

TEST_CASE("every case study aimed at each other type: a plan whose result is that type") {
  const Content& content = Shipped();
  REQUIRE(content.cases.size() == 9);
  int counts[5] = {};
  for (const Sketch& s : content.cases)
    for (PpsType target : kAllTypes) {
      if (target == *s.published_type) continue;
      INFO(s.id << " -> " << TypeId(target));
      const AimPlan plan = Aim(content.model, s.tokens, content.library, target);
      INFO(StatusName(plan.status));
      REQUIRE(plan.status != AimStatus::Reached);
      REQUIRE(plan.status != AimStatus::OutOfReach);
      CHECK(plan.changes.size() == (plan.status == AimStatus::OneChange    ? 1u
                                    : plan.status == AimStatus::TwoChanges ? 2u
                                                                           : plan.changes.size()));
      if (plan.status == AimStatus::MoreChanges) CHECK(plan.changes.size() >= 3);
      ++counts[static_cast<int>(plan.status)];
      CheckPlanWorks(content.model, plan, s.tokens, content.library);
      // Suggested, not done: the case is as it was.
      CHECK(Classify(content.model, s.tokens).type == s.published_type);
    }
  // As computed when this was written: most cases are one change from each other type.
  CHECK(counts[static_cast<int>(AimStatus::OneChange)] > 0);
  UNSCOPED_INFO("one " << counts[1] << ", two " << counts[2] << ", more " << counts[3]);
}

TEST_CASE("one change is said impossible only when no place on a fine grid works") {
  // A brute force over every token at every point of a 101x101 grid and every activity, against
  // the same aim (StableMargin + kAimSlack), on random sketches: the closed form must find a
  // single change whenever the grid does, never a longer move than the grid's best among moves
  // that cross no more axes, and every plan it gives must work (two-change plans included).
  std::mt19937 random(13);
  std::uniform_real_distribution<double> place(-1.0, 1.0);
  std::uniform_int_distribution<int> count(1, 8);
  const double weights[] = {0.5, 1.0, 1.5, 2.0, 3.0};
  std::uniform_int_distribution<int> weight(0, 4);
  const std::vector<Activity> library = {
      Act("o1", PpsType::Ontwikkelaar, -0.5, -0.45), Act("o2", PpsType::Opleider, 0.55, -0.6),
      Act("k", PpsType::Katalysator, -0.4, 0.7), Act("e", PpsType::Ondernemer, 0.65, 0.5)};
  const double aim = StableMargin(kModel) + kAimSlack;
  int checked_one = 0, checked_none = 0;
  for (int round = 0; round < 150; ++round) {
    std::vector<Token> tokens;
    const int n = count(random);
    for (int i = 0; i < n; ++i)
      tokens.push_back(
          Tok("t" + std::to_string(i), place(random), place(random), weights[weight(random)]));
    for (PpsType target : kAllTypes) {
      const AimPlan plan = Aim(kModel, tokens, library, target);
      if (plan.status == AimStatus::Reached) continue;
      const TypeInfo& info = kModel.Of(target);
      double sum_f = 0.0, sum_o = 0.0, total = 0.0;
      for (const Token& t : tokens)
        sum_f += t.weight * t.position.formal, sum_o += t.weight * t.position.outside,
            total += t.weight;
      const auto works = [&](double f, double o) {
        return info.formal_sign * f >= aim - 1e-12 && info.outside_sign * o >= aim - 1e-12;
      };
      bool grid_found = false;
      double grid_best = 1e9;  // among moves that cross no more axes than the plan's
      for (const Token& t : tokens)
        for (int x = 0; x <= 100; ++x)
          for (int y = 0; y <= 100; ++y) {
            const BoardPoint q{-1.0 + 0.02 * x, -1.0 + 0.02 * y};
            const double f = (sum_f + t.weight * (q.formal - t.position.formal)) / total;
            const double o = (sum_o + t.weight * (q.outside - t.position.outside)) / total;
            if (!works(f, o)) continue;
            grid_found = true;
            const int crossings = (SideOf(q.formal) != SideOf(t.position.formal)) +
                                  (SideOf(q.outside) != SideOf(t.position.outside));
            if (plan.status == AimStatus::OneChange && crossings <= plan.crossings)
              grid_best = std::min(grid_best, std::hypot(q.formal - t.position.formal,
                                                         q.outside - t.position.outside));
          }
      for (const Activity& a : library)
        grid_found |= works((sum_f + a.token.position.formal) / (total + 1),
                            (sum_o + a.token.position.outside) / (total + 1));
      INFO("round " << round << " -> " << TypeId(target) << ": " << StatusName(plan.status));
      // The grid may miss a sliver of the board that works, so only this way round:
      if (grid_found) {
        CHECK(plan.status == AimStatus::OneChange);
        if (plan.changes[0].kind == AimChangeKind::Move)
          CHECK(plan.move_length <= grid_best + 1e-9);
      }
      checked_one += plan.status == AimStatus::OneChange ? 1 : 0;
      checked_none += plan.status == AimStatus::OneChange ? 0 : 1;
      if (!plan.changes.empty()) CheckPlanWorks(kModel, plan, tokens, library);
    }
  }
  CHECK(checked_one > 50);
  CHECK(checked_none > 50);
}
