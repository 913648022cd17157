// SPDX-License-Identifier: EUPL-1.2
#include "core/files/sketch_store.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>

#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFileStem = 60;  // bytes of a file name made from a sketch's name

// Latin-1 letters (U+00C0..U+00FF) as the ASCII letter they are written with in a file name.
constexpr char kLatin1[] =
    "aaaaaaaceeeeiiiidnooooo-ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo-ouuuuyty";

std::string Stem(const std::string& name) {
  std::string stem;
  bool dash = false;
  const auto put = [&](char c) {
    if (c == '-') {
      dash = !stem.empty();
      return;
    }
    if (dash) stem += '-';
    dash = false;
    stem += c;
  };
  for (std::size_t i = 0; i < name.size() && stem.size() < kMaxFileStem; ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(static_cast<char>(c));
    else if ((c == 0xC3) && i + 1 < name.size()) {
      const auto next = static_cast<unsigned char>(name[++i]);
      if (next >= 0x80 && next <= 0xBF) put(kLatin1[next - 0x80]);  // U+00C0 + (next - 0x80)
      else put('-');
    } else {
      put('-');
    }
  }
  return stem.empty() ? "schets" : stem;
}

std::string NameOf(const Sketch& sketch) {
  return sketch.name.nl.empty() ? sketch.name.en : sketch.name.nl;
}

// Checks a name the user typed: something, and not more than a name may hold.
std::string CheckName(const std::string& name) {
  if (name.find_first_not_of(" \t") == std::string::npos) return "a sketch needs a name";
  if (name.size() > kMaxLabelBytes)
    return "a sketch's name is at most " + std::to_string(kMaxLabelBytes) + " bytes";
  return {};
}

StoreResult Write(const Sketch& sketch, const std::string& path) {
  StoreResult result;
  result.path = path;
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) {
    result.error = path + ": cannot create its folder: " + ec.message();
    return result;
  }
  result.error = WriteReadable(path, SketchToJson(sketch), &result.stamp).what();
  return result;
}

StoreResult Failed(std::string error) {
  StoreResult result;
  result.error = std::move(error);
  return result;
}

// Writes `sketch` to a new file in `folder` named after `name`, never over a file that stands
// there: not even one another app saved under that name after it was chosen. Ours is written
// whole under a temporary name, then named in one step that fails when the name is taken; then
// the next free name is tried.
StoreResult WriteNew(const Sketch& sketch, const std::string& folder, const std::string& name) {
  std::string path = FreeSketchPath(folder, name);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Failed(path + ": cannot create its folder: " + ec.message());
  std::string error;
  const std::string temp = CreateTemporaryFile(path, &error);
  if (temp.empty()) return Failed(error);
  StoreResult result = Write(sketch, temp);
  // Every other app would have to save this very name each time we look: a few tries are enough.
  for (int tries = 0; result && tries < 20; ++tries) {
    const GuardedWrite named = MoveToNewName(temp, path);
    if (named.outcome == WriteOutcome::kWritten) {
      result.path = path;
      return result;
    }
    if (named.outcome == WriteOutcome::kFailed) result.error = named.error;
    else path = FreeSketchPath(folder, name);
  }
  fs::remove(temp, ec);
  // Errors name the file the user asked for, never the temporary one.
  if (result.error.compare(0, temp.size(), temp) == 0) result.error.replace(0, temp.size(), path);
  if (result) result.error = path + ": not saved: other files keep taking its name";
  return result;
}

// A free name for the file `name` in `folder`: itself, else "stem-2.json", "stem-3.json", ...
std::string FreeFileName(const fs::path& folder, const std::string& stem) {
  std::error_code ec;
  fs::path path = folder / (stem + ".json");
  for (int n = 2; fs::exists(path, ec); ++n)
    path = folder / (stem + "-" + std::to_string(n) + ".json");
  return path.string();
}

// Moves `from` into `folder` under a free name made from `stem`, never over a file that stands
// there: not even one that another app put under that name after it was chosen.
StoreResult MoveToFreeName(const std::string& from, const std::string& folder,
                           const std::string& stem) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Failed(folder + ": cannot create it: " + ec.message());
  for (int tries = 0; tries < 20; ++tries) {
    const std::string to = FreeFileName(folder, stem);
    const GuardedWrite moved = MoveToNewName(from, to);
    if (moved.outcome == WriteOutcome::kFailed) return Failed(from + ": not moved: " + moved.error);
    if (moved.outcome == WriteOutcome::kTheirs) continue;
    StoreResult result;
    result.path = to;
    result.stamp = StampOf(to);
    return result;
  }
  return Failed(from + ": not moved: other files keep taking its name");
}

bool IsSketchFile(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.is_regular_file(ec) && entry.path().extension() == ".json";
}

}  // namespace

std::string SketchesFolder() {
  const char* data = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  fs::path dir;
  if (data && *data) dir = data;
  else if (home && *home) dir = fs::path(home) / ".local" / "share";
  else return {};
  return (dir / "pps-canvas" / "sketches").string();
}

