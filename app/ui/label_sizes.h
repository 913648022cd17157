#pragma once
// Chip labels measured once per text, font and wrap width: measuring wrapped text costs nearly
// as much as drawing it, and thousands of chips are measured every frame for hit-testing.

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace pps {

class LabelSizes {
 public:
  // The size of `text`, the label of chip `chip`, in `font` at its own size, wrapped at `wrap`
  // px. Keyed by the text itself, so it can never be stale: first by comparing it with what
  // the same chip showed before (cheaper than hashing), then by looking it up. A new font or
  // wrap width starts afresh.
  ImVec2 Get(std::size_t chip, ImFont* font, float wrap, const std::string& text) const;

 private:
  struct Shown {
    std::string text;
    ImVec2 size;
    bool measured = false;
  };
  mutable ImFont* font_ = nullptr;
  mutable float wrap_ = 0.0f;
  mutable std::vector<Shown> by_chip_;
  mutable std::unordered_map<std::string, ImVec2> by_text_;
};

}  // namespace pps
