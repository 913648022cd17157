#include "ui/label_sizes.h"

namespace pps {

ImVec2 LabelSizes::Get(ImFont* font, float wrap, const std::string& text) const {
  if (font != font_ || wrap != wrap_) {
    sizes_.clear();
    font_ = font;
    wrap_ = wrap;
  }
  const auto found = sizes_.find(text);
  if (found != sizes_.end()) return found->second;
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, wrap, wrap, text.c_str());
  sizes_.emplace(text, size);
  return size;
}

}  // namespace pps
