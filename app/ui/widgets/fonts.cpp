// SPDX-License-Identifier: EUPL-1.2
#include "ui/widgets/fonts.h"

#include <imgui.h>
#ifndef PPS_NO_FREETYPE
#include <imgui_freetype.h>
#endif

#include <filesystem>

namespace pps {

namespace {

constexpr const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// Latin-1 plus the punctuation Dutch text uses (– — ‘ ’ “ ” • … € and › between folders), arrows, ↶
// ↷ for undo and ↻ for turning the view, ☰ for a table side's card of actions, ▶ ◀ for a story's
// steps, ● for recording one.
const ImWchar* GlyphRanges() {
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2013, 0x2026, 0x2039,
                                   0x203A, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x21B6, 0x21BB,
                                   0x2212, 0x2212, 0x25B6, 0x25CF, 0x2630, 0x2630, 0};
  return ranges;
}

}  // namespace

Error LoadFonts(UiFonts& fonts, float scale) {
  ImGuiIO& io = ImGui::GetIO();
#ifndef PPS_NO_FREETYPE  // the browser build draws them with ImGui's own stb_truetype
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
#endif
  std::error_code ec;
  if (!std::filesystem::exists(kRegular, ec) || !std::filesystem::exists(kBold, ec)) {
    fonts = {};
    io.Fonts->AddFontDefault();
    return std::string("font not found: ") + kRegular + " (install fonts-dejavu-core)";
  }
  const ImWchar* ranges = GlyphRanges();
  fonts.body = io.Fonts->AddFontFromFileTTF(kRegular, kBodyFontPx * scale, nullptr, ranges);
  fonts.bold = io.Fonts->AddFontFromFileTTF(kBold, 20.0f * scale, nullptr, ranges);
  fonts.heading = io.Fonts->AddFontFromFileTTF(kBold, 28.0f * scale, nullptr, ranges);
  fonts.title = io.Fonts->AddFontFromFileTTF(kBold, 44.0f * scale, nullptr, ranges);
  return {};
}

}  // namespace pps
