// SPDX-License-Identifier: EUPL-1.2
// The autosave follows the board: written when a change settles, not while a token is held,
// and read back into a fresh app.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/files/autosave.h"
#include "core/model/content.h"
#include "core/model/sketch_file.h"
#include "harness.h"
#include "ui/session/board_autosave.h"

using namespace pps;
using pps::test::Harness;
using pps::test::SaveNow;
namespace fs = std::filesystem;

namespace {

std::string FreshPath(const char* name) {
  const fs::path dir = fs::temp_directory_path() / "pps-canvas-ui-tests" / name;
  fs::remove_all(dir);
  return (dir / "board.json").string();
}

double SavedFormal(const std::string& path, const std::string& id) {
  const Loaded<Sketch> saved = LoadSketch(path);
  REQUIRE(saved);
  const Token* token = FindToken(*saved.value, id);
  REQUIRE(token);
  return token->position.formal;
}

// The boards in `folder`, as files; none when there is no such folder.
std::vector<fs::path> FilesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    files.push_back(it->path());
  return files;
}

// How many messages contain `text`, and how often the first of them came.
std::pair<int, int> Said(const Harness& h, const std::string& text) {
  int found = 0, count = 0;
  for (const Messages::Entry& e : h.state.messages.Entries()) {
    if (e.text.find(text) == std::string::npos) continue;
    if (found++ == 0) count = e.count;
  }
  return {found, count};
}

// A change to the board: the first token moved to `formal`.
void Nudge(Harness& h, double formal) {
  REQUIRE(h.state.board.Move(h.sketch().tokens[0].id, {formal, 0.3}));
}

// An app that opened civ-water, moved its first token to (-0.9, -0.9) and autosaved to `path`.
void SaveMovedCivWater(const std::string& path) {
  Harness h;
  BoardAutosave autosave(path, true);
  h.OpenCase("civ-water");
  h.state.board.Move(h.sketch().tokens[0].id, {-0.9, -0.9});
  SaveNow(autosave, h.state);
}

}  // namespace

TEST_CASE("the board is autosaved when a drag ends, not while it goes on") {
  const std::string path = FreshPath("drag");
  Harness h;
  BoardAutosave autosave(path, true);
  h.OpenCase("zorgboulevard-roosendaal");
  SaveNow(autosave, h.state);
  REQUIRE(fs::exists(path));

  const std::string id = h.sketch().tokens[0].id;
  const double start = h.TokenOf(id).position.formal;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(ImVec2(at.x + 200, at.y));
  SaveNow(autosave, h.state);
  CHECK(SavedFormal(path, id) == start);  // held: not yet

  h.Release(ImVec2(at.x + 200, at.y));
  SaveNow(autosave, h.state);
  const double moved = h.TokenOf(id).position.formal;
  CHECK(moved > start);
  CHECK(SavedFormal(path, id) == moved);
}

TEST_CASE("quitting mid-drag still saves where the token is") {
  const std::string path = FreshPath("exit");
  Harness h;
  BoardAutosave autosave(path, true);
  h.OpenCase("civ-water");
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(ImVec2(at.x - 150, at.y));
  autosave.Update(h.state, true);
  CHECK(SavedFormal(path, id) == h.TokenOf(id).position.formal);
}

TEST_CASE("a new app starts with the board as it was left, ghosts and all") {
  const std::string path = FreshPath("restore");
  SaveMovedCivWater(path);
  Harness h;
  BoardAutosave(path, true).Restore(h.state);
  h.Settle();
  CHECK(h.sketch().id == "civ-water");
  CHECK(h.sketch().tokens[0].position.formal == -0.9);
  REQUIRE(h.state.board.Origin());  // a case's board still knows where its tokens began
  CHECK(h.state.board.Origin()->tokens[0].position.formal != -0.9);
  CHECK(h.probe.board.ghosts == 1);
}

