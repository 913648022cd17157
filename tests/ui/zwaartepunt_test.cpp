// SPDX-License-Identifier: EUPL-1.2
// The zwaartepunt is always seen and never hides a label: its marker is drawn over the chips
// (under a held one), and its name only where no chip lies.

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>

#include "drawn_text.h"
#include "harness.h"
#include "ui/board/board_view.h"

using namespace pps;
using pps::test::Drew;
using pps::test::Harness;

namespace {

const ImDrawList& BoardList() {
  return *ImGui::FindWindowByName("board")->DrawList;
}

// The zwaartepunt's marker was drawn after the chips, and its name (if any) overlaps none.
void CheckMarker(const Harness& h) {
  const ShownBoard& b = h.probe.board;
  CHECK(b.under_chips_end <= b.chips_begin);
  CHECK(b.chips_begin < b.over_chips_begin);  // the chips, drawn straight in the tests
  CHECK(b.over_chips_begin <= b.zwaartepunt_begin);
  CHECK(b.zwaartepunt_begin < b.zwaartepunt_end);
  CHECK(b.zwaartepunt_end <= b.over_chips_end);
  if (!b.zwaartepunt_label) return;
  const ChipRect& label = *b.zwaartepunt_label;
  const BoardRect& r = h.state.board_rect;
  CHECK((label.min.x >= r.min.x && label.min.y >= r.min.y && label.max.x <= r.max.x &&
         label.max.y <= r.max.y));
  for (const ChipRect& chip : h.state.chips.rects) CHECK_FALSE(Overlap(label, chip));
}

// How many triangles of the zwaartepunt's marker cover part of the text of a label drawn whole
// (each triangle by its bounds: the strokes are thin, so that is close); counts the marker's
// triangles into `triangles`.
int TrianglesOverLabels(const Harness& h, int& triangles) {
  const ShownBoard& b = h.probe.board;
  const ImDrawList& list = BoardList();
  const ChipLayout& chips = h.state.chips;
  int over = 0;
  triangles = 0;
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    for (unsigned int e = 0; e + 2 < cmd.ElemCount; e += 3) {
      ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
      bool marker = true;
      for (unsigned int k = 0; k < 3; ++k) {
        const unsigned int v =
            cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e + k)];
        marker = marker && static_cast<int>(v) >= b.zwaartepunt_begin &&
                 static_cast<int>(v) < b.zwaartepunt_end;
        const ImVec2 p = list.VtxBuffer[static_cast<int>(v)].pos;
        lo = ImVec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
        hi = ImVec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
      }
      if (!marker) continue;
      ++triangles;
      const ChipRect t{{lo.x, lo.y}, {hi.x, hi.y}};
      for (std::size_t i = 0; i < chips.visible.size(); ++i)
        if (chips.visible[i] == ChipVisibility::LabelShows &&
            Overlap(t, LabelRect(chips.rects[i], *chips.labels[i])))
          ++over;
    }
  }
  return over;
}

}  // namespace

TEST_CASE("every case: the marker's strokes leave out the letters of every label") {
  for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080)}) {
    Harness h(display);
    for (const Sketch& c : h.state.content.cases) {
      INFO(c.id << " at " << display.x << "x" << display.y);
      h.OpenCase(c.id);
      int triangles = 0;
      CHECK(TrianglesOverLabels(h, triangles) == 0);
      CHECK(triangles > 100);  // the ring and its arms are drawn
    }
  }
}

TEST_CASE("every case: the zwaartepunt over the chips, its name over no chip") {
  for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080)}) {
    Harness h(display);
    int named = 0;
    for (const Sketch& c : h.state.content.cases) {
      INFO(c.id << " at " << display.x << "x" << display.y);
      h.OpenCase(c.id);
      REQUIRE(h.Now().type);
      CheckMarker(h);
      named += h.probe.board.zwaartepunt_label.has_value();
    }
    // Most cases leave a side of the zwaartepunt free for its name.
    CHECK(named >= 5);
  }
}

TEST_CASE("the name of the zwaartepunt leaves the side where a chip lies") {
  Harness h;
  h.OpenCase("house-of-hospitality");  // its zwaartepunt has a free side at 1280x800
  REQUIRE(h.probe.board.zwaartepunt_label);
  const ChipRect label = *h.probe.board.zwaartepunt_label;
  // Put a token where the name was: the name moves to another side, or goes.
  const std::string id = h.sketch().tokens.back().id;
  const ImVec2 middle((label.min.x + label.max.x) * 0.5f, (label.min.y + label.max.y) * 0.5f);
  h.Drag(h.ChipCentre(id), middle);
  CheckMarker(h);
  if (h.probe.board.zwaartepunt_label) {
    const ChipRect& now = *h.probe.board.zwaartepunt_label;
    CHECK_FALSE((now.min.x == label.min.x && now.min.y == label.min.y));
  }
}

TEST_CASE("while a token is dragged, the zwaartepunt lies under it and over the others") {
  Harness h;
  h.OpenCase("house-of-hospitality");
  const std::string id = h.sketch().tokens.front().id;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  for (int i = 1; i <= 6; ++i) h.MoveTo(ImVec2(at.x + 12.0f * static_cast<float>(i), at.y));
  REQUIRE(h.state.router.Any());
  CheckMarker(h);
  // The held chip comes after the marker in the board's list.
  CHECK(BoardList().VtxBuffer.Size > h.probe.board.over_chips_end);
  h.Release(ImVec2(at.x + 72.0f, at.y));
  h.Settle();
  CheckMarker(h);
}

TEST_CASE("a type that is not the largest bar's says why; a tap on the bars explains more") {
  Harness h;
  // Two activities just inside the Opleider's quadrant, one far into the Ontwikkelaar's: the
  // Opleider has two thirds of the weight, the zwaartepunt lies with the Ontwikkelaar.
  Sketch sketch;
  for (const auto& [id, formal, outside] :
       {std::tuple{"a", 0.05, -0.05}, {"b", 0.05, -0.1}, {"c", -0.9, -0.9}}) {
    Token t;
    t.id = id;
    t.label.nl = id;
    t.position = {formal, outside};
    sketch.tokens.push_back(t);
  }
  h.state.board.Open(sketch, nullptr);
  h.Settle();
  REQUIRE(h.Now().type == PpsType::Ontwikkelaar);
  const auto shows = [&](Str s) { return Drew("sidebar", h.Text(s)); };
  CHECK(shows(Str::TypeFollowsZwaartepunt));
  CHECK_FALSE(shows(Str::ZwaartepuntExplained));
  h.Click("##shares");
  CHECK(shows(Str::ZwaartepuntExplained));
  h.Click("##shares");
  CHECK_FALSE(shows(Str::ZwaartepuntExplained));
  // A finger that scrolls the sidebar from the bars does not tap them.
  const TapTarget* bars = h.state.targets.Find("##shares");
  REQUIRE(bars != nullptr);
  const ImVec2 on((bars->visible.min.x + bars->visible.max.x) * 0.5f, bars->visible.max.y - 4.0f);
  h.Drag(on, ImVec2(on.x, on.y - 120.0f));
  CHECK(ImGui::FindWindowByName("sidebar")->Scroll.y > 0.0f);
  CHECK_FALSE(shows(Str::ZwaartepuntExplained));
}
