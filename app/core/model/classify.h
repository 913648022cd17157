// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Which PPS type a set of tokens is, and how clearly. Recomputed from the tokens every frame:
// it is cheap, allocation-free, and can never go stale.

#include <array>
#include <optional>
#include <vector>

#include "core/model/model.h"
#include "core/model/sketch.h"

namespace pps {

struct Classification {
  std::optional<PpsType> type;          // none for an empty board (no tokens or no weight)
  BoardPoint zwaartepunt;               // board units: the weighted mean of the tokens
  bool grensgeval = false;              // the zwaartepunt lies within the model's margin of an axis
  std::array<PpsType, 3> neighbours{};  // the other type(s) of a grensgeval
  int neighbour_count = 0;              // 0, 1 (near one axis) or 3 (near the centre)
  std::array<double, kTypeCount> shares{};  // fraction of the weight per type, sums to 1
  double spread = 0.0;         // board units: weighted RMS distance of tokens to the zwaartepunt
  double axis_distance = 0.0;  // board units: distance of the zwaartepunt to the nearest axis
  double total_weight = 0.0;
  int token_count = 0;
};

// Classifies the tokens. Rules, in order:
// - no tokens, or a total weight of 0: no type, everything else 0;
// - the type is the quadrant of the zwaartepunt; a coordinate exactly 0 counts as the positive
//   side (see SideOf), and such a point is always a grensgeval;
// - grensgeval when |coordinate| <= margin for either coordinate; the neighbours are the type
//   across that axis, or all three other types when both coordinates are within the margin;
// - a token exactly on an axis splits its weight evenly between the quadrants it touches.
Classification Classify(const Model& model, const std::vector<Token>& tokens);

enum class Stability { Firm, Moderate, Fragile };

// How firmly the type holds, by the zwaartepunt's distance to the nearest axis (model.reading).
Stability StabilityOf(const Model& model, const Classification& c);

// How many quadrants hold at least the model's share of the weight.
int QuadrantsInUse(const Model& model, const Classification& c);

// Whether the activities fan out over several quadrants (model.reading).
bool SpreadWide(const Model& model, const Classification& c);

// How unlike two classified sketches are: the distance between their zwaartepunten plus the
// difference in how their weight spreads over the quadrants. 0 for identical sketches.
double Dissimilarity(const Classification& a, const Classification& b);

}  // namespace pps