std::string BinFolder(const std::string& folder) {
  return (fs::path(folder) / "bin").string();
}

SketchListing ListSketches(const std::string& folder) {
  SketchListing listing;
  std::error_code ec;
  if (folder.empty() || !fs::exists(folder, ec)) return listing;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!IsSketchFile(*it)) continue;
    const std::string path = it->path().string();
    const FileStamp stamp = StampOf(path);
    Loaded<Sketch> loaded = LoadSketch(path);
    if (!loaded) {
      listing.errors.push_back(loaded.error);
      continue;
    }
    listing.sketches.push_back(
        {path, NameOf(*loaded.value), stamp.modified_ns, std::move(loaded.value->tokens)});
  }
  if (ec) listing.errors.push_back(folder + ": cannot list: " + ec.message());
  std::sort(listing.sketches.begin(), listing.sketches.end(),
            [](const SavedSketch& a, const SavedSketch& b) {
              return a.modified_ns != b.modified_ns ? a.modified_ns > b.modified_ns
                                                    : a.path < b.path;
            });
  return listing;
}

std::string FreeSketchPath(const std::string& folder, const std::string& name) {
  return FreeFileName(folder, Stem(name));
}

std::string FreeSketchName(const SketchListing& listing, const std::string& base) {
  const auto taken = [&](const std::string& name) {
    return std::any_of(listing.sketches.begin(), listing.sketches.end(),
                       [&](const SavedSketch& s) { return s.name == name; });
  };
  if (!taken(base)) return base;
  std::string name;
  for (int n = 2; taken(name = base + " (" + std::to_string(n) + ")"); ++n) {
  }
  return name;
}

StoreResult SaveSketchAs(Sketch sketch, const std::string& folder, const std::string& name) {
  if (const std::string bad = CheckName(name); !bad.empty()) return Failed(bad);
  if (folder.empty())
    return Failed("no folder for sketches: neither XDG_DATA_HOME nor HOME is set");
  sketch.name = {name, {}};
  return WriteNew(sketch, folder, name);
}

StoreResult DuplicateSketch(const std::string& path, const std::string& name) {
  if (const std::string bad = CheckName(name); !bad.empty()) return Failed(bad);
  Loaded<Sketch> loaded = LoadSketch(path);
  if (!loaded) return Failed(loaded.error);
  loaded.value->name = {name, {}};
  return WriteNew(*loaded.value, fs::path(path).parent_path().string(), name);
}

StoreResult RenameSketch(const std::string& path, const std::string& name) {
  if (const std::string bad = CheckName(name); !bad.empty()) return Failed(path + ": " + bad);
  // The stamp before the read: what another app writes meanwhile is not renamed away.
  const FileStamp read = StampOf(path);
  Loaded<Sketch> loaded = LoadSketch(path);
  if (!loaded) return Failed(loaded.error);
  loaded.value->name = {name, {}};
  const Loaded<std::string> text = ReadableText(path, SketchToJson(*loaded.value));
  if (!text) return Failed(text.error);
  StoreResult result;
  result.path = path;
  const GuardedWrite written = WriteFileIfUnchanged(path, *text.value, read, &result.stamp);
  if (written.outcome == WriteOutcome::kTheirs)
    return Failed(path + ": changed by another program while it was renamed; not renamed");
  result.error = written.error;
  return result;
}

StoreResult RemoveSketch(const std::string& folder, const std::string& path) {
  StoreResult result = MoveToFreeName(path, BinFolder(folder), fs::path(path).stem().string());
  if (!result) return result;
  // Its time in the bin is when it was removed: the bin drops the longest removed first.
  std::error_code ec;
  fs::last_write_time(result.path, fs::file_time_type::clock::now(), ec);
  result.stamp = StampOf(result.path);
  result.error = PruneBin(folder).what();
  return result;
}

StoreResult RestoreSketch(const std::string& folder, const std::string& binned) {
  return MoveToFreeName(binned, folder, fs::path(binned).stem().string());
}

Error PruneBin(const std::string& folder, std::size_t keep) {
  const std::string bin = BinFolder(folder);
  std::vector<std::pair<std::int64_t, fs::path>> files;
  std::error_code ec;
  if (!fs::exists(bin, ec)) return {};
  for (fs::directory_iterator it(bin, ec), end; !ec && it != end; it.increment(ec))
    if (IsSketchFile(*it)) files.emplace_back(StampOf(it->path().string()).modified_ns, it->path());
  if (ec) return bin + ": cannot list: " + ec.message();
  if (files.size() <= keep) return {};
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (std::size_t i = keep; i < files.size(); ++i) {
    fs::remove(files[i].second, ec);
    if (ec) return files[i].second.string() + ": cannot remove from the bin: " + ec.message();
  }
  return {};
}

}  // namespace pps
