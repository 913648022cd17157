// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/board_autosave.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "core/board/board_history.h"
#include "core/files/autosave.h"
#include "core/files/sketch_store.h"
#include "ui/session/sketch_file_sync.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

std::string FolderOf(const std::string& path) {
  return fs::path(path).parent_path().string();
}

}  // namespace

void BoardAutosave::Restore(AppState& state) {
  if (path_.empty()) return;
  if (write_) {
    std::vector<std::string> notes;
    const std::string error = Own(notes);
    for (const std::string& note : notes) Tell(state, note);
    if (!error.empty()) Report(state, "autosave: " + error);
  }
  // Only the folder's owner moves an unreadable file aside: another copy, or a run that only
  // renders, leaves the folder as it found it.
  const bool owner = lock_.Held() && save_path_ == path_;
  bool previous_aside = true, board_aside = true;
  FileStamp previous_stamp, board_stamp;
  const std::string previous_path = PreviousBoardPath(path_);
  Loaded<Sketch> previous = owner ? RestoreAutosave(previous_path, previous_aside, &previous_stamp)
                                  : ReadAutosave(previous_path, &previous_stamp);
  if (!previous.error.empty()) Report(state, "restoring the previous board: " + previous.error);
  Loaded<Sketch> restored =
      owner ? RestoreAutosave(path_, board_aside, &board_stamp) : ReadAutosave(path_, &board_stamp);
  if (!previous_aside || !board_aside) write_ = false;  // never write over a file no one could read
  if (!restored.error.empty()) Report(state, "restoring the last board: " + restored.error);
  if (save_path_ == path_) board_stamp_ = board_stamp, previous_stamp_ = previous_stamp;
  // A board that started as a case study still shows where the case's tokens began.
  const bool from_file = restored.value.has_value();
  const std::string on_disk = from_file ? BoardKey(*restored.value) : std::string();
  if (save_path_ == path_) disk_key_ = on_disk;
  Sketch board = restored ? std::move(*restored.value) : state.board.Current();
  const Sketch* origin = restored ? FindCase(state.content, board.id) : state.board.Origin();
  const Sketch* previous_origin = previous ? FindCase(state.content, previous.value->id) : nullptr;
  state.board.Restore(std::move(board), origin, std::move(previous.value), previous_origin);
  // Undo steps back through the changes made before the restart, if the history file was saved
  // with this very board (no one edited board.json since), or one save ahead of it: the app
  // stopped between writing the history and the board, and the history's board is the newer.
  bool ahead = false;
  if (from_file || (restored.error.empty() && board_aside)) {
    const auto put_ahead = [&](Sketch newer) {
      std::optional<Sketch> before;
      if (const Sketch* p = state.board.Previous()) before = *p;
      const Sketch* newer_origin = FindCase(state.content, newer.id);
      const Sketch* before_origin = before ? FindCase(state.content, before->id) : nullptr;
      state.board.Restore(std::move(newer), newer_origin, std::move(before), before_origin);
      ahead = true;
    };
    const std::string history =
        RestoreHistory(HistoryPath(path_), state.board, owner, on_disk, put_ahead);
    if (!history.empty()) Report(state, "restoring the undo history: " + history);
  }
  // The board's own file, as this app last read or wrote it: unchanged since, the board saves back
  // to it; changed by someone else meanwhile, the first save asks first (ui/session/sketch_file_sync).
  const std::string& file = state.board.Current().file;
  if (from_file && !file.empty()) {
    const FileStamp recorded = LinkedFileStamp(path_);
    if (recorded.exists && recorded == StampOf(file)) state.gallery.known[file] = recorded;
    linked_ = recorded;  // as board.json has it: written again only when that changes
    MarkSynced(state);
  }
  // A board taken from the history is not yet in board.json: the first Update() writes it.
  saved_revision_ = ahead ? UINT64_MAX : state.board.Revision();
  if (owner) RecoverSessions(state);
}

