// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The sidebar: the current type, how clear it is, and what that type asks of the partners; or,
// while open, the gallery of one's own sketches or the activity library.

#include <unordered_map>

#include "core/board/board.h"
#include "core/board/type_timeline.h"
#include "core/model/classify.h"
#include "ui/panels/text_entry.h"
#include "ui/state/gallery_state.h"
#include "ui/state/messages.h"
#include "ui/state/report_view.h"
#include "ui/state/ui.h"
#include "ui/state/view_state.h"

namespace pps {

// What the sidebar shows, and the view state it keeps.
struct SidebarScene {
  const Ui& ui;
  const Board& board;
  const TypeTimeline& timeline;  // the type shifts since the board was opened
  bool library_open;             // the library instead of the guidance
  GalleryState& gallery;         // one's own sketches instead of the guidance, while open
  AimView& aim;
  TextEntry& entry;  // opened by the gallery's and the library's buttons that ask for a text
  std::unordered_map<const void*, BlockHeight>& block_heights;  // keyed by the block's text
  const StoryRecorder& recorder;  // a story line being recorded: its bar on top
  const Sketch* compared = nullptr;  // a case study or kept sketch compared with; null: none
  const ReportView* report = nullptr;  // the report last made, instead of the guidance
  const std::vector<std::string>* sticks = nullptr;  // the USB sticks mounted, while it shows
  BoardRect board_rect{};  // px: where the board is, for an activity carried onto it
};

// Draws the sidebar's contents into the current ImGui window.
void DrawSidebar(const SidebarScene& scene, const Classification& c);

}  // namespace pps
