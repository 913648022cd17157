// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "core/model/classify.h"
#include "test_support.h"

using namespace pps;
using pps::test::At;

namespace {
const Model kModel = DefaultModel();  // margin 0.1
}

TEST_CASE("each quadrant is its published type") {
  struct Row {
    double formal, outside;
    PpsType type;
  };
  const Row table[] = {{-0.5, -0.5, PpsType::Ontwikkelaar},
                       {0.5, -0.5, PpsType::Opleider},
                       {-0.5, 0.5, PpsType::Katalysator},
                       {0.5, 0.5, PpsType::Ondernemer}};
  for (const Row& row : table) {
    const Classification c = Classify(kModel, {At(row.formal, row.outside)});
    REQUIRE(c.type == row.type);
    CHECK_FALSE(c.grensgeval);
    CHECK(c.neighbour_count == 0);
    CHECK(c.shares[Index(row.type)] == Approx(1.0));
    CHECK(c.axis_distance == Approx(0.5));
  }
}

TEST_CASE("an empty board has no type") {
  const Classification c = Classify(kModel, {});
  CHECK_FALSE(c.type.has_value());
  CHECK_FALSE(c.grensgeval);
  CHECK(c.token_count == 0);
  for (double share : c.shares) CHECK(share == 0.0);
}

TEST_CASE("the zwaartepunt is the weighted mean") {
  const Classification c = Classify(kModel, {At(-0.6, 0.8, 3.0), At(0.6, -0.4, 1.0)});
  CHECK(c.zwaartepunt.formal == Approx((-1.8 + 0.6) / 4));
  CHECK(c.zwaartepunt.outside == Approx((2.4 - 0.4) / 4));
  CHECK(c.type == PpsType::Katalysator);
  CHECK(c.shares[Index(PpsType::Katalysator)] == Approx(0.75));
  CHECK(c.shares[Index(PpsType::Opleider)] == Approx(0.25));
  CHECK(c.total_weight == Approx(4.0));
}

TEST_CASE("a heavier token pulls the type across an axis") {
  const std::vector<Token> light = {At(-0.5, -0.5), At(0.3, -0.5)};
  const std::vector<Token> heavy = {At(-0.5, -0.5), At(0.3, -0.5, 3.0)};
  CHECK(Classify(kModel, light).type == PpsType::Ontwikkelaar);
  CHECK(Classify(kModel, heavy).type == PpsType::Opleider);
}

TEST_CASE("a zwaartepunt within the margin of one axis is a grensgeval with one neighbour") {
  const Classification c = Classify(kModel, {At(0.05, -0.6)});
  CHECK(c.type == PpsType::Opleider);
  REQUIRE(c.grensgeval);
  REQUIRE(c.neighbour_count == 1);
  CHECK(c.neighbours[0] == PpsType::Ontwikkelaar);
  CHECK(c.axis_distance == Approx(0.05));
}

TEST_CASE("the margin is inclusive, and just outside it is not a grensgeval") {
  CHECK(Classify(kModel, {At(-0.6, 0.1)}).grensgeval);
  CHECK_FALSE(Classify(kModel, {At(-0.6, 0.1001)}).grensgeval);
}

TEST_CASE("near the centre all four types are named") {
  const Classification c = Classify(kModel, {At(-0.04, 0.03)});
  CHECK(c.type == PpsType::Katalysator);
  REQUIRE(c.neighbour_count == 3);
  CHECK(c.neighbours[0] == PpsType::Ondernemer);
  CHECK(c.neighbours[1] == PpsType::Ontwikkelaar);
  CHECK(c.neighbours[2] == PpsType::Opleider);
}

TEST_CASE("a zwaartepunt exactly on an axis counts as the positive side, as a grensgeval") {
  const Classification on_formal_axis = Classify(kModel, {At(0.0, -0.5)});
  CHECK(on_formal_axis.type == PpsType::Opleider);
  CHECK(on_formal_axis.grensgeval);
  CHECK(on_formal_axis.neighbours[0] == PpsType::Ontwikkelaar);

  const Classification centre = Classify(kModel, {At(-0.5, -0.5), At(0.5, 0.5)});
  CHECK(centre.type == PpsType::Ondernemer);
  CHECK(centre.neighbour_count == 3);
}

TEST_CASE("with a margin of 0 only a point on an axis is a grensgeval") {
  Model sharp = kModel;
  sharp.margin = 0.0;
  CHECK_FALSE(Classify(sharp, {At(0.01, 0.5)}).grensgeval);
  CHECK(Classify(sharp, {At(0.0, 0.5)}).grensgeval);
}

TEST_CASE("a token on an axis splits its weight between the quadrants it touches") {
  const Classification c = Classify(kModel, {At(0.0, 0.5)});
  CHECK(c.shares[Index(PpsType::Katalysator)] == Approx(0.5));
  CHECK(c.shares[Index(PpsType::Ondernemer)] == Approx(0.5));
  const Classification centre = Classify(kModel, {At(0.0, 0.0)});
  for (double share : centre.shares) CHECK(share == Approx(0.25));
}

TEST_CASE("spread is the weighted RMS distance to the zwaartepunt") {
  CHECK(Classify(kModel, {At(0.5, 0.5), At(0.5, 0.5)}).spread == Approx(0.0));
  const Classification c = Classify(kModel, {At(-0.5, 0.5), At(0.5, 0.5)});
  CHECK(c.spread == Approx(0.5));
}

TEST_CASE("the type follows the model's quadrant mapping, not hard-coded signs") {
  Model swapped = kModel;
  std::swap(swapped.types[Index(PpsType::Opleider)].formal_sign,
            swapped.types[Index(PpsType::Ontwikkelaar)].formal_sign);
  CHECK(Classify(swapped, {At(0.5, -0.5)}).type == PpsType::Ontwikkelaar);
}

TEST_CASE("a sketch is most like itself") {
  const Classification a = Classify(kModel, {At(0.5, 0.5), At(-0.2, 0.4)});
  const Classification b = Classify(kModel, {At(-0.5, -0.5)});
  CHECK(Dissimilarity(a, a) == Approx(0.0));
  CHECK(Dissimilarity(a, b) > 1.0);
  CHECK(Dissimilarity(a, b) == Approx(Dissimilarity(b, a)));
}