// Boards that other copies saved in sessions/PID while this folder had another owner, and that
// no running copy holds any more, go to the gallery, where they can be opened or binned; their
// folders go, so that nothing piles up. A board that cannot be read or kept stays, and is named.
void BoardAutosave::RecoverSessions(AppState& state) {
  const fs::path sessions = fs::path(path_).parent_path() / "sessions";
  std::error_code ec;
  if (!fs::is_directory(sessions, ec)) return;  // the usual start: no board hashed for nothing
  const std::string now_on = BoardKey(state.board.Current());
  for (fs::directory_iterator it(sessions, ec), end; !ec && it != end; it.increment(ec)) {
    StateLock lock;
    if (lock.Take(it->path().string()) != StateLock::Outcome::Taken) continue;  // still running
    const Loaded<Sketch> left = ReadAutosave((it->path() / "board.json").string());
    if (!left.error.empty()) {
      Report(state, "another window's board: " + left.error);
      continue;
    }
    if (left.value && !left.value->tokens.empty() && BoardKey(*left.value) != now_on) {
      if (state.gallery.folder.empty()) continue;  // nowhere to keep it: it waits
      Sketch sketch = *left.value;
      sketch.file.clear();
      const std::string name = sketch.name.nl.empty() ? sketch.name.en : sketch.name.nl;
      const StoreResult kept = SaveSketchAs(std::move(sketch), state.gallery.folder,
                                            (name.empty() ? "Schets" : name) + " (ander venster)");
      if (!kept) {
        Report(state, "another window's board: " + kept.error);
        continue;
      }
      Tell(state, "Work left in another window (" + it->path().string() +
                      ") is kept in the gallery as " + kept.path + ".");
    }
    lock.Release();
    std::error_code remove_ec;
    fs::remove_all(it->path(), remove_ec);
  }
}

void BoardAutosave::Update(AppState& state, bool exit) {
  const Board& board = state.board;
  if (!write_ || path_.empty()) return;  // boards pushed out stay with the board
  if (exit) Finish(state);  // the save under way may hold the last change
  else TakeOutcomes(state);
  std::vector<Sketch> displaced = state.board.TakeDisplaced();
  if (!displaced.empty()) {
    const std::lock_guard<std::mutex> lock(handed_mutex_);
    for (Sketch& s : displaced) handed_.push_back(std::move(s));
  }
  // The board's own file written since (its save comes after the board's): the link's stamp
  // is written too, or the next start would take that write for someone else's.
  const auto known = state.gallery.known.find(board.Current().file);
  const FileStamp link = known == state.gallery.known.end() ? FileStamp{} : known->second;
  const bool relink = link != linked_;
  if ((board.Revision() == saved_revision_ && !relink) || (!exit && !board.Settled())) return;
  // A failed save is tried again at the next change or at exit, not at every frame: a folder
  // that cannot be written stays so for a while, and a frame does no file I/O for nothing. A save
  // under way is not asked for again either.
  if (!exit && !relink && board.Revision() == tried_revision_) return;
  tried_revision_ = board.Revision();
  linked_ = link;
  Snapshot snapshot{board, link};
  writer_.Post([this, snapshot = std::move(snapshot)] { return Write(snapshot); });
  if (exit) Finish(state);
}

void BoardAutosave::Finish(AppState& state) {
  writer_.Wait();
  TakeOutcomes(state);
}

void BoardAutosave::TakeOutcomes(AppState& state) {
  for (const SaveOutcome& outcome : writer_.Take()) {
    for (const std::string& note : outcome.notes) Tell(state, note);
    for (const std::string& folder : outcome.news)
      state.messages.Note(std::string(S(state, Str::BoardsKept)) + " " + folder + ".");
    if (!outcome.error.empty()) {
      Report(state, "autosave: " + outcome.error);
      continue;
    }
    saved_revision_ = outcome.revision;
    reported_.clear();
  }
}

// On the writer's thread.
SaveOutcome BoardAutosave::Write(const Snapshot& snapshot) {
  SaveOutcome outcome;
  outcome.revision = snapshot.board.Revision();
  const long long now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  outcome.error = Own(outcome.notes);
  if (outcome.error.empty()) outcome.error = Save(snapshot, now, outcome);
  return outcome;
}

// Takes the lock of the autosave's folder once. Held by another app, this one saves in a session
// folder of its own: two apps saving over each other's board would each lose the other's work.
std::string BoardAutosave::Own(std::vector<std::string>& notes) {
  if (lock_.Held()) return {};
  const std::string folder = FolderOf(path_);
  const StateLock::Outcome shared = lock_.Take(folder);
  if (shared == StateLock::Outcome::Failed) return lock_.Error();
  if (shared == StateLock::Outcome::Taken) {
    save_path_ = path_;
    RemoveLeftoverTemps(folder);
    return {};
  }
  const long owner = lock_.Owner();
  const std::string session = SessionBoardPath(path_, static_cast<long>(::getpid()));
  if (save_path_ != session) {  // nothing read there
    board_stamp_ = previous_stamp_ = FileStamp{};
    disk_key_.clear();
  }
  save_path_ = session;
  const std::string session_folder = FolderOf(session);
  const StateLock::Outcome own = lock_.Take(session_folder);
  if (own == StateLock::Outcome::Failed) return lock_.Error();
  if (own == StateLock::Outcome::Busy) return session_folder + ": in use by another PPS Canvas";
  RemoveLeftoverTemps(session_folder);
  notes.push_back("Another PPS Canvas" +
                  (owner > 0 ? " (process " + std::to_string(owner) + ")" : "") +
                  " is saving the board in " + folder + ". This one saves its own work in " +
                  session_folder + ".");
  return {};
}

