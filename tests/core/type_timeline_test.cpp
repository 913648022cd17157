// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "core/board/type_timeline.h"

using namespace pps;

TEST_CASE("the first observation is the baseline, each change is one shift") {
  TypeTimeline t;
  CHECK_FALSE(t.Observe(PpsType::Opleider, 0.0));
  CHECK_FALSE(t.Observe(PpsType::Opleider, 0.1));
  CHECK(t.Observe(PpsType::Ondernemer, 0.2));
  CHECK_FALSE(t.Observe(PpsType::Ondernemer, 0.3));
  REQUIRE(t.Count() == 1);
  CHECK(t.Latest()->from == PpsType::Opleider);
  CHECK(t.Latest()->to == PpsType::Ondernemer);
  CHECK(t.Latest()->time == 0.2);
  CHECK(t.Observe(std::nullopt, 0.4));  // board emptied
  CHECK(t.Count() == 2);
}

TEST_CASE("a restart starts another board's timeline: no shifts, a new baseline and start") {
  TypeTimeline t;
  t.Observe(PpsType::Opleider, 0.0);
  t.Observe(PpsType::Katalysator, 1.0);
  t.Restart(1.5);
  CHECK(t.Count() == 0);
  CHECK(t.Started() == 1.5);
  CHECK_FALSE(t.Observe(PpsType::Ontwikkelaar, 2.0));
  CHECK(t.Observe(PpsType::Opleider, 3.0));
  CHECK(t.Count() == 1);
}

TEST_CASE("the timeline keeps the newest shifts") {
  TypeTimeline t;
  t.Observe(PpsType::Opleider, 0.0);
  for (int i = 1; i <= TypeTimeline::kCapacity + 3; ++i)
    t.Observe(i % 2 ? PpsType::Ondernemer : PpsType::Opleider, i);
  CHECK(t.Count() == TypeTimeline::kCapacity);
  CHECK(t.At(0).time == 4.0);
  CHECK(t.Latest()->time == TypeTimeline::kCapacity + 3.0);
}
