// SPDX-License-Identifier: EUPL-1.2
#include "ui/state/gallery_slots.h"

#include <algorithm>

namespace pps {

void ArrangeSlots(std::vector<GallerySlot>& slots, const std::vector<SavedSketch>& listed,
                  const std::unordered_map<std::string, std::string>& after) {
  std::unordered_map<std::string, int> index;
  for (std::size_t i = 0; i < listed.size(); ++i) index[listed[i].path] = static_cast<int>(i);
  const auto find = [&](const std::string& path) {
    return std::find_if(slots.begin(), slots.end(),
                        [&](const GallerySlot& s) { return s.path == path; });
  };
  for (GallerySlot& slot : slots) {
    const auto it = index.find(slot.path);
    slot.index = it == index.end() ? -1 : it->second;
    if (slot.index >= 0) slot.name = listed[static_cast<std::size_t>(slot.index)].name;
  }
  // New files, the oldest first, so that each one put at the top leaves the newest there.
  for (std::size_t n = listed.size(); n-- > 0;) {
    const std::string& path = listed[n].path;
    if (find(path) != slots.end()) continue;
    const GallerySlot slot{path, listed[n].name, static_cast<int>(n), 0.0f};
    const auto original = after.find(path);
    const auto below = original == after.end() ? slots.end() : find(original->second);
    if (below != slots.end()) slots.insert(below + 1, slot);
    else slots.insert(slots.begin(), slot);
  }
}

}  // namespace pps