// Oldest first, so that no file is overwritten before what it held is safe elsewhere: the
// displaced boards, then the previous one, then the board itself. A file another program put
// in place of one this app wrote goes to the kept folder before it is saved over.
std::string BoardAutosave::Save(const Snapshot& snapshot, long long now, SaveOutcome& out) {
  const Board& board = snapshot.board;
  {
    const std::lock_guard<std::mutex> lock(handed_mutex_);
    for (Sketch& s : handed_) displaced_.push_back(std::move(s));
    handed_.clear();
  }
  std::string error;
  while (error.empty() && !displaced_.empty()) {
    error =
        Keep(now, out, [&](const std::string& kept) { return Autosave(displaced_.back(), kept); });
    if (error.empty()) displaced_.pop_back();
  }
  const std::string previous = PreviousBoardPath(save_path_);
  if (error.empty()) error = KeepIfChanged(previous, previous_stamp_, now, out);
  if (error.empty() && board.Previous())
    error = Autosave(*board.Previous(), previous, &previous_stamp_);
  if (error.empty()) error = KeepIfChanged(save_path_, board_stamp_, now, out);
  // The history first, holding the board it leads to: a crash before the board is written then
  // finds it one board ahead and takes its board (RestoreHistory), and no step is lost. A
  // history that cannot be written does not keep the board from being saved.
  std::string key, history_error;
  if (error.empty()) history_error = SaveHistory(board, HistoryPath(save_path_), disk_key_, &key);
  if (error.empty())
    error = Autosave(board.Current(), save_path_, &board_stamp_, snapshot.file_stamp);
  if (error.empty()) disk_key_ = key;
  if (error.empty()) error = history_error;
  if (error.empty() && !board.Previous()) {
    std::error_code ec;
    fs::remove(previous, ec);
    if (ec) error = previous + ": cannot remove: " + ec.message();
    else previous_stamp_ = FileStamp{};
  }
  return error;
}

// Puts one board in the kept folder with `put` (a write or a move) under a new name, keeps the
// folder to kMaxKeptBoards, and the first time tells the user where it is. Its error names the
// folder, not the file: the name differs at every try, a repeated failure must read the same.
std::string BoardAutosave::Keep(long long now, SaveOutcome& out,
                                const std::function<std::string(const std::string&)>& put) {
  const std::string folder = KeptFolder(save_path_);
  std::error_code ec;
  std::string kept = KeptBoardPath(save_path_, now, ++kept_);
  while (fs::exists(kept, ec)) kept = KeptBoardPath(save_path_, now, ++kept_);
  std::string error = put(kept);
  if (!error.empty()) {
    if (error.compare(0, kept.size(), kept) == 0) error = folder + error.substr(kept.size());
    return error;
  }
  if (!told_kept_) out.news.push_back(folder);
  told_kept_ = true;
  const std::string pruned = PruneKept(folder);
  if (!pruned.empty()) out.notes.push_back("autosave: " + pruned);
  return {};
}

// Moves the file at `path` to the kept folder when it is not the one this app last wrote or
// read there (`known`), and tells the user where it went.
std::string BoardAutosave::KeepIfChanged(const std::string& path, const FileStamp& known,
                                         long long now, SaveOutcome& out) {
  if (!ChangedOutside(path, known)) return {};
  std::string kept_as;
  const std::string error = Keep(now, out, [&](const std::string& kept) {
    kept_as = kept;
    return MoveToKept(path, kept);
  });
  if (error.empty())
    out.notes.push_back(path + " was changed outside this PPS Canvas; that version is kept as " +
                        kept_as + ".");
  return error;
}

// Says `error` once on stderr; in the sidebar a failure that repeats at every change counts up.
void BoardAutosave::Report(AppState& state, const std::string& error) {
  if (error == reported_) return state.messages.Add(error);
  pps::Tell(state, error);
  reported_ = error;
}

}  // namespace pps
