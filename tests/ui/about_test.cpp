// SPDX-License-Identifier: EUPL-1.2
// Headless UI test of the About line at the foot of the sidebar: the app's name and version (the
// one in CMakeLists.txt's project()), its licences and whose publication the model comes from,
// in the app's language, as a user finds it by scrolling down. What the sidebar shows is read
// back from the glyphs it drew, so a line that is not on screen is not seen.

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "core/io/app_version.h"
#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

// UTF-8 of one code point of the Basic Multilingual Plane (ImWchar is 16 bits).
void AppendUtf8(std::string& out, unsigned c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The text that window `name` drew in the last frame, in the order it was drawn, read back from
// its draw list: each glyph is a quad whose corners carry that glyph's place in the font atlas.
// A space draws nothing, so there are none; a line that was out of view was not drawn.
std::string DrawnText(const char* name) {
  std::map<std::pair<float, float>, const ImFontGlyph*> glyphs;  // by the top left corner's uv
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible) glyphs[{g.U0, g.V0}] = &g;
  const ImGuiWindow* window = ImGui::FindWindowByName(name);
  REQUIRE(window != nullptr);
  const ImVector<ImDrawVert>& v = window->DrawList->VtxBuffer;
  std::string text;
  for (int i = 0; i + 3 < v.Size; ++i) {
    const auto it = glyphs.find({v[i].uv.x, v[i].uv.y});
    if (it == glyphs.end()) continue;
    const ImFontGlyph& g = *it->second;
    if (v[i + 1].uv.x != g.U1 || v[i + 2].uv.x != g.U1 || v[i + 2].uv.y != g.V1 ||
        v[i + 3].uv.x != g.U0 || v[i + 3].uv.y != g.V1)
      continue;
    AppendUtf8(text, g.Codepoint);
    i += 3;
  }
  return text;
}

std::string WithoutSpaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

// Whether the sidebar drew `text` in the last frame (spaces aside).
bool SidebarShows(const std::string& text) {
  return DrawnText("sidebar").find(WithoutSpaces(text)) != std::string::npos;
}

// Scrolls the sidebar down step by step, one frame each, until it draws `text`; returns whether
// it did before the sidebar's end.
bool ScrollUntilShown(Harness& h, const std::string& text) {
  ImGuiWindow* sidebar = ImGui::FindWindowByName("sidebar");
  REQUIRE(sidebar != nullptr);
  for (float y = 0.0f; y <= 20000.0f; y += 150.0f) {
    ImGui::SetScrollY(sidebar, y);
    h.Frame();
    if (SidebarShows(text)) return true;
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
    CHECK(SidebarShows(name));
    CHECK(SidebarShows(h.Text(Str::About)));
    CHECK(SidebarShows("EUPL-1.2"));
  }

  SECTION("a case: below its guidance, in either language") {
    h.OpenCase("civ-water");
    h.Frame();
    CHECK_FALSE(SidebarShows(name));  // at the top, the guidance fills the sidebar
    REQUIRE(ScrollUntilShown(h, "Katapult"));  // the foot, whole
    CHECK(SidebarShows(name));
    CHECK(SidebarShows(h.Text(Str::About)));

    ImGui::SetScrollY(ImGui::FindWindowByName("sidebar"), 0.0f);
    h.Settle();
    h.ClickTwice(h.Text(Str::OtherLanguage));
    REQUIRE(h.state.language == Language::English);
    REQUIRE(ScrollUntilShown(h, h.Text(Str::About)));
    CHECK(SidebarShows(name));
    CHECK(SidebarShows("in our own words"));
  }
}
