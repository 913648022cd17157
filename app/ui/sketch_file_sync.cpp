#include "ui/sketch_file_sync.h"

#include <filesystem>
#include <iostream>
#include <utility>

#include "core/sketch_file.h"
#include "core/sketch_store.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

// The same file always under the same name, so that stamps and the board's file match.
std::string Absolute(const std::string& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  return ec ? path : absolute.lexically_normal().string();
}

void Tell(AppState& state, const std::string& text) {
  std::cerr << "pps-canvas: " << text << "\n";
  state.messages.Add(text);
}

}  // namespace

std::string OpenSketchFile(AppState& state, const std::string& path) {
  const std::string file = Absolute(path);
  // The stamp before the read: a write between the two shows as a change, never as none.
  const FileStamp stamp = StampOf(file);
  Loaded<Sketch> loaded = LoadSketch(file);
  if (!loaded) return loaded.error;
  Sketch sketch = std::move(*loaded.value);
  sketch.file = file;
  const Sketch* origin = FindCase(state.content, sketch.id);
  state.router.CancelAll(state.board);
  state.board.Open(std::move(sketch), origin);
  GalleryState& g = state.gallery;
  g.known[file] = stamp;
  if (g.conflict == file) g.conflict.clear();
  MarkSynced(state);
  return {};
}

void MarkSynced(AppState& state) {
  state.gallery.synced_file = state.board.Current().file;
  state.gallery.synced_revision = state.board.Revision();
  state.gallery.synced_opened = state.board.Opened();
}

void SyncSketchFile(AppState& state) {
  const Board& board = state.board;
  GalleryState& g = state.gallery;
  const Sketch& sketch = board.Current();
  if (sketch.file.empty() || !board.Settled()) return;
  if (sketch.file == g.synced_file && board.Revision() == g.synced_revision) return;
  if (sketch.file == g.conflict) return;  // the user has not chosen yet
  const FileStamp on_disk = StampOf(sketch.file);
  const auto known = g.known.find(sketch.file);
  if (on_disk.exists && (known == g.known.end() || known->second != on_disk)) {
    g.conflict = sketch.file;
    std::cerr << "pps-canvas: " << sketch.file
              << " was changed outside this PPS Canvas: not saved over, asking\n";
    return;
  }
  // A board put back by undo or Vorige may be older than what its file holds now (theirs,
  // loaded over ours): writing it would take their work back unasked. The file is read only then.
  if (on_disk.exists && board.Opened() != g.synced_opened) {
    const Loaded<Sketch> there = LoadSketch(sketch.file);
    if (!there || !SameTokens(*there.value, sketch)) {
      g.conflict = sketch.file;
      return;
    }
  }
  // A failed save is tried again at the next change, not at every frame.
  MarkSynced(state);
  FileStamp written;
  const std::string error =
      WriteFileAtomically(sketch.file, SketchToJson(sketch).dump(2) + "\n", &written);
  if (!error.empty()) {
    if (error != g.reported) Tell(state, error);
    g.reported = error;
    return;
  }
  g.known[sketch.file] = written;
  g.reported.clear();
  g.stale = true;  // its place in the gallery: the newest first
}

void KeepBothFiles(AppState& state) {
  GalleryState& g = state.gallery;
  const Sketch& ours = state.board.Current();
  if (g.conflict.empty() || ours.file != g.conflict) return;
  const std::string folder = fs::path(g.conflict).parent_path().string();
  const std::string base = ours.name.nl.empty() ? ours.name.en : ours.name.nl;
  std::string name = FreeSketchName(ListSketches(folder), base);
  if (name == base) name = base + " (2)";
  const StoreResult saved = SaveSketchAs(ours, folder, name);
  if (!saved) {
    Tell(state, saved.error);
    return;
  }
  const LocalText description = ours.description;
  state.board.SetSketchText({name, {}}, description);
  state.board.SetFile(saved.path);
  g.known[saved.path] = saved.stamp;
  g.conflict.clear();
  g.stale = true;
  MarkSynced(state);
}

void LoadTheirFile(AppState& state) {
  const std::string theirs = state.gallery.conflict;
  if (theirs.empty() || state.board.Current().file != theirs) return;
  const std::string error = OpenSketchFile(state, theirs);
  if (!error.empty()) Tell(state, error);
}

}  // namespace pps
