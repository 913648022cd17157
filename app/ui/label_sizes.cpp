#include "ui/label_sizes.h"

namespace pps {

ImVec2 LabelSizes::Get(std::size_t chip, ImFont* font, float wrap, const std::string& text) const {
  if (font != font_ || wrap != wrap_) {
    by_chip_.clear();
    by_text_.clear();
    font_ = font;
    wrap_ = wrap;
  }
  if (chip >= by_chip_.size()) by_chip_.resize(chip + 1);
  Shown& shown = by_chip_[chip];
  if (shown.measured && shown.text == text) return shown.size;
  auto found = by_text_.find(text);
  if (found == by_text_.end())
    found =
        by_text_.emplace(text, font->CalcTextSizeA(font->FontSize, wrap, wrap, text.c_str())).first;
  shown = {text, found->second, true};
  return shown.size;
}

}  // namespace pps
