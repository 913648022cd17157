// SPDX-License-Identifier: EUPL-1.2
// The undo history comes back with the autosaved board: after a restart the undo button steps
// back through the changes made before it. A history of an edited board is dropped unsaid, a
// broken one kept aside and said once.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/board/board_history.h"
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

struct Moved {
  std::string first, second;
  BoardPoint first_start, second_start, first_end, second_end;
};

// An app that opened civ-water, dragged two tokens by mouse, autosaved after each drag as the
// frame loop does, and was then gone (closed or killed: nothing more is written).
Moved DragTwoAndQuit(const std::string& path) {
  Harness h;
  BoardAutosave autosave(path, true);
  autosave.Restore(h.state);
  h.OpenCase("civ-water");
  SaveNow(autosave, h.state);
  Moved m;
  m.first = h.sketch().tokens[0].id;
  m.second = h.sketch().tokens[1].id;
  m.first_start = h.TokenOf(m.first).position;
  m.second_start = h.TokenOf(m.second).position;
  const ImVec2 a = h.ChipCentre(m.first);
  h.Drag(a, ImVec2(a.x + 120, a.y + 60));
  SaveNow(autosave, h.state);
  const ImVec2 b = h.ChipCentre(m.second);
  h.Drag(b, ImVec2(b.x - 90, b.y - 70));
  SaveNow(autosave, h.state);
  m.first_end = h.TokenOf(m.first).position;
  m.second_end = h.TokenOf(m.second).position;
  REQUIRE(m.first_end.formal != m.first_start.formal);
  REQUIRE(m.second_end.formal != m.second_start.formal);
  return m;
}

bool At(const BoardPoint& p, const BoardPoint& q) {
  return p.formal == q.formal && p.outside == q.outside;
}

int Said(const Harness& h, const std::string& text) {
  int found = 0;
  for (const Messages::Entry& e : h.state.messages.Entries())
    found += e.text.find(text) != std::string::npos ? 1 : 0;
  return found;
}

}  // namespace

TEST_CASE("after a restart the undo button steps back through the drags made before it") {
  const std::string path = FreshPath("history");
  const Moved m = DragTwoAndQuit(path);
  REQUIRE(fs::exists(HistoryPath(path)));

  Harness h;
  BoardAutosave autosave(path, true);
  autosave.Restore(h.state);
  h.Settle();
  CHECK(h.state.messages.Empty());
  CHECK(At(h.TokenOf(m.first).position, m.first_end));
  CHECK(At(h.TokenOf(m.second).position, m.second_end));

  h.Click(h.Text(Str::Undo));
  CHECK(At(h.TokenOf(m.second).position, m.second_start));
  CHECK(At(h.TokenOf(m.first).position, m.first_end));
  h.Click(h.Text(Str::Undo));
  CHECK(At(h.TokenOf(m.first).position, m.first_start));
  h.Click(h.Text(Str::Undo));  // and the opening of the case
  CHECK(h.sketch().tokens.empty());
  h.Click(h.Text(Str::Redo));
  h.Click(h.Text(Str::Redo));
  CHECK(At(h.TokenOf(m.first).position, m.first_end));
  CHECK(At(h.TokenOf(m.second).position, m.second_start));

  // The history saved with the undone board carries the redo step across the next restart.
  SaveNow(autosave, h.state);
  Harness again;
  BoardAutosave(path, true).Restore(again.state);
  again.Settle();
  again.Click(again.Text(Str::Redo));
  CHECK(At(again.TokenOf(m.second).position, m.second_end));
}

TEST_CASE("a history of a board edited outside the app is dropped without a word") {
  const std::string path = FreshPath("history-edited");
  const Moved m = DragTwoAndQuit(path);
  Loaded<Sketch> board = LoadSketch(path);
  REQUIRE(board);
  for (Token& t : board.value->tokens)
    if (t.id == m.first) t.position.formal = 0.5;
  REQUIRE(SaveSketch(*board.value, path).empty());

  Harness h;
  BoardAutosave(path, true).Restore(h.state);
  h.Settle();
  CHECK(h.TokenOf(m.first).position.formal == 0.5);
  CHECK_FALSE(h.state.board.CanUndo());
  CHECK(h.state.messages.Empty());
}

TEST_CASE("a broken history is kept aside and said once; the board comes back all the same") {
  const std::string path = FreshPath("history-broken");
  const Moved m = DragTwoAndQuit(path);
  std::ofstream(HistoryPath(path)) << "{\"format\": \"pps-canvas/history\", \"version\": 1, [";

  {
    Harness h;
    BoardAutosave autosave(path, true);
    autosave.Restore(h.state);
    h.Settle();
    CHECK(At(h.TokenOf(m.second).position, m.second_end));
    CHECK_FALSE(h.state.board.CanUndo());
    CHECK(Said(h, "undo history") == 1);
    CHECK(Said(h, HistoryPath(path) + ".broken") == 1);
    CHECK(fs::exists(HistoryPath(path) + ".broken"));

    // The next save writes a fresh history beside the board.
    const ImVec2 a = h.ChipCentre(m.first);
    h.Drag(a, ImVec2(a.x, a.y + 80));
    SaveNow(autosave, h.state);
  }
  Harness again;
  BoardAutosave(path, true).Restore(again.state);
  again.Settle();
  CHECK(again.state.messages.Empty());
  again.Click(again.Text(Str::Undo));
  CHECK(At(again.TokenOf(m.first).position, m.first_end));
}
