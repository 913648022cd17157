// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The gallery of one's own sketches in the sidebar: save the board as a name, then each kept
// sketch as a card (a small picture of its board, its name and type) with Open, Copy, Name and
// Remove, newest first; below them the bin, to restore from.

#include "core/model/sketch.h"
#include "ui/panels/text_entry.h"
#include "ui/state/gallery_state.h"
#include "ui/state/ui.h"

namespace pps {

// Draws the gallery into the current window, reading the folder again first when it changed.
// `board` is the sketch on the board; renaming and saving as open `entry`. At its foot, the
// story lines (ui/panels/story_panel.h); `recording`: one is being recorded.
void DrawGallery(const Ui& ui, GalleryState& gallery, const Sketch& board, TextEntry& entry,
                 bool recording);

// When the board's file was changed on disk since this app read or wrote it: says so, with
// "Keep both" and "Load theirs". Nothing otherwise.
void DrawFileConflict(const Ui& ui, const GalleryState& gallery, const Sketch& board);

}  // namespace pps
