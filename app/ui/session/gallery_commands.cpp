// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/gallery_commands.h"

#include <filesystem>
#include <iostream>

#include "core/files/sketch_store.h"
#include "core/model/sketch_file.h"
#include "ui/session/report_export.h"
#include "ui/session/sketch_file_sync.h"

namespace pps {

namespace {

// The board under the name `name`, in a new file of the gallery; it saves there from now on.
void SaveAs(AppState& state, const std::string& name) {
  GalleryState& g = state.gallery;
  const StoreResult saved = SaveSketchAs(state.board.Current(), g.folder, name);
  if (!saved) return Tell(state, saved.error);
  const LocalText description = state.board.Current().description;
  state.board.SetSketchText({name, {}}, description);
  state.board.SetFile(saved.path);
  g.known[saved.path] = saved.stamp;
  MarkSynced(state);
}

void Duplicate(AppState& state, const std::string& path) {
  GalleryState& g = state.gallery;
  std::string name;
  for (const SavedSketch& s : g.listing.sketches)
    if (s.path == path) name = FreeSketchName(g.listing, s.name);
  if (name.empty()) return Tell(state, path + ": no longer in the gallery");
  const StoreResult copy = DuplicateSketch(path, name);
  if (!copy) return Tell(state, copy.error);
  g.known[copy.path] = copy.stamp;
  g.copied_from[copy.path] = path;  // its card below the original's, which stays put
}

// A copy of the kept sketch in `path` into the documents folder, where a report goes: to mail or
// to carry to another table (in a browser, a download). Read and written as a sketch, so that
// what leaves is a file the app can read back.
void Export(AppState& state, const std::string& path) {
  FinishSketchFileSave(state);  // the board's own file, as its last change left it
  Loaded<Sketch> sketch = LoadSketch(path);
  if (!sketch) return Tell(state, sketch.error);
  const std::string folder = ExportFolder(state);
  if (folder.empty()) return;
  const std::string to = FreeSketchPath(folder, std::filesystem::path(path).stem().string());
  if (const Error e = SaveSketch(*sketch.value, to)) return Tell(state, e.what());
  state.messages.Note(std::string(S(state, Str::SketchExported)) + " " + to);
}

// The name inside the file; when it is the board's sketch, the board's name too (an undo step).
void Rename(AppState& state, const std::string& path, const std::string& name) {
  FinishSketchFileSave(state);  // the board's own file is not renamed while it is written
  GalleryState& g = state.gallery;
  // Renaming rewrites the file as it is on disk. Only a file as this app last left it stays ours
  // afterwards: one someone else wrote since (or one in conflict) must still ask before our
  // board is saved over it.
  const auto known = g.known.find(path);
  const bool ours = known != g.known.end() && known->second == StampOf(path) && path != g.conflict;
  const StoreResult renamed = RenameSketch(path, name);
  if (!renamed) return Tell(state, renamed.error);
  if (ours) g.known[path] = renamed.stamp;
  else g.known.erase(path);
  if (state.board.Current().file == path) {
    const LocalText description = state.board.Current().description;
    state.board.SetSketchText({name, {}}, description);
    if (ours && state.board.Settled()) MarkSynced(state);
  }
}

// To the bin. The board keeps the sketch if it is on it, but no longer saves it there.
void Remove(AppState& state, const std::string& path) {
  FinishSketchFileSave(state);  // nor binned while it is written, only to be written back
  GalleryState& g = state.gallery;
  const StoreResult binned = RemoveSketch(g.folder, path);
  if (!binned && binned.path.empty()) return Tell(state, binned.error);
  if (!binned) Tell(state, binned.error);  // removed, but the bin could not be kept small
  g.known.erase(path);
  if (g.conflict == path) g.conflict.clear();
  if (g.compare_file == path) g.compare_file.clear();  // no longer a card to turn it off
  if (state.board.Current().file != path) return;
  // The board stays as it is, but no longer saves to a file: the user must know, and restoring
  // the card links the two again.
  state.board.SetFile({});
  MarkSynced(state);
  g.board_binned = binned.path;
  state.messages.Note(S(state, Str::SketchBinnedOpen));
}

void Restore(AppState& state, const std::string& binned) {
  GalleryState& g = state.gallery;
  const StoreResult back = RestoreSketch(g.folder, binned);
  if (!back) return Tell(state, back.error);
  g.known[back.path] = back.stamp;
  if (binned != g.board_binned || !state.board.Current().file.empty()) return;
  // The board's own file is back: what changed on the board meanwhile is saved to it next.
  g.board_binned.clear();
  state.board.SetFile(back.path);
  state.messages.Note(std::string(S(state, Str::SketchRestoredOpen)) + " " +
                      state.board.Current().name.In(state.language) + ".");
}

}  // namespace

void ApplyGalleryCommand(AppState& state, const Command& command) {
  GalleryState& g = state.gallery;
  switch (command.kind) {
    case CommandKind::ToggleGallery:
      g.open = !g.open;
      if (g.open) {  // read afresh, and laid out afresh: newest first
        state.library_open = state.report_view.open = false, g.stale = true;
        g.cards.clear(), g.binned.clear(), g.copied_from.clear();
      }
      state.scroll_sidebar_to_top = true;
      return;
    case CommandKind::CloseGallery:
      g.open = false;
      return;
    case CommandKind::SaveSketchAs:
      SaveAs(state, command.text);
      break;
    case CommandKind::OpenSaved:
      if (const Error error = OpenSketchFile(state, command.file); !error.empty())
        Tell(state, error.what());
      else g.open = false;  // the sidebar shows what the opened sketch is
      break;
    case CommandKind::DuplicateSaved:
      Duplicate(state, command.file);
      break;
    case CommandKind::RenameSaved:
      Rename(state, command.file, command.text);
      break;
    case CommandKind::RemoveSaved:
      Remove(state, command.file);
      break;
    case CommandKind::ExportSaved:
      Export(state, command.file);
      return;
    case CommandKind::RestoreSaved:
      Restore(state, command.file);
      break;
    case CommandKind::KeepBothFiles:
      KeepBothFiles(state);
      break;
    case CommandKind::LoadTheirs:
      LoadTheirFile(state);
      break;
    default:
      return;
  }
  g.stale = true;
}

}  // namespace pps
