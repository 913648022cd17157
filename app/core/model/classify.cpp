// SPDX-License-Identifier: EUPL-1.2
#include "core/model/classify.h"

#include <cmath>

namespace pps {

namespace {

// Adds `weight` to the quadrant shares; a coordinate on an axis splits it over both sides.
void AddShare(const Model& model, BoardPoint p, double weight,
              std::array<double, kTypeCount>& shares) {
  const int formal_sides = p.formal == 0.0 ? 2 : 1;
  const int outside_sides = p.outside == 0.0 ? 2 : 1;
  const double part = weight / (formal_sides * outside_sides);
  for (int f = 0; f < formal_sides; ++f) {
    const int fs = formal_sides == 2 ? (f == 0 ? -1 : 1) : SideOf(p.formal);
    for (int o = 0; o < outside_sides; ++o) {
      const int os = outside_sides == 2 ? (o == 0 ? -1 : 1) : SideOf(p.outside);
      shares[Index(TypeAt(model, fs, os))] += part;
    }
  }
}

}  // namespace

Classification Classify(const Model& model, const std::vector<Token>& tokens) {
  Classification c;
  double sum_formal = 0.0, sum_outside = 0.0;
  for (const Token& t : tokens) {
    c.total_weight += t.weight;
    sum_formal += t.weight * t.position.formal;
    sum_outside += t.weight * t.position.outside;
    AddShare(model, t.position, t.weight, c.shares);
  }
  c.token_count = static_cast<int>(tokens.size());
  if (c.total_weight <= 0.0) return Classification{};

  for (double& share : c.shares) share /= c.total_weight;
  c.zwaartepunt = {sum_formal / c.total_weight, sum_outside / c.total_weight};
  const BoardPoint z = c.zwaartepunt;
  const int fs = SideOf(z.formal), os = SideOf(z.outside);
  c.type = TypeAt(model, fs, os);
  c.axis_distance = std::min(std::abs(z.formal), std::abs(z.outside));

  const bool near_formal_axis = std::abs(z.formal) <= model.margin;
  const bool near_outside_axis = std::abs(z.outside) <= model.margin;
  c.grensgeval = near_formal_axis || near_outside_axis;
  if (near_formal_axis) c.neighbours[c.neighbour_count++] = TypeAt(model, -fs, os);
  if (near_outside_axis) c.neighbours[c.neighbour_count++] = TypeAt(model, fs, -os);
  if (near_formal_axis && near_outside_axis)
    c.neighbours[c.neighbour_count++] = TypeAt(model, -fs, -os);

  double sum_sq = 0.0;
  for (const Token& t : tokens) {
    const double df = t.position.formal - z.formal, dout = t.position.outside - z.outside;
    sum_sq += t.weight * (df * df + dout * dout);
  }
  c.spread = std::sqrt(sum_sq / c.total_weight);
  return c;
}

double Dissimilarity(const Classification& a, const Classification& b) {
  const double df = a.zwaartepunt.formal - b.zwaartepunt.formal;
  const double dout = a.zwaartepunt.outside - b.zwaartepunt.outside;
  double share_difference = 0.0;
  for (int i = 0; i < kTypeCount; ++i) share_difference += std::abs(a.shares[i] - b.shares[i]);
  return std::sqrt(df * df + dout * dout) + 0.5 * share_difference;
}

Stability StabilityOf(const Model& model, const Classification& c) {
  if (c.axis_distance > model.reading.firm) return Stability::Firm;
  if (c.axis_distance > model.reading.moderate) return Stability::Moderate;
  return Stability::Fragile;
}

int QuadrantsInUse(const Model& model, const Classification& c) {
  int n = 0;
  for (double share : c.shares) n += share >= model.reading.quadrant_share ? 1 : 0;
  return n;
}

bool SpreadWide(const Model& model, const Classification& c) {
  return QuadrantsInUse(model, c) >= model.reading.wide_quadrants;
}

}  // namespace pps
