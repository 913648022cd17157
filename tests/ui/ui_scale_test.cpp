// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "ui/widgets/ui_scale.h"

using namespace pps;

TEST_CASE("the interface grows with the window, in quarter steps, from 1280x800 at 1") {
  CHECK(ChooseScale(0.0f, 1.0f, 1280, 800, 0.0f) == 1.0f);
  CHECK(ChooseScale(0.0f, 1.0f, 1024, 700, 0.0f) == 1.0f);  // never smaller than designed
  CHECK(ChooseScale(0.0f, 1.0f, 1920, 1080, 0.0f) == 1.25f);
  CHECK(ChooseScale(0.0f, 1.0f, 2560, 1440, 0.0f) == 1.75f);
  CHECK(ChooseScale(0.0f, 1.0f, 3840, 2160, 0.0f) == 2.5f);
  CHECK(ChooseScale(0.0f, 1.0f, 3840, 800, 0.0f) == 1.0f);  // the toolbar must fit the height
}

TEST_CASE("the monitor's content scale and --scale") {
  CHECK(ChooseScale(0.0f, 2.0f, 1280, 800, 0.0f) == 2.0f);   // a HiDPI monitor asks for more
  CHECK(ChooseScale(1.5f, 1.0f, 3840, 2160, 0.0f) == 1.5f);  // --scale wins
  CHECK(ChooseScale(0.75f, 2.0f, 1280, 800, 0.0f) == 0.75f);
  CHECK(ChooseScale(9.0f, 1.0f, 1280, 800, 0.0f) == kMaxScale);
}

TEST_CASE("a button is at least 9 mm tall on the screen it is shown on") {
  // A 13" laptop at 2560x1600: 0.11 mm a pixel, so 44 px would be 4.8 mm.
  const float laptop = ChooseScale(0.0f, 1.0f, 2560, 1600, 0.11f);
  CHECK(kButtonPx * laptop * 0.11f >= kMinTargetMm);
  // A 55" table at 1920x1080 (0.63 mm a pixel): the size rule alone decides.
  CHECK(ChooseScale(0.0f, 1.0f, 1920, 1080, 0.63f) == 1.25f);
  CHECK(ChooseScale(0.0f, 1.0f, 3840, 2160, 0.315f) == 2.5f);
}
