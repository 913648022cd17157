// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/label_layouts.h"

namespace pps {

namespace {

// Breaks `text` where ImGui's own wrapping would: at word boundaries, skipping the blanks (and
// one newline) after each break.
std::string BreakLines(ImFont* font, float wrap, const std::string& text) {
  std::string lines;
  const char* s = text.c_str();
  const char* const end = s + text.size();
  while (s < end) {
    const char* eol = font->CalcWordWrapPositionA(1.0f, s, end, wrap);
    if (eol == s) ++eol;  // too narrow for even one word: one character per line
    lines.append(s, eol);
    s = eol;
    while (s < end && (*s == ' ' || *s == '\t')) ++s;
    if (s < end && *s == '\n') ++s;
    if (s < end) lines += '\n';
  }
  return lines;
}

}  // namespace

const LaidOutLabel& LabelLayouts::Get(std::size_t chip, ImFont* font, float wrap,
                                      const std::string& text) const {
  if (font != font_ || wrap != wrap_) {
    by_chip_.clear();
    by_text_.clear();
    font_ = font;
    wrap_ = wrap;
  }
  if (chip >= by_chip_.size()) by_chip_.resize(chip + 1);
  Shown& shown = by_chip_[chip];
  if (shown.label && shown.text == text) return *shown.label;
  auto found = by_text_.find(text);
  if (found == by_text_.end()) {
    LaidOutLabel label{BreakLines(font, wrap, text), {}};
    label.size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label.lines.c_str(),
                                     label.lines.c_str() + label.lines.size());
    found = by_text_.emplace(text, std::move(label)).first;
  }
  shown = {text, &found->second};
  return found->second;
}

}  // namespace pps
