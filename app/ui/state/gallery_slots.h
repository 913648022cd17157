// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Where each kept sketch's card stands while the gallery is open. A card keeps its place when the
// folder is read again: one that went (binned, or restored from the bin) leaves a gap of its
// height, and a new one goes where it does not push the card just tapped. So no button moves
// under a finger between two taps, and a double tap on Weg never bins a second sketch. The
// places start afresh, newest first, when the gallery is opened again.

#include <string>
#include <unordered_map>
#include <vector>

#include "core/files/sketch_store.h"

namespace pps {

struct GallerySlot {
  std::string path;     // the file shown there
  std::string name;     // the sketch's name, as read last
  int index = -1;       // into the listing as read last; -1: gone, a gap
  float height = 0.0f;  // px, as drawn last: a gap keeps it
};

// Places `listed` (as read, newest first) in `slots`: each file where it stood, a file no longer
// listed a gap, a gap of the same file filled again, a file in `after` (a copy: its original's
// path) just below that original, and any other new file at the top. With no slots yet, the
// listing's order.
void ArrangeSlots(std::vector<GallerySlot>& slots, const std::vector<SavedSketch>& listed,
                  const std::unordered_map<std::string, std::string>& after);

}  // namespace pps