TEST_CASE("a read-only autosave restores but never writes") {
  const std::string path = FreshPath("read-only");
  Harness h;
  BoardAutosave autosave(path, false);
  h.OpenCase("civ-water");
  autosave.Update(h.state, true);
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("opening a case keeps one's own board one tap away, and on disk") {
  const std::string path = FreshPath("previous");
  Harness h;
  BoardAutosave autosave(path, true);
  h.state.board.Add(h.state.content.library.front().token);
  h.state.board.Add(h.state.content.library.back().token);
  const std::string mine = h.sketch().tokens[0].id;
  h.OpenCase("civ-water");
  REQUIRE(h.state.board.Previous());
  CHECK(FindToken(*h.state.board.Previous(), mine));
  SaveNow(autosave, h.state);

  // A fresh app gets both back: the case on the board, one's own board as the previous one.
  Harness fresh;
  BoardAutosave(path, true).Restore(fresh.state);
  fresh.Settle();
  CHECK(fresh.sketch().id == "civ-water");
  REQUIRE(fresh.state.board.Previous());
  CHECK(FindToken(*fresh.state.board.Previous(), mine));

  // Previous swaps them; an untouched case is not kept as work.
  fresh.Click(fresh.Text(Str::Back));
  CHECK(FindToken(fresh.sketch(), mine));
  CHECK_FALSE(fresh.state.board.Previous());
}

TEST_CASE("work pushed out of Previous is kept in a folder of its own") {
  const std::string path = FreshPath("kept");
  Harness h;
  BoardAutosave autosave(path, true);
  h.state.board.Add(h.state.content.library.front().token);  // one's own board
  h.OpenCase("civ-water");
  h.state.board.Move(h.sketch().tokens[0].id, {-0.9, 0.9});  // the case, moved about
  h.OpenCase("beyond");  // pushes one's own board out of Previous
  REQUIRE(h.state.board.Previous());
  CHECK(h.state.board.Previous()->id == "civ-water");
  SaveNow(autosave, h.state);
  const fs::path kept = fs::path(path).parent_path() / "kept";
  REQUIRE(fs::exists(kept));
  int files = 0;
  for (const auto& entry : fs::directory_iterator(kept)) {
    const Loaded<Sketch> board = LoadSketch(entry.path().string());
    REQUIRE(board);
    CHECK(board.value->tokens.size() == 1);
    ++files;
  }
  CHECK(files == 1);
}

TEST_CASE("a failed autosave is tried again") {
  const std::string path = FreshPath("retry");
  const fs::path dir = fs::path(path).parent_path();
  fs::create_directories(dir.parent_path());
  { std::ofstream blocker(dir); }  // a file where the folder should be
  Harness h;
  BoardAutosave autosave(path, true);
  h.OpenCase("civ-water");
  SaveNow(autosave, h.state);
  CHECK_FALSE(fs::exists(path));
  REQUIRE_FALSE(h.state.messages.Empty());
  fs::remove(dir);
  autosave.Update(h.state, true);  // no new change, but the last one was never saved
  CHECK(fs::exists(path));
}

TEST_CASE("a case moved about and restored is still work when another case opens") {
  const std::string path = FreshPath("restored-work");
  SaveMovedCivWater(path);
  Harness h;
  BoardAutosave(path, true).Restore(h.state);
  h.Settle();
  h.OpenCase("beyond");
  REQUIRE(h.state.board.Previous());
  CHECK(h.state.board.Previous()->id == "civ-water");
  CHECK(h.state.board.Previous()->tokens[0].position.formal == -0.9);
}

TEST_CASE(
    "a second app on one state folder shows the same board but saves in a folder of its own") {
  const std::string path = FreshPath("two-apps");
  const fs::path dir = fs::path(path).parent_path();
  Harness a;
  BoardAutosave first(path, true);
  first.Restore(a.state);
  a.OpenCase("civ-water");
  Nudge(a, -0.9);
  SaveNow(first, a.state);
  CHECK(a.state.messages.Empty());

  Harness b;
  BoardAutosave second(path, true);
  second.Restore(b.state);
  b.Settle();
  CHECK(b.sketch().id == "civ-water");  // the same work on screen
  CHECK(b.sketch().tokens[0].position.formal == -0.9);
  const fs::path session = dir / "sessions" / std::to_string(getpid());
  CHECK(Said(b, "process " + std::to_string(getpid())).first == 1);  // the owner, by its pid
  CHECK(Said(b, session.string()).first == 1);                       // and where b's work goes

  b.OpenCase("beyond");
  SaveNow(second, b.state);
  CHECK(LoadSketch(path).value->id == "civ-water");  // the first app's board, untouched
  CHECK(SavedFormal(path, a.sketch().tokens[0].id) == -0.9);
  REQUIRE(fs::exists(session / "board.json"));
  CHECK(LoadSketch((session / "board.json").string()).value->id == "beyond");
  CHECK(LoadSketch((session / "previous.json").string()).value->id == "civ-water");

  Nudge(a, 0.5);  // the first app saves where it always did
  SaveNow(first, a.state);
  CHECK(SavedFormal(path, a.sketch().tokens[0].id) == 0.5);
  CHECK(LoadSketch((session / "board.json").string()).value->id == "beyond");
}

TEST_CASE("a board another program put in place is kept before it is saved over") {
  const std::string path = FreshPath("outside");
  const fs::path kept = fs::path(path).parent_path() / "kept";
  Sketch theirs;
  theirs.id = "theirs";
  theirs.tokens.push_back(Token{});
  theirs.tokens[0].id = "their-token";
  theirs.tokens[0].label.nl = "van een ander";
  Harness h;
  BoardAutosave autosave(path, true);

  SECTION("over a board this app wrote") {
    autosave.Restore(h.state);
    h.OpenCase("civ-water");
    SaveNow(autosave, h.state);
    Nudge(h, 0.4);
    SaveNow(autosave, h.state);
    CHECK(FilesIn(kept).empty());  // its own saves are no outside change
    REQUIRE(SaveSketch(theirs, path).empty());
  }
  SECTION("where there was none at start") {
    autosave.Restore(h.state);
    h.OpenCase("civ-water");
    fs::create_directories(fs::path(path).parent_path());  // as a person copying a file in would
    REQUIRE(SaveSketch(theirs, path).empty());
  }
  SECTION("over a board this app read at start") {
    SaveMovedCivWater(path);
    autosave.Restore(h.state);
    h.Settle();
    REQUIRE(SaveSketch(theirs, path).empty());
  }
  Nudge(h, 0.6);
  SaveNow(autosave, h.state);
  CHECK(LoadSketch(path).value->id == "civ-water");
  const std::vector<fs::path> files = FilesIn(kept);
  REQUIRE(files.size() == 1);
  CHECK(LoadSketch(files[0].string()).value->id == "theirs");
  CHECK(Said(h, "that version is kept as " + files[0].string()).first == 1);
  CHECK(Said(h, h.Text(Str::BoardsKept) + " " + kept.string()).first == 1);
}

TEST_CASE(
    "temporary files left by a killed app are removed by the next owner, not by a second app") {
  const std::string path = FreshPath("temps");
  const fs::path dir = fs::path(path).parent_path();
  fs::create_directories(dir);
  for (const char* name : {"board.json.AbC123", "previous.json.x9Y8z7", "board.json.keep-me"})
    std::ofstream(dir / name) << "{";
  Harness a;
  BoardAutosave first(path, true);
  first.Restore(a.state);
  CHECK_FALSE(fs::exists(dir / "board.json.AbC123"));
  CHECK_FALSE(fs::exists(dir / "previous.json.x9Y8z7"));
  CHECK(fs::exists(dir / "board.json.keep-me"));

  std::ofstream(dir / "board.json.QwErTy") << "{";  // as if the owner were saving right now
  Harness b;
  BoardAutosave second(path, true);
  second.Restore(b.state);
  CHECK(fs::exists(dir / "board.json.QwErTy"));
}

TEST_CASE("the kept folder holds the newest 50 boards and says once where it is") {
  const std::string path = FreshPath("kept-bound");
  const fs::path kept = fs::path(path).parent_path() / "kept";
  fs::create_directories(kept);
  for (int n = 1; n <= 55; ++n)
    std::ofstream(kept / ("board-1000-" + std::to_string(n) + ".json")) << "{}";
  Harness h;
  BoardAutosave autosave(path, true);
  autosave.Restore(h.state);
  h.state.board.Add(h.state.content.library.front().token);  // one's own board
  h.OpenCase("civ-water");
  Nudge(h, -0.9);
  h.OpenCase("beyond");  // pushes one's own board out of Previous
  SaveNow(autosave, h.state);
  std::vector<fs::path> files = FilesIn(kept);
  CHECK(files.size() == 50);
  CHECK_FALSE(fs::exists(kept / "board-1000-6.json"));
  CHECK(fs::exists(kept / "board-1000-7.json"));
  CHECK(std::count_if(files.begin(), files.end(), [](const fs::path& p) {
          return p.filename().string().rfind("board-1000-", 0) != 0;
        }) == 1);  // the board just kept
  CHECK(Said(h, h.Text(Str::BoardsKept) + " " + kept.string()) == std::make_pair(1, 1));
  CHECK_FALSE(h.state.messages.AnyProblem());  // news, in the interface's language

  Nudge(h, 0.2);
  h.OpenCase("civil");  // pushes civ-water out
  SaveNow(autosave, h.state);
  CHECK(FilesIn(kept).size() == 50);
  CHECK(Said(h, h.Text(Str::BoardsKept) + " " + kept.string()) == std::make_pair(1, 1));  // once
}

TEST_CASE("a save that fails is tried at the next change, not every frame, and reported once") {
  const std::string path = FreshPath("fails");
  const fs::path dir = fs::path(path).parent_path();
  fs::path blocker;
  SECTION("no state folder can be made") {
    blocker = dir;
  }
  SECTION("no kept folder can be made") {
    blocker = dir / "kept";
  }
  fs::create_directories(blocker.parent_path());
  std::ofstream(blocker) << "";  // a file where the folder should be
  Harness h;
  BoardAutosave autosave(path, true);
  autosave.Restore(h.state);
  h.state.board.Add(h.state.content.library.front().token);  // one's own board
  h.OpenCase("civ-water");
  Nudge(h, -0.9);
  for (int i = 0; i < 3; ++i) {
    h.OpenCase(i % 2 ? "civ-water" : "beyond");  // each time another board to keep
    Nudge(h, 0.1 * i);
    for (int frame = 0; frame < 3; ++frame) SaveNow(autosave, h.state);
  }
  CHECK_FALSE(fs::exists(path));
  // One message, counting the three changes tried, not the frames between them (and, where the
  // state folder cannot be made, the lock tried at the start).
  CHECK(Said(h, "autosave: ") == std::make_pair(1, blocker == dir ? 4 : 3));
  CHECK_THAT(h.state.messages.Entries().back().text, Catch::Contains(blocker.string()));

  fs::remove(blocker);
  SaveNow(autosave, h.state);  // no change since the last try: not tried every frame
  CHECK_FALSE(fs::exists(path));
  Nudge(h, 0.7);
  SaveNow(autosave, h.state);
  CHECK(SavedFormal(path, h.sketch().tokens[0].id) == 0.7);
}

TEST_CASE("a run that only renders takes no lock and leaves an unreadable autosave in place") {
  const std::string path = FreshPath("render-only");
  const fs::path dir = fs::path(path).parent_path();
  fs::create_directories(dir);
  std::ofstream(path) << "{\"format\": \"pps-canvas/sk";
  Harness h;
  BoardAutosave autosave(path, false);
  autosave.Restore(h.state);
  CHECK_FALSE(h.state.messages.Empty());
  CHECK(fs::exists(path));
  CHECK_FALSE(fs::exists(path + ".broken"));
  CHECK_FALSE(fs::exists(dir / "owner.lock"));
}

TEST_CASE("boards that other copies left in session folders go to the gallery at the next start") {
  const std::string path = FreshPath("sessions");
  const fs::path dir = fs::path(path).parent_path();
  const fs::path gallery = dir / "sketches";
  // Copy 4242 moved a token of Beyond and ended; copy 4343 still runs (it holds its folder).
  Sketch beyond = *FindCase(Harness().state.content, "beyond");
  beyond.tokens[0].position = {0.9, 0.9};
  REQUIRE(Autosave(beyond, SessionBoardPath(path, 4242)).empty());
  REQUIRE(Autosave(beyond, SessionBoardPath(path, 4343)).empty());
  StateLock running;
  REQUIRE(running.Take(fs::path(SessionBoardPath(path, 4343)).parent_path().string()) ==
          StateLock::Outcome::Taken);

  Harness h;
  h.state.gallery.folder = gallery.string();
  BoardAutosave autosave(path, true);
  autosave.Restore(h.state);
  CHECK_FALSE(fs::exists(dir / "sessions" / "4242"));
  CHECK(fs::exists(dir / "sessions" / "4343"));
  std::vector<fs::path> kept = FilesIn(gallery);
  REQUIRE(kept.size() == 1);
  const Loaded<Sketch> read = LoadSketch(kept[0].string());
  REQUIRE(read);
  CHECK(read.value->tokens[0].position.formal == 0.9);
  CHECK(Said(h, "kept in the gallery as " + kept[0].string()) == std::make_pair(1, 1));
}

TEST_CASE("the app's frame hands the save to the writer and settles only once it is on disk") {
  const std::string path = FreshPath("frame-settles");
  Harness h(ImVec2(1280, 800), path);
  h.OpenCase("civ-water");
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 at = h.ChipCentre(id);
  h.Drag(at, ImVec2(at.x + 120, at.y));
  // The app's loop runs frames until the app has settled; no bound on frames: a save that is
  // never told would hang here, and the test's timeout names it.
  while (!h.app.settled) h.Frame();
  CHECK_FALSE(h.app.autosave.Busy());
  CHECK_FALSE(h.app.autosave.Unsaved(h.state.board));
  CHECK(SavedFormal(path, id) == h.TokenOf(id).position.formal);
}

TEST_CASE("a save that fails on the writer is told by a later frame, in the sidebar") {
  const std::string path = FreshPath("frame-fails");
  const fs::path dir = fs::path(path).parent_path();
  fs::create_directories(dir.parent_path());
  std::ofstream(dir) << "";  // a file where the state folder should be
  Harness h(ImVec2(1280, 800), path);
  h.OpenCase("civ-water");
  while (!h.app.settled) h.Frame();
  CHECK(h.app.autosave.Unsaved(h.state.board));
  CHECK_THAT(h.app.autosave.Failure(), Catch::Contains(dir.string()));
  CHECK(Said(h, "autosave: ").first == 1);
}
