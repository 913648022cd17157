#pragma once
// Chip labels measured once per text, font and wrap width: measuring wrapped text costs nearly
// as much as drawing it, and thousands of chips are measured every frame for hit-testing.

#include <imgui.h>

#include <string>
#include <unordered_map>

namespace pps {

class LabelSizes {
 public:
  // The size of `text` in `font` at its own size, wrapped at `wrap` px. Keyed by the text
  // itself, so it can never be stale; a new font or wrap width starts afresh.
  ImVec2 Get(ImFont* font, float wrap, const std::string& text) const;

 private:
  mutable ImFont* font_ = nullptr;
  mutable float wrap_ = 0.0f;
  mutable std::unordered_map<std::string, ImVec2> sizes_;
};

}  // namespace pps
