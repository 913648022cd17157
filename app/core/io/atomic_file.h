// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Saving without ever leaving a half-written file behind, and noticing when a file is no longer
// the one this app wrote or read, even when another copy of the app writes it at the same moment.

#include <cstdint>
#include <string>
#include <string_view>

namespace pps {

// Which file stands at a path, and as what: another program that replaces it (a new inode) or
// writes into it (a new size or time) changes the stamp.
struct FileStamp {
  bool exists = false;
  std::uint64_t device = 0, inode = 0, size = 0;
  std::int64_t modified_ns = 0;  // mtime; a rename keeps it

  bool operator==(const FileStamp& o) const {
    return exists == o.exists && device == o.device && inode == o.inode && size == o.size &&
           modified_ns == o.modified_ns;
  }
  bool operator!=(const FileStamp& o) const { return !(*this == o); }
};

// The stamp of what stands at `path` now; `exists` false when nothing (or nothing readable) does.
FileStamp StampOf(const std::string& path);

// Writes `contents` to a temporary file beside `path`, flushes it to disk, renames it over
// `path` and flushes the folder, so that the new name survives a power cut. Returns an error
// message naming `path` (never the temporary name: the same failure gives the same message), or
// an empty string on success. `written`, when given, gets the stamp of the file written.
std::string WriteFileAtomically(const std::string& path, std::string_view contents,
                                FileStamp* written = nullptr);

// How a write that must leave someone else's file alone ended.
enum class WriteOutcome {
  kWritten,
  kTheirs,  // someone else's file stands at the path: nothing was written over it
  kFailed,
};

struct GuardedWrite {
  WriteOutcome outcome = WriteOutcome::kWritten;
  std::string error;  // when kFailed: names the path, as WriteFileAtomically()'s errors do
};

// WriteFileAtomically(), unless a file stands at `path` whose stamp is not `expected` (another
// copy of the app or an editor wrote it since): then kTheirs, and nothing is written. The check
// and the rename hold the folder's lock, so that of two copies writing at one moment the second
// sees the first's file. A file that is gone is written again: nothing of theirs is in the way.
GuardedWrite WriteFileIfUnchanged(const std::string& path, std::string_view contents,
                                  const FileStamp& expected, FileStamp* written = nullptr);

// Creates an empty file beside `target` under a name that IsTemporaryName() knows, to be filled
// and then moved to its name with MoveToNewName(). Returns its path, or an error naming `target`.
std::string CreateTemporaryFile(const std::string& target, std::string* error);

// Gives the file at `from` (beside `to`) the name `to`, only if no file has that name yet: one
// that appeared since the name was chosen (another app's "Opslaan als") is kTheirs and stays as
// it is. An error names `to`.
GuardedWrite MoveToNewName(const std::string& from, const std::string& to);

// Whether `name` is one that WriteFileAtomically() gives its temporary file for `target`: the
// target's name, a dot and six characters. Such a file left behind was cut off by a crash.
bool IsTemporaryName(std::string_view name, std::string_view target);

}  // namespace pps
