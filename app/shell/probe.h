// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What a script that drives the real app from outside (tests/e2e) reads between frames, so that
// it waits for a condition instead of a fixed time: after each frame a status line
// (--status-file) and, when it changed, what is on screen (--dump-layout, ui/frame/layout_dump.h).
// Each file is written whole and renamed into place, so a reader never sees half of one. Off
// unless an option names a file; the layout file is written before the status.
//
// The status line:
//   frame F input I held H settled 0|1 size WxH exposed E revision R saved S
// F frames run; I input events taken (mouse, keys, touch, TUIO) since the start; H buttons, keys
// and fingers pressed and not let go of; settled 1 once the last two frames drew the same,
// nothing animates or waits, and nothing is held: the app sleeps until the next event (and what
// it drew is on the X server, main.cpp); W H the window in px; E how often the window lost
// its pixels (mapped, uncovered) and was drawn again; R the board's revision; S the last revision
// whose autosave and own sketch file (when it has one; or the app asks about that file) were on
// disk, "-" before the first.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "shell/frame.h"

namespace pps {

class Probe {
 public:
  Probe(std::string status_path, std::string layout_path)
      : status_path_(std::move(status_path)), layout_path_(std::move(layout_path)) {}

  bool On() const { return !status_path_.empty() || !layout_path_.empty(); }

  // After a frame of `app` (StepFrame); `exposures` as the status line's E; `more`: lines for the
  // layout from beyond the app's window (the presenter's, DumpSpeaker).
  void AfterFrame(const App& app, long exposures, const std::string& more = {});

 private:
  void Follow(const App& app);
  void Write(const std::string& path, const std::string& text);

  std::string status_path_, layout_path_;
  long frames_ = 0, inputs_ = 0;
  int keys_held_ = 0;                     // key presses not yet let go of
  std::vector<PointerId> pointers_held_;  // pointers pressed and not yet lifted
  std::uint64_t saved_ = UINT64_MAX;      // the last revision seen saved
  std::string layout_;                    // as last written
  bool failed_ = false;                   // a write failed (said once on stderr)
};

}  // namespace pps
