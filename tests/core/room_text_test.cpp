// SPDX-License-Identifier: EUPL-1.2
// The back row's rule: capitals at least 1/200 of the room's depth, in px of the screen.

#include "core/model/room_text.h"

#include <catch2/catch.hpp>

#include <limits>

#include "core/model/content.h"

using namespace pps;

TEST_CASE("room text: a capital 1/200 of the room's depth, in the screen's px", "[room]") {
  // A 100" projector, 1.25 m of picture over 1080 px: 30 mm at 6 m is 25.9 px.
  const RoomText projector = RoomCap(1080.0f, 1250.0f / 1080.0f, 6.0f);
  CHECK(projector.screen_measured);
  CHECK(projector.cap_px == Approx(30.0f / (1250.0f / 1080.0f)));
  // At 8 m, 40 mm.
  CHECK(RoomCap(1080.0f, 1250.0f / 1080.0f, 8.0f).cap_px == Approx(40.0f * 1080.0f / 1250.0f));
  // 4K on the same screen: twice the px.
  CHECK(RoomCap(2160.0f, 1250.0f / 2160.0f, 6.0f).cap_px == Approx(2.0f * projector.cap_px));
}

TEST_CASE("room text: without the screen's size, 3 % of its height; kept within reach", "[room]") {
  const RoomText unknown = RoomCap(1080.0f, 0.0f, 6.0f);
  CHECK_FALSE(unknown.screen_measured);
  CHECK(unknown.cap_px == Approx(32.4f));
  // A monitor of 30 cm read from 10 m would need letters of 50 mm, 167 px of 1080: the most a
  // screen gives is 3.5 % of its height, and the rule's own number is kept to say so.
  const RoomText small = RoomCap(1080.0f, 300.0f / 1080.0f, 10.0f);
  CHECK(small.rule_px == Approx(50.0f * 1080.0f / 300.0f));
  CHECK(small.cap_px == Approx(1080.0f * 0.035f));
  // A 3 m wall in a 2 m room: still 2 % of the height.
  CHECK(RoomCap(1080.0f, 3000.0f / 1080.0f, 2.0f).cap_px == Approx(1080.0f * 0.02f));
  // Nonsense in, sense out.
  const float nan = std::numeric_limits<float>::quiet_NaN();
  CHECK(RoomCap(1080.0f, nan, 6.0f).cap_px == Approx(32.4f));
  CHECK(RoomCap(1080.0f, 1.0f, nan).cap_px == Approx(30.0f));
  CHECK(RoomCap(0.0f, 1.0f, 6.0f).cap_px == 0.0f);
}

TEST_CASE("room text: every type's colour reads against white and the paper", "[room]") {
  CHECK(ContrastRatio(0x000000, 0xFFFFFF) == Approx(21.0));
  CHECK(ContrastRatio(0x777777, 0x777777) == Approx(1.0));
  CHECK(ContrastRatio(0x767676, 0xFFFFFF) == Approx(4.54).margin(0.01));  // WCAG's own example
  // The quadrants' name plates, the type's name and the weight badges put a type's colour on
  // white or on the paper (or white on the colour): text a room reads needs 4.5:1.
  const Content content = LoadContent(PPS_DATA_DIR);
  for (PpsType type : kAllTypes) {
    const std::uint32_t accent = content.model.Of(type).accent;
    INFO(content.model.Of(type).name.nl);
    CHECK(ContrastRatio(accent, 0xFFFFFF) >= 4.5);
    CHECK(ContrastRatio(accent, 0xF7F5F0) >= 4.5);  // kPaper
  }
  CHECK(ContrastRatio(0x1F2328, 0xFFFFFF) >= 4.5);  // kInk on a chip
}

TEST_CASE("room text: the projector's quadrants are deeper, and everything on them reads",
          "[room]") {
  CHECK(ProjectorFill(0x000000) == 0xA6A6A6);  // 35 % black over white
  CHECK(ProjectorFill(0xFFFFFF) == 0xFFFFFF);
  const Content content = LoadContent(PPS_DATA_DIR);
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = content.model.Of(type);
    const std::uint32_t fill = ProjectorFill(info.accent);
    INFO(info.name.nl << ": fill " << std::hex << fill);
    // Deeper than the designer's pastel: it survives a projector's wash.
    CHECK(ContrastRatio(fill, 0xFFFFFF) > ContrastRatio(info.color, 0xFFFFFF) + 0.3);
    CHECK(ContrastRatio(fill, 0xFFFFFF) >= 1.6);     // a white chip stands out of it
    CHECK(ContrastRatio(info.accent, fill) >= 3.0);  // a chip's edge, the type's ring
    CHECK(ContrastRatio(0x1F2328, fill) >= 4.5);     // the ink: the zwaartepunt, its name
  }
}
