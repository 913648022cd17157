// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One's own sketches, kept by name in a folder (the gallery): save as a name, list, duplicate,
// rename, remove to a bin and restore from it. Every write is atomic and every error names the
// file. A sketch's name lives inside its file; the file name is only made from it once.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/io/atomic_file.h"
#include "core/io/loaded.h"
#include "core/model/sketch.h"

namespace pps {

// Removed sketches beyond this many leave the bin for good, the longest removed first.
inline constexpr std::size_t kMaxBinned = 30;

// $XDG_DATA_HOME/pps-canvas/sketches, else ~/.local/share/pps-canvas/sketches; empty when
// neither variable is set.
std::string SketchesFolder();

// The bin inside a sketches folder.
std::string BinFolder(const std::string& folder);

// One sketch file as listed.
struct SavedSketch {
  std::string path;
  std::string name;              // the name inside the file (Dutch, else English)
  std::int64_t modified_ns = 0;  // the file's mtime; in the bin, when it was removed
  std::vector<Token> tokens;     // for its picture and its type
};

struct SketchListing {
  std::vector<SavedSketch> sketches;  // newest first
  std::vector<std::string> errors;    // files that could not be read, each named
};

// What a write made: the file and its stamp, or an error naming the file.
struct StoreResult {
  std::string path;
  FileStamp stamp;
  std::string error;
  explicit operator bool() const { return error.empty(); }
};

// The sketches in `folder` (*.json, not the bin), newest first. No folder is an empty list.
SketchListing ListSketches(const std::string& folder);

// A file name for `name` in `folder` that no file has yet: lower-case letters, digits and
// dashes ("Zorg & café" -> "zorg-cafe.json", then "zorg-cafe-2.json").
std::string FreeSketchPath(const std::string& folder, const std::string& name);

// `base` when no listed sketch is called so, else "base (2)", "base (3)", ...
std::string FreeSketchName(const SketchListing& listing, const std::string& base);

// Writes `sketch` under the name `name` to a new file in `folder` (made when missing).
StoreResult SaveSketchAs(Sketch sketch, const std::string& folder, const std::string& name);

// Copies the sketch at `path` to a new file in the same folder, called `name`.
StoreResult DuplicateSketch(const std::string& path, const std::string& name);

// Renames the sketch at `path`: the name inside it; the file keeps its name.
StoreResult RenameSketch(const std::string& path, const std::string& name);

// Moves the sketch at `path` into the bin of `folder`, then keeps the bin to kMaxBinned.
StoreResult RemoveSketch(const std::string& folder, const std::string& path);

// Moves the removed sketch at `binned` back into `folder`, under a free file name.
StoreResult RestoreSketch(const std::string& folder, const std::string& binned);

// Removes from the bin of `folder` all but the `keep` most lately removed sketches. Returns an
// error, empty on success.
Error PruneBin(const std::string& folder, std::size_t keep = kMaxBinned);

}  // namespace pps
