// SPDX-License-Identifier: EUPL-1.2
// Nothing moves under a finger: a sequence of taps through the gallery, the library, a token's
// card and the sidebar, each checked against every button drawn before and after it. A button
// under the tap must stay where it was, and no other button may slide in under the finger,
// so that a second tap on the same spot never presses something the user did not see there.

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "harness.h"

namespace fs = std::filesystem;
using namespace pps;
using pps::test::FreshFolder;
using pps::test::Harness;

namespace {

ImVec2 Middle(const ChipRect& r) {
  return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
}

bool Same(const ChipRect& a, const ChipRect& b) {
  return a.min.x == b.min.x && a.min.y == b.min.y && a.max.x == b.max.x && a.max.y == b.max.y;
}

// The buttons a finger at `p` would press: those that show there, the topmost (the last drawn)
// first.
std::vector<TapTarget> Under(const Harness& h, ImVec2 p) {
  std::vector<TapTarget> under;
  for (const TapTarget& t : h.state.targets)
    if (Contains(t.visible, {p.x, p.y})) under.insert(under.begin(), t);
  return under;
}

// Taps the button `label` where it shows, then checks the screen after: the buttons that were
// under the finger are where they were (or gone), and the one now on top there, if any, is the
// one that was. A tap that opens the keyboard is not checked: it lies over everything, on
// purpose, until it is closed.
void TapSteady(Harness& h, const std::string& label) {
  INFO("tap on \"" << label << "\"");
  const TapTarget* target = h.state.targets.Find(label.c_str());
  REQUIRE(target != nullptr);
  const ImVec2 p = Middle(target->visible);
  const std::vector<TapTarget> before = Under(h, p);
  REQUIRE_FALSE(before.empty());
  h.Tap(p);
  if (h.state.entries.Any()) return;
  for (const TapTarget& was : before) {
    const TapTarget* now = h.state.targets.Find(was.label.data());
    INFO("button \"" << was.label.data() << "\" was under the finger");
    if (now) CHECK(Same(now->rect, was.rect));
  }
  const std::vector<TapTarget> after = Under(h, p);
  if (!after.empty()) {
    INFO("now under the finger: \"" << after.front().label.data() << "\"");
    CHECK(std::string(after.front().label.data()) == before.front().label.data());
  }
}

std::size_t Binned(const Harness& h) {
  return h.state.gallery.bin.sketches.size();
}

}  // namespace

TEST_CASE("gallery: no button moves under the finger; a double tap on Weg bins one sketch") {
  Harness h(ImVec2(1280, 1100));
  h.state.gallery.folder = FreshFolder("steady-gallery").string();
  h.OpenCase("civ-water");
  TapSteady(h, h.Text(Str::Sketches));
  TapSteady(h, h.Text(Str::SaveAs));
  h.TypeInEntry("Wijkhub Tilburg");
  TapSteady(h, "##gdup0");  // the copy goes below, not above the card tapped
  REQUIRE(h.state.gallery.cards.size() == 2);
  TapSteady(h, "##gdup1");  // a copy of the copy
  REQUIRE(h.state.gallery.cards.size() == 3);
  TapSteady(h, "##grem1");  // a gap where it stood: the next card stays below
  CHECK(Binned(h) == 1);
  // A double tap on Weg, as in the walkthrough: the second lands on the gap, not on the next.
  const ImVec2 weg = Middle(h.state.targets.Find("##grem0")->visible);
  h.Tap(weg);
  h.Tap(weg);
  CHECK(Binned(h) == 2);
  CHECK(h.sketch().file.empty());  // the open sketch went; the board says so, and stays
  h.Reach("##grest0");
  TapSteady(h, "##grest0");
  CHECK(Binned(h) == 1);
  CHECK_FALSE(h.sketch().file.empty());  // linked again
  h.Reach("##grest1");
  TapSteady(h, "##grest1");
  CHECK(Binned(h) == 0);
  h.Click(h.Text(Str::Dismiss));
  h.Reach(h.Text(Str::SaveAs));
  TapSteady(h, "Klaar##close_gallery");  // nothing of the sidebar under it once closed
  CHECK_FALSE(h.state.gallery.open);
}

TEST_CASE("library: adding activities and closing it moves no button under the finger") {
  Harness h;
  h.OpenCase("civ-water");
  TapSteady(h, h.Text(Str::AddActivity));
  REQUIRE(h.state.library_open);
  const std::string first = h.state.content.library.front().token.id;
  const std::size_t tokens = h.sketch().tokens.size();
  TapSteady(h, first);
  TapSteady(h, first);
  CHECK(h.sketch().tokens.size() == tokens + 2);
  TapSteady(h, "Klaar##close_library");
  CHECK_FALSE(h.state.library_open);
}

TEST_CASE("a token's card: its buttons stay put as its note and weight change") {
  Harness h(ImVec2(1600, 1000));  // room above the card to grow into
  h.OpenCase("civ-water");
  // The lowest token: its card has room above it to grow into (one against the board's top
  // edge can only grow down).
  std::string id;
  for (const Token& t : h.sketch().tokens)
    if (id.empty() || h.ChipCentre(t.id).y > h.ChipCentre(id).y) id = t.id;
  h.Tap(h.ChipCentre(id));
  REQUIRE(h.state.token_menus[0].Open());
  TapSteady(h, "##weight2");
  TapSteady(h, "##weight3");
  const ChipRect duplicate = h.state.targets.Find(h.Text(Str::Duplicate).c_str())->rect;
  h.Click(h.Text(Str::Note));
  h.TypeInEntry("Met de drie waterbedrijven in de regio, elk jaar opnieuw");
  REQUIRE(h.state.token_menus[0].Open());
  REQUIRE(FindToken(h.sketch(), id)->note.size() > 10);
  const ChipRect now = h.state.targets.Find(h.Text(Str::Duplicate).c_str())->rect;
  INFO("Dupliceer was at y " << duplicate.min.y << ", is at " << now.min.y << "; card "
                             << h.state.token_menus[0].rect.min.y << " to "
                             << h.state.token_menus[0].rect.max.y);
  CHECK(Same(now, duplicate));
  TapSteady(h, "##weight1");
}

TEST_CASE("sidebar: aiming, comparing and the report move no button under the finger") {
  Harness h;
  h.OpenCase("civ-water");
  TapSteady(h, "##aim4");  // Ondernemer: its plan appears below the four
  TapSteady(h, "##aim4");  // off again
  TapSteady(h, "##aim3");  // Katalysator
  TapSteady(h, "##aim-apply");
}
