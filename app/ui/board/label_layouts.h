// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Chip labels broken into lines and measured once per text, font and wrap width: wrapping text
// costs nearly as much as drawing it, and thousands of chips are measured every frame for
// hit-testing. Drawing a laid-out label needs no wrapping at all.

#include <imgui.h>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/io/hyphenation.h"
#include "core/io/text.h"

namespace pps {

// How wide a chip's label may be, px at scale 1.
inline constexpr float kChipLabelWrap = 200.0f;

struct LaidOutLabel {
  std::string lines;  // the label with a '\n' at each line break
  ImVec2 size;        // px
};

// Breaks `text` into lines no wider than `wrap` px in `font` at its own size: between words, and
// a word wider than a line at the last of `hyphenation`'s points that fits, with a hyphen
// added (or after a hyphen of its own). Only a word with no such point (or without patterns)
// breaks at the last letter that fits, without a hyphen.
std::string BreakLines(ImFont* font, float wrap, const std::string& text,
                       const Hyphenation* hyphenation);

class LabelLayouts {
 public:
  // `text`, the label of chip `chip` in `language`, in `font` at its own size, wrapped at `wrap`
  // px. Keyed by the text itself, so it can never be stale: first by comparing it with what the
  // same chip showed before (cheaper than hashing), then by looking it up. A new font, wrap
  // width or language starts afresh. The result stays valid until then. The first label of a
  // language reads its hyphenation patterns.
  const LaidOutLabel& Get(std::size_t chip, ImFont* font, float wrap, Language language,
                          const std::string& text) const;

 private:
  struct Shown {
    std::string text;
    const LaidOutLabel* label = nullptr;
  };
  mutable ImFont* font_ = nullptr;
  mutable float wrap_ = 0.0f;
  mutable Language language_ = Language::Dutch;
  mutable std::vector<Shown> by_chip_;
  mutable std::unordered_map<std::string, LaidOutLabel> by_text_;    // nodes never move
  mutable std::array<std::unique_ptr<Hyphenation>, 2> hyphenation_;  // by language, once read
};

}  // namespace pps
