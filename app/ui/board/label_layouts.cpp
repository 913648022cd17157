// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/label_layouts.h"

#include <cfloat>
#include <string_view>
#include <utility>

namespace pps {

namespace {

float Width(ImFont* font, std::string_view s) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
}

bool Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Where a word wider than `wrap` px breaks first: the length of its first piece, and whether a
// hyphen is added to it. At the last hyphenation point, or after the last hyphen of its own,
// whose piece fits; failing both, at the last letter that fits (at least one).
std::pair<std::size_t, bool> BreakWord(ImFont* font, float wrap, std::string_view word,
                                       const Hyphenation* hyphenation) {
  std::pair<std::size_t, bool> best{0, false};
  if (hyphenation) {
    for (std::size_t p : hyphenation->Points(word)) {
      const std::string piece = std::string(word.substr(0, p)) + "-";
      if (Width(font, piece) <= wrap) best = {p, true};
    }
  }
  for (std::size_t p = 1; p + 1 < word.size(); ++p) {
    if ((word[p - 1] == '-' || word[p - 1] == '/') && p > best.first &&
        Width(font, word.substr(0, p)) <= wrap)
      best = {p, false};
  }
  if (best.first > 0) return best;
  std::size_t p = 1;
  while (p < word.size() && Continuation(word[p])) ++p;
  for (std::size_t q = p + 1; q < word.size(); ++q) {
    if (Continuation(word[q])) continue;
    if (Width(font, word.substr(0, q)) > wrap) break;
    p = q;
  }
  return {p, false};
}

}  // namespace

std::string BreakLines(ImFont* font, float wrap, const std::string& text,
                       const Hyphenation* hyphenation) {
  std::string lines, line;
  bool first_line = true;
  const auto flush = [&] {
    if (!first_line) lines += '\n';
    lines += line;
    line.clear();
    first_line = false;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      flush();
      ++i;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
    std::string_view word(text.data() + i, j - i);
    i = j;
    if (!line.empty()) {
      if (Width(font, line + " " + std::string(word)) <= wrap) {
        line += ' ';
        line += word;
        continue;
      }
      flush();
    }
    while (Width(font, word) > wrap) {
      const auto [at, hyphen] = BreakWord(font, wrap, word, hyphenation);
      line.assign(word.substr(0, at));
      if (hyphen) line += '-';
      flush();
      word.remove_prefix(at);
    }
    line.assign(word);
  }
  if (!line.empty() || first_line) flush();
  return lines;
}

const LaidOutLabel& LabelLayouts::Get(std::size_t chip, ImFont* font, float wrap, Language language,
                                      const std::string& text) const {
  if (font != font_ || wrap != wrap_ || language != language_) {
    by_chip_.clear();
    by_text_.clear();
    font_ = font;
    wrap_ = wrap;
    language_ = language;
  }
  if (chip >= by_chip_.size()) by_chip_.resize(chip + 1);
  Shown& shown = by_chip_[chip];
  if (shown.label && shown.text == text) return *shown.label;
  auto found = by_text_.find(text);
  if (found == by_text_.end()) {
    std::unique_ptr<Hyphenation>& hyphenation = hyphenation_[language == Language::English ? 1 : 0];
    if (!hyphenation) hyphenation = std::make_unique<Hyphenation>(language);
    LaidOutLabel label{BreakLines(font, wrap, text, hyphenation.get()), {}};
    label.size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label.lines.c_str(),
                                     label.lines.c_str() + label.lines.size());
    found = by_text_.emplace(text, std::move(label)).first;
  }
  shown = {text, &found->second};
  return found->second;
}

}  // namespace pps
