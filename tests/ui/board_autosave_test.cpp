// The autosave follows the board: written when a change settles, not while a token is held,
// and read back into a fresh app.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/sketch_file.h"
#include "harness.h"
#include "ui/board_autosave.h"

using namespace pps;
using pps::test::Harness;
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

// An app that opened civ-water, moved its first token to (-0.9, -0.9) and autosaved to `path`.
void SaveMovedCivWater(const std::string& path) {
  Harness h;
  BoardAutosave autosave(path, true);
  h.OpenCase("civ-water");
  h.state.board.Move(h.sketch().tokens[0].id, {-0.9, -0.9});
  autosave.Update(h.state, false);
}

}  // namespace

TEST_CASE("the board is autosaved when a drag ends, not while it goes on") {
  const std::string path = FreshPath("drag");
  Harness h;
  BoardAutosave autosave(path, true);
  h.OpenCase("zorgboulevard-roosendaal");
  autosave.Update(h.state, false);
  REQUIRE(fs::exists(path));

  const std::string id = h.sketch().tokens[0].id;
  const double start = h.TokenOf(id).position.formal;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(ImVec2(at.x + 200, at.y));
  autosave.Update(h.state, false);
  CHECK(SavedFormal(path, id) == start);  // held: not yet

  h.Release(ImVec2(at.x + 200, at.y));
  autosave.Update(h.state, false);
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
  CHECK(h.state.shown_board.ghosts == 1);
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
  autosave.Update(h.state, false);

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
  autosave.Update(h.state, false);
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
  autosave.Update(h.state, false);
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
