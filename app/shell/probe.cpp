// SPDX-License-Identifier: EUPL-1.2
#include "shell/probe.h"

#include <imgui.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "ui/frame/layout_dump.h"

namespace pps {

namespace {

// The board's own sketch file is saved, or waits for the user to choose (changed on disk).
bool FileSynced(const AppState& state) {
  const Sketch& sketch = state.board.Current();
  const GalleryState& g = state.gallery;
  if (g.saving) return false;  // the writer has not ended, or its outcome is not taken
  return sketch.file.empty() || sketch.file == g.conflict ||
         (sketch.file == g.synced_file && state.board.Revision() == g.synced_revision);
}

}  // namespace

void Probe::Follow(const App& app) {
  ++frames_;
  inputs_ += static_cast<long>(app.input.size());
  for (const InputEvent& e : app.input) {
    if (e.kind == InputKind::Key) keys_held_ = std::max(0, keys_held_ + (e.down ? 1 : -1));
    if (e.kind != InputKind::Pointer) continue;
    const auto held = std::find(pointers_held_.begin(), pointers_held_.end(), e.pointer);
    if (e.phase == PointerPhase::Down && held == pointers_held_.end())
      pointers_held_.push_back(e.pointer);
    if ((e.phase == PointerPhase::Up || e.phase == PointerPhase::Cancel) &&
        held != pointers_held_.end())
      pointers_held_.erase(held);
  }
  const AppState& state = app.state;
  if (!app.autosave.Unsaved(state.board) && FileSynced(state)) saved_ = state.board.Revision();
}

void Probe::AfterFrame(const App& app, long exposures, const std::string& more) {
  if (!On()) return;
  Follow(app);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (!layout_path_.empty()) {
    std::string layout = DumpLayout(app.state, {display.x, display.y}) + more;
    if (layout != layout_) Write(layout_path_, layout), layout_ = std::move(layout);
  }
  if (status_path_.empty()) return;
  const int held = keys_held_ + static_cast<int>(pointers_held_.size());
  const bool settled = app.settled && held == 0;
  char line[256];
  std::snprintf(line, sizeof line,
                "frame %ld input %ld held %d settled %d size %dx%d exposed %ld revision %llu "
                "saved ",
                frames_, inputs_, held, settled ? 1 : 0, static_cast<int>(display.x),
                static_cast<int>(display.y), exposures,
                static_cast<unsigned long long>(app.state.board.Revision()));
  std::string status = line;
  status += saved_ == UINT64_MAX ? std::string("-") : std::to_string(saved_);
  Write(status_path_, status + "\n");
}

void Probe::Write(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  std::FILE* f = std::fopen(temporary.c_str(), "wb");
  bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (f) ok = std::fclose(f) == 0 && ok;
  ok = ok && std::rename(temporary.c_str(), path.c_str()) == 0;
  if (!ok && !failed_)
    std::cerr << "pps-canvas: cannot write " << path << ": " << std::strerror(errno) << "\n";
  failed_ = failed_ || !ok;
}

}  // namespace pps
