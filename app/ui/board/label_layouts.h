// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Chip labels broken into lines and measured once per text, font and wrap width: wrapping text
// costs nearly as much as drawing it, and thousands of chips are measured every frame for
// hit-testing. Drawing a laid-out label needs no wrapping at all.

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace pps {

struct LaidOutLabel {
  std::string lines;  // the label with a '\n' at each line break
  ImVec2 size;        // px
};

class LabelLayouts {
 public:
  // `text`, the label of chip `chip`, in `font` at its own size, wrapped at `wrap` px. Keyed by
  // the text itself, so it can never be stale: first by comparing it with what the same chip
  // showed before (cheaper than hashing), then by looking it up. A new font or wrap width
  // starts afresh. The result stays valid until then.
  const LaidOutLabel& Get(std::size_t chip, ImFont* font, float wrap,
                          const std::string& text) const;

 private:
  struct Shown {
    std::string text;
    const LaidOutLabel* label = nullptr;
  };
  mutable ImFont* font_ = nullptr;
  mutable float wrap_ = 0.0f;
  mutable std::vector<Shown> by_chip_;
  mutable std::unordered_map<std::string, LaidOutLabel> by_text_;  // nodes never move
};

}  // namespace pps
