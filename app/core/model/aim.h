// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Aim for a type: the fewest changes that make a sketch a chosen PPS type, firmly enough that the
// board does not call it a grensgeval or fragile. A change moves one token or adds one library
// activity at its usual place. Pure: it suggests, and never touches the board; cheap enough
// (O(tokens) when one change suffices) to be recomputed every frame while a token is dragged.

#include <string>
#include <vector>

#include "core/model/classify.h"
#include "core/model/library.h"
#include "core/model/model.h"
#include "core/model/sketch.h"

namespace pps {

// board units: how far from both axes a zwaartepunt must lie for a type to count as reached.
// The larger of the grensgeval margin (closer is a grensgeval) and the reading's "moderate"
// threshold (closer, the sidebar calls the type fragile): a type reached only just outside the
// grensgeval band would still read as fragile, which is not what aiming promises.
double StableMargin(const Model& model);

// board units: plans aim this far beyond StableMargin, so that the result survives rounding and
// a finger that puts the token a few pixels off (0.01 is about 3 px at 1280x800).
inline constexpr double kAimSlack = 0.01;

// Whether `c` is `target`, not a grensgeval, and further than StableMargin from both axes.
bool Reaches(const Model& model, const Classification& c, PpsType target);

enum class AimChangeKind { Move, Add };

struct AimChange {
  AimChangeKind kind = AimChangeKind::Move;
  std::string token_id;  // Move: the token to move (Add: the activity's token id)
  BoardPoint from;       // board units: Move: where the token stands now; Add: as `to`
  BoardPoint to;         // board units: where the token goes; Add: the activity's usual place
  int activity = -1;     // Add: the index in the library
};

enum class AimStatus {
  Reached,      // the sketch is the target already, stably: no change
  OneChange,    // one change suffices
  TwoChanges,   // it cannot be done in one change; two suffice
  MoreChanges,  // it cannot be done in two changes; the plan moves three tokens or more
  OutOfReach,   // no plan: an empty board with no activity that would do, or a model whose
                // stable band covers the whole board
};

struct AimPlan {
  PpsType target = PpsType::Ontwikkelaar;
  AimStatus status = AimStatus::OutOfReach;
  std::vector<AimChange> changes;  // in the order to apply them; empty when reached
  BoardPoint zwaartepunt_after;    // board units: predicted; equals Classify() after applying
  double move_length = 0.0;        // board units: summed over the moves
  int crossings = 0;               // axes crossed by the moved tokens, summed
};

// The fewest changes that make `tokens` reach `target` (see Reaches). Ranking, in order:
// 1. fewest changes;
// 2. fewest additions: a move keeps the sketch's own activities, an addition changes what the
//    partnership does;
// 3. fewest axes crossed by the moved tokens: a token that stays in its quadrant keeps meaning
//    what its label says there;
// 4. the shortest move, in board units;
// 5. additions of an activity of the target type;
// 6. the firmest result (zwaartepunt furthest from the nearer axis);
// 7. the topmost token, the library's first activity.
// Each moved token goes to the nearest place that works, aiming StableMargin + kAimSlack from the
// axes. An activity whose usual place is taken is not suggested (Board::Add would set it aside).
// Two moves are searched over the 64 tokens that can carry the most of the shift. When two
// changes cannot do it, the plan moves tokens in the order of how much of the shift each can
// carry, each as far as needed or to the board's edge: a plan that works, not proven the fewest.
AimPlan Aim(const Model& model, const std::vector<Token>& tokens,
            const std::vector<Activity>& library, PpsType target);

}  // namespace pps
