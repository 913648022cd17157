// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What a window drew, read back as text from its draw list: for UI tests that check what a user
// sees rather than what the state holds.

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace pps::test {

// UTF-8 of one code point of the Basic Multilingual Plane (ImWchar is 16 bits).
inline void AppendUtf8(std::string& out, unsigned c) {
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
inline std::string DrawnText(const char* name) {
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

inline std::string WithoutSpaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

// Whether window `name` drew `text` in the last frame (spaces aside).
inline bool Drew(const char* name, const std::string& text) {
  return DrawnText(name).find(WithoutSpaces(text)) != std::string::npos;
}

}  // namespace pps::test
