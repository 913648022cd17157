// SPDX-License-Identifier: EUPL-1.2
#include "core/io/shortened.h"

namespace pps {

std::string Shortened(std::string words, std::size_t most) {
  if (words.size() <= most) return words;
  std::size_t cut = words.rfind(' ', most);
  if (cut == std::string::npos || cut < most / 2)
    for (cut = most; cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80;) --cut;
  words.resize(cut);
  while (!words.empty() && words.back() == ' ') words.pop_back();
  return words + "\u2026";
}

}  // namespace pps
