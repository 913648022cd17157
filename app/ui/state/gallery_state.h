// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the gallery of one's own sketches, and the board's own sketch file, keep between frames.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/files/save_writer.h"
#include "core/files/sketch_store.h"
#include "core/io/atomic_file.h"
#include "core/model/pps_type.h"
#include "core/model/sketch.h"
#include "ui/state/gallery_slots.h"

namespace pps {

struct SketchFileSave;  // one write of the board's own file (ui/session/sketch_file_sync.cpp)

struct GalleryState {
  std::string folder;  // one's own sketches (core/files/sketch_store.h); empty: there is none
  std::string stories_folder;  // one's own story lines, recorded; empty: there is none
  std::string editing_story;   // the file of one's own story line whose steps are listed
  // A kept sketch compared with, faintly under the board: its file ("": none) and what it held
  // when it was chosen.
  std::string compare_file;
  Sketch compare;
  bool open = false;   // the sidebar shows the gallery
  bool stale = true;   // the folder is read again before the gallery is next drawn
  SketchListing listing, bin;                 // as read last; newest first
  std::vector<std::optional<PpsType>> types;  // per listed sketch, classified when read
  // Where the cards and the bin's rows stand while the gallery is open (ui/state/gallery_slots.h);
  // empty: afresh at the next read. A copy's path, to its original's: it goes below it.
  std::vector<GallerySlot> cards, binned;
  std::unordered_map<std::string, std::string> copied_from;
  // Sketch files as this app last read or wrote them: one that differs has been changed by
  // someone else, and is not written over without asking.
  std::unordered_map<std::string, FileStamp> known;
  std::string conflict;      // the board's file, changed on disk: not saved until the user chooses
  std::string board_binned;  // where the board's own file went when it was binned, until restored
  std::string synced_file;   // the board's file at the last save (or try)
  std::uint64_t synced_revision = UINT64_MAX;  // board revision then
  std::uint64_t synced_opened = UINT64_MAX;    // board.Opened() then
  std::string reported;                        // the last save error said, until one succeeds
  // The board's own file is written off the frame: the write handed over, until a later frame
  // takes how it went, and the thread that writes it (made at the first write).
  std::shared_ptr<SketchFileSave> saving;
  std::unique_ptr<SaveWriter> writer;
};

}  // namespace pps
