// SPDX-License-Identifier: EUPL-1.2
// Headless UI test of the About line at the foot of the sidebar: the app's name and version (the
// one in CMakeLists.txt's project()), its licences and whose publication the model comes from,
// in the app's language, as a user finds it by scrolling down. What the sidebar shows is read
// back from the glyphs it drew, so a line that is not on screen is not seen.

#include <catch2/catch.hpp>

#include <string>

#include "core/io/app_version.h"
#include "drawn_text.h"
#include "harness.h"

using namespace pps;
using pps::test::Drew;
using pps::test::Harness;

namespace {

// Scrolls the sidebar down step by step, one frame each, until it draws `text`; returns whether
// it did before the sidebar's end.
bool ScrollUntilShown(Harness& h, const std::string& text) {
  ImGuiWindow* sidebar = ImGui::FindWindowByName("sidebar");
  REQUIRE(sidebar != nullptr);
  for (float y = 0.0f; y <= 20000.0f; y += 150.0f) {
    ImGui::SetScrollY(sidebar, y);
    h.Frame();
    if (Drew("sidebar", text)) return true;
    if (y > sidebar->ScrollMax.y) break;
  }
  return false;
}

}  // namespace

TEST_CASE("the sidebar's foot names the app with its version, licences and source") {
  Harness h;
  const std::string name = std::string("PPS Canvas ") + AppVersion();
  REQUIRE(std::string(AppVersion()).find('.') != std::string::npos);  // "0.1.0", not empty

  SECTION("an empty board: under the hint") {
    h.Frame();
    CHECK(Drew("sidebar", name));
    CHECK(Drew("sidebar", h.Text(Str::About)));
    CHECK(Drew("sidebar", "EUPL-1.2"));
  }

  SECTION("a case: below its guidance, in either language") {
    h.OpenCase("civ-water");
    h.Frame();
    CHECK_FALSE(Drew("sidebar", name));        // at the top, the guidance fills the sidebar
    REQUIRE(ScrollUntilShown(h, "Katapult"));  // the foot, whole
    CHECK(Drew("sidebar", name));
    CHECK(Drew("sidebar", h.Text(Str::About)));

    ImGui::SetScrollY(ImGui::FindWindowByName("sidebar"), 0.0f);
    h.Settle();
    h.ClickTwice(h.Text(Str::OtherLanguage));
    REQUIRE(h.state.language == Language::English);
    REQUIRE(ScrollUntilShown(h, h.Text(Str::About)));
    CHECK(Drew("sidebar", name));
    CHECK(Drew("sidebar", "in our own words"));
  }
}
