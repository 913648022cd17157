// SPDX-License-Identifier: EUPL-1.2
#include "ui/state/ui.h"

#include <cstring>

namespace pps {

void TapTargets::Record(const char* label, const ChipRect& rect, const ChipRect& visible) {
  if (count_ >= kMax) return;
  TapTarget& t = items_[static_cast<std::size_t>(count_++)];
  std::strncpy(t.label.data(), label, t.label.size() - 1);
  t.label.back() = '\0';
  t.rect = rect;
  t.visible = visible;
}

const TapTarget* TapTargets::Find(const char* label) const {
  const std::size_t n = std::strlen(label);
  for (int i = 0; i < count_; ++i) {
    const char* have = items_[static_cast<std::size_t>(i)].label.data();
    const char* hidden = std::strstr(have, "##");
    const std::size_t shown = hidden ? static_cast<std::size_t>(hidden - have) : std::strlen(have);
    // "##id" alone finds a button by its id, whatever it shows.
    const auto id = [](const char* l) {
      while (*l == '#') ++l;
      return l;
    };
    const bool by_id =
        label[0] == '#' && label[1] == '#' && hidden && std::strcmp(id(hidden), id(label)) == 0;
    if (std::strcmp(have, label) == 0 || by_id || (shown == n && std::strncmp(have, label, n) == 0))
      return &items_[static_cast<std::size_t>(i)];
  }
  return nullptr;
}

}  // namespace pps
