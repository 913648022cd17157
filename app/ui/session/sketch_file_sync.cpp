// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/sketch_file_sync.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>

#include "core/files/sketch_store.h"
#include "core/io/json_read.h"
#include "core/model/classify.h"
#include "core/model/sketch_file.h"

namespace pps {

namespace fs = std::filesystem;

struct SketchFileSave {
  Sketch sketch;        // as handed to the writer
  FileStamp expected;   // its file as this app last read or wrote it
  GuardedWrite result;  // the writer's: how the write went
  FileStamp written;    // the writer's: the file it wrote
};

namespace {

// The same file always under the same name, so that stamps and the board's file match.
std::string Absolute(const std::string& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  return ec ? path : absolute.lexically_normal().string();
}

// Ours is not written over theirs: the user chooses (GalleryState::conflict).
void AskAboutTheirs(GalleryState& g, const std::string& file) {
  g.conflict = file;
  std::cerr << "pps-canvas: " << file
            << " was changed outside this PPS Canvas: not saved over, asking\n";
}

// The gallery's card of the file just written shows it as written, first in the listing (the
// newest) but in its place on screen while the gallery is open; the folder is not read again for
// it. A file the listing does not hold has it read again.
void ShowSavedCard(AppState& state, const Sketch& sketch, const FileStamp& written) {
  GalleryState& g = state.gallery;
  std::vector<SavedSketch>& cards = g.listing.sketches;
  const auto card = std::find_if(cards.begin(), cards.end(),
                                 [&](const SavedSketch& s) { return s.path == sketch.file; });
  if (g.stale || card == cards.end() || g.types.size() != cards.size()) {
    g.stale = true;
    return;
  }
  const std::size_t i = static_cast<std::size_t>(card - cards.begin());
  card->name = sketch.name.nl.empty() ? sketch.name.en : sketch.name.nl;
  card->modified_ns = written.modified_ns;
  card->tokens = sketch.tokens;
  g.types[i] = Classify(state.content.model, sketch.tokens).type;
  std::rotate(cards.begin(), card, card + 1);
  std::rotate(g.types.begin(), g.types.begin() + static_cast<std::ptrdiff_t>(i),
              g.types.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  ArrangeSlots(g.cards, cards, g.copied_from);
}

}  // namespace

Error OpenSketchFile(AppState& state, const std::string& path) {
  FinishSketchFileSave(state);  // a write of the file under way is not read half-done
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

void SyncSketchFile(AppState& state, bool exit) {
  GalleryState& g = state.gallery;
  if (exit) FinishSketchFileSave(state);  // the write under way may hold the last change
  else TakeSketchFileSave(state);
  // One write at a time: the next one's check needs the stamp this one leaves.
  if (g.saving) return;
  const Board& board = state.board;
  const Sketch& sketch = board.Current();
  if (sketch.file.empty() || !board.Settled()) return;
  const bool failed = !g.reported.empty();
  if (sketch.file == g.synced_file && board.Revision() == g.synced_revision && !(exit && failed))
    return;
  if (sketch.file == g.conflict) return;  // the user has not chosen yet
  const auto known = g.known.find(sketch.file);
  const FileStamp expected = known == g.known.end() ? FileStamp{} : known->second;
  // Looked at again as it is written; this first look keeps theirs from being read as ours below.
  const FileStamp on_disk = StampOf(sketch.file);
  if (on_disk.exists && on_disk != expected) return AskAboutTheirs(g, sketch.file);
  if (expected.exists && !on_disk.exists)
    Tell(state, sketch.file + " was deleted outside this PPS Canvas; the board is saved there " +
                    "again.");
  // A board put back by undo or Vorige may be older than what its file holds now (theirs,
  // loaded over ours): writing it would take their work back unasked. The file is read only then.
  if (on_disk.exists && board.Opened() != g.synced_opened) {
    const Loaded<Sketch> there = LoadSketch(sketch.file);
    if (!there || !SameTokens(*there.value, sketch)) {
      g.conflict = sketch.file;
      return;
    }
  }
  // The frame copies the sketch; the writer turns it into text and writes it. A failed save is
  // tried again at the next change, not at every frame.
  auto save = std::make_shared<SketchFileSave>();
  save->sketch = sketch;
  save->expected = expected;
  g.saving = save;
  MarkSynced(state);
  if (!g.writer) g.writer = std::make_unique<SaveWriter>();
  g.writer->Post([save] {
    // Another copy of the app may write the file at this very moment: the check and the write
    // are one step, and of two copies the later one finds the earlier one's file and asks.
    const Loaded<std::string> text = ReadableText(save->sketch.file, SketchToJson(save->sketch));
    save->result =
        text ? WriteFileIfUnchanged(save->sketch.file, *text.value, save->expected, &save->written)
             : GuardedWrite{WriteOutcome::kFailed, text.error};
    return SaveOutcome{};
  });
  if (exit) FinishSketchFileSave(state);
}

void TakeSketchFileSave(AppState& state) {
  GalleryState& g = state.gallery;
  if (!g.saving || g.writer->Take().empty()) return;
  const std::shared_ptr<SketchFileSave> save = std::move(g.saving);
  const Sketch& sketch = save->sketch;
  const GuardedWrite& saved = save->result;
  if (saved.outcome == WriteOutcome::kTheirs) return AskAboutTheirs(g, sketch.file);
  if (saved.outcome == WriteOutcome::kFailed) {
    if (saved.error != g.reported) Tell(state, saved.error);
    g.reported = saved.error;
    return;
  }
  g.known[sketch.file] = save->written;
  g.reported.clear();
  ShowSavedCard(state, sketch, save->written);
}

void FinishSketchFileSave(AppState& state) {
  if (!state.gallery.saving) return;
  state.gallery.writer->Wait();
  TakeSketchFileSave(state);
}

void KeepBothFiles(AppState& state) {
  FinishSketchFileSave(state);
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
  const Error error = OpenSketchFile(state, theirs);
  if (!error.empty()) Tell(state, error.what());
}

}  // namespace pps
