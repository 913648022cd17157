#include <catch2/catch.hpp>

#include "core/ui_scale.h"

using namespace pps;

TEST_CASE("the interface grows with the window, in quarter steps, from 1280x800 at 1") {
  CHECK(ChooseScale(0.0f, 1.0f, 1280, 800) == 1.0f);
  CHECK(ChooseScale(0.0f, 1.0f, 1024, 700) == 1.0f);  // never smaller than designed
  CHECK(ChooseScale(0.0f, 1.0f, 1920, 1080) == 1.25f);
  CHECK(ChooseScale(0.0f, 1.0f, 2560, 1440) == 1.75f);
  CHECK(ChooseScale(0.0f, 1.0f, 3840, 2160) == 2.5f);
  CHECK(ChooseScale(0.0f, 1.0f, 3840, 800) == 1.0f);  // the toolbar must fit the height
}

TEST_CASE("the monitor's content scale and --scale") {
  CHECK(ChooseScale(0.0f, 2.0f, 1280, 800) == 2.0f);   // a HiDPI monitor asks for more
  CHECK(ChooseScale(1.5f, 1.0f, 3840, 2160) == 1.5f);  // --scale wins
  CHECK(ChooseScale(0.75f, 2.0f, 1280, 800) == 0.75f);
  CHECK(ChooseScale(9.0f, 1.0f, 1280, 800) == kMaxScale);
}
