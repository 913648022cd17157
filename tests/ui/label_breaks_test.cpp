// SPDX-License-Identifier: EUPL-1.2
// No word on a chip is broken mid-syllable: every label of the nine cases and the library, laid
// out as chips lay them out at each scale, breaks between words, or inside a word at a
// hyphenation point with a hyphen.

#include <imgui.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/io/hyphenation.h"
#include "core/model/content.h"
#include "ui/board/label_layouts.h"
#include "ui/widgets/fonts.h"

using namespace pps;

namespace {

bool Blank(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// The first line of `lines` (broken from `text`) that ends inside a word without a hyphen;
// empty when there is none.
std::string BadBreak(const std::string& text, const std::string& lines) {
  std::size_t pos = 0, start = 0;
  while (start < lines.size()) {
    std::size_t end = lines.find('\n', start);
    const bool last = end == std::string::npos;
    if (last) end = lines.size();
    const std::string line = lines.substr(start, end - start);
    while (pos < text.size() && Blank(text[pos])) ++pos;
    for (std::size_t k = 0; k < line.size(); ++k) {
      const char c = line[k];
      if (c == ' ' && pos < text.size() && Blank(text[pos])) {
        while (pos < text.size() && Blank(text[pos])) ++pos;
      } else if (pos < text.size() && text[pos] == c) {
        ++pos;
      } else if (!(c == '-' && k + 1 == line.size())) {
        return "not the text: " + line;  // only a hyphen at a line's end may be added
      }
    }
    if (!last && !line.empty() && line.back() != '-' && pos < text.size() && !Blank(text[pos]))
      return line;
    start = end + 1;
  }
  return "";
}

std::vector<LocalText> AllLabels(const Content& content) {
  std::vector<LocalText> labels;
  for (const Sketch& c : content.cases)
    for (const Token& t : c.tokens) labels.push_back(t.label);
  for (const Activity& a : content.library) labels.push_back(a.token.label);
  return labels;
}

// An ImGui context with the app's fonts at `scale`, for the length of a test.
struct Fonts {
  explicit Fonts(float scale) {
    context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    REQUIRE(LoadFonts(fonts, scale).empty());
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~Fonts() { ImGui::DestroyContext(context); }
  Fonts(const Fonts&) = delete;
  Fonts& operator=(const Fonts&) = delete;
  ImGuiContext* context = nullptr;
  UiFonts fonts;
};

}  // namespace

TEST_CASE("every chip label breaks between words or at a syllable with a hyphen") {
  const Content content = LoadContent(PPS_DATA_DIR);
  REQUIRE(content.errors.empty());
  const Hyphenation dutch(Language::Dutch), english(Language::English);
  REQUIRE(dutch.Loaded());    // hyphen-nl, in third_party/packages.txt
  REQUIRE(english.Loaded());  // hyphen-en-us
  const std::vector<LocalText> labels = AllLabels(content);
  REQUIRE(labels.size() > 50);
  for (const float scale : {1.0f, 1.5f, 2.0f}) {
    Fonts f(scale);
    const float wrap = kChipLabelWrap * scale;
    int hyphenated = 0;
    for (const LocalText& label : labels) {
      const std::pair<const std::string*, const Hyphenation*> both[] = {
          {&label.nl, &dutch}, {&label.In(Language::English), &english}};
      for (const auto& [text_of, patterns] : both) {
        const std::string& text = *text_of;
        const std::string lines = BreakLines(f.fonts.body, wrap, text, patterns);
        INFO("scale " << scale << ": \"" << text << "\" as\n" << lines);
        CHECK(BadBreak(text, lines).empty());
        const ImVec2 size =
            f.fonts.body->CalcTextSizeA(f.fonts.body->FontSize, 1e9f, 0.0f, lines.c_str());
        CHECK(size.x <= wrap + 0.5f);
        hyphenated += lines.find("-\n") != std::string::npos;
      }
    }
    // The labels hold long Dutch compounds: some must be hyphenated, or this test proves nothing.
    if (scale == 1.0f) CHECK(hyphenated > 0);
  }
}

TEST_CASE(
    "a long compound breaks at a syllable; without patterns, at a letter (which the check "
    "catches)") {
  Fonts f(1.0f);
  const Hyphenation dutch(Language::Dutch);
  REQUIRE(dutch.Loaded());
  const std::string text = "Docentprofessionalisering";
  const float wrap = kChipLabelWrap;
  const std::string good = BreakLines(f.fonts.body, wrap, text, &dutch);
  INFO(good);
  CHECK(good.find("-\n") != std::string::npos);
  CHECK(BadBreak(text, good).empty());
  const std::string bad = BreakLines(f.fonts.body, wrap, text, nullptr);
  INFO(bad);
  CHECK(bad.find('\n') != std::string::npos);
  CHECK_FALSE(BadBreak(text, bad).empty());
  // Between words, as before.
  const float two_words =
      f.fonts.body->CalcTextSizeA(f.fonts.body->FontSize, 1e9f, 0.0f, "Zorg en").x + 1.0f;
  CHECK(BreakLines(f.fonts.body, two_words, "Zorg en welzijn", &dutch) == "Zorg en\nwelzijn");
}

TEST_CASE("hyphenation points lie inside the word, two letters from either end") {
  const Hyphenation dutch(Language::Dutch), english(Language::English);
  REQUIRE(dutch.Loaded());
  const std::vector<std::size_t> points = dutch.Points("Docentprofessionalisering");
  REQUIRE_FALSE(points.empty());
  for (std::size_t p : points) CHECK((p >= 2 && p <= 23));
  // "Docent" and "professionalisering" meet at a syllable boundary.
  CHECK(std::find(points.begin(), points.end(), std::size_t{6}) != points.end());
  CHECK_FALSE(english.Points("hospitality").empty());
  CHECK(dutch.Points("ab").empty());
  // Accented letters (Latin-1 patterns, UTF-8 labels) break at whole characters.
  for (std::size_t p : dutch.Points("coördinatiemogelijkheden"))
    CHECK((static_cast<unsigned char>(std::string("coördinatiemogelijkheden")[p]) & 0xC0) != 0x80);
}
