// SPDX-License-Identifier: EUPL-1.2
// The undo history saved and read back: after a restart undo and redo step through the same
// boards as they would have without one; a history of another board is dropped, a malformed one
// refused by name.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/board/board.h"
#include "core/board/board_history.h"
#include "core/io/json_read.h"
#include "core/model/content.h"
#include "core/model/sketch_file.h"
#include "test_support.h"

using namespace pps;
namespace fs = std::filesystem;

namespace {

Token Named(const std::string& id, double formal, double outside, double weight = 1.0) {
  Token t = test::At(formal, outside, weight);
  t.id = id;
  t.label.nl = id;
  return t;
}

Sketch Abc() {
  Sketch s;
  s.name.nl = "abc";
  s.tokens = {Named("a", -0.5, -0.5), Named("b", 0.0, 0.0, 2.0), Named("c", 0.5, 0.5, 3.0)};
  return s;
}

const Content& TheContent() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  return content;
}

const Sketch& Case(const char* id) {
  const Sketch* found = FindCase(TheContent(), id);
  REQUIRE(found);
  return *found;
}

// A sketch as its file holds it, and the file it is saved to.
std::string Text(const Sketch* s) {
  return s ? SketchToJson(*s).dump() + " in " + s->file : "none";
}

// All a user can see of the board: what is on it, the case it came from, the one before.
std::string Snapshot(const Board& board) {
  return Text(&board.Current()) + "|" + Text(board.Origin()) + "|" + Text(board.Previous()) + "|" +
         (board.CanUndo() ? "u" : "-") + (board.CanRedo() ? "r" : "-");
}

// The history as the file holds it: written and parsed again.
nlohmann::json ThroughFile(const Board& board) {
  return ParseJsonText(HistoryToJson(board).dump());
}

// A fresh board showing what `board` shows, as a restart restores it, with `board`'s history.
Board Reloaded(const Board& board) {
  Board fresh;
  std::optional<Sketch> previous;
  if (board.Previous()) previous = *board.Previous();
  const Sketch* previous_origin = previous ? FindCase(TheContent(), previous->id) : nullptr;
  fresh.Restore(board.Current(), board.Origin(), previous, previous_origin);
  REQUIRE(PutHistory(ThroughFile(board), fresh));
  return fresh;
}

// Undoes all the way on both boards, then redoes all the way, comparing at every step.
void StepTogether(Board& a, Board& b) {
  REQUIRE(Snapshot(a) == Snapshot(b));
  int undone = 0, redone = 0;
  while (a.CanUndo()) {
    REQUIRE(a.Undo());
    REQUIRE(b.Undo());
    ++undone;
    REQUIRE(Snapshot(a) == Snapshot(b));
  }
  CHECK_FALSE(b.Undo());
  while (a.CanRedo()) {
    REQUIRE(a.Redo());
    REQUIRE(b.Redo());
    ++redone;
    REQUIRE(Snapshot(a) == Snapshot(b));
  }
  CHECK_FALSE(b.Redo());
  CHECK(undone > 0);
  CHECK(redone >= undone);
}

// Every kind of change a board knows, with a few steps left to redo.
Board EveryKindOfChange() {
  Board board;
  board.Restore(Abc(), nullptr, std::nullopt, nullptr);
  Token own = Named("mine", 0.2, -0.3);
  own.label.en = "my own";
  board.Add(own);
  const Board::Gesture drag = board.BeginGesture();
  board.Raise("a", drag);
  board.Move("a", {0.1, 0.1}, drag);
  board.Move("a", {0.7, -0.2}, drag);
  board.EndGesture(drag);
  board.Remove("b");
  board.Rename("c", LocalText{"cé", "see"});
  board.SetWeight("c", 1.5);
  const std::string copy = board.Duplicate("c");
  REQUIRE_FALSE(copy.empty());
  board.SetNote(copy, "een noot, met ë");
  board.SetSketchText({"Mijn schets", "My sketch"}, {"Wat het is", ""});
  board.Open(Case("civ-water"), &Case("civ-water"));  // own work becomes the previous board
  board.Move(board.Current().tokens[0].id, {-0.9, -0.9});
  REQUIRE(board.Reset());
  board.Move(board.Current().tokens[1].id, {0.9, 0.9});
  REQUIRE(board.Back());
  Sketch beyond = Case("beyond");
  beyond.file = "/somewhere/beyond.json";  // a sketch opened from its own file
  board.Open(beyond, &Case("beyond"));
  board.Move(board.Current().tokens[0].id, {0.3, 0.3});
  board.Add(Named("late", 0.0, 0.5));
  REQUIRE(board.Undo());
  REQUIRE(board.Undo());
  return board;
}

}  // namespace

TEST_CASE("after a reload, undo and redo step through the same boards as without one") {
  Board board = EveryKindOfChange();
  Board reloaded = Reloaded(board);
  CHECK(reloaded.CanUndo());
  CHECK(reloaded.CanRedo());
  StepTogether(board, reloaded);
}

TEST_CASE("a reloaded history holds each kind of change") {
  const nlohmann::json doc = HistoryToJson(EveryKindOfChange());
  CHECK(doc["format"] == "pps-canvas/history");
  CHECK(doc["version"] == kHistoryVersion);
  int token = 0, board = 0, text = 0;
  for (const char* list : {"undo", "redo"})
    for (const auto& step : doc[list])
      for (const auto& op : step) {
        if (op.contains("board")) ++board;
        else if (op.contains("text")) ++text;
        else ++token;
      }
  CHECK(token >= 9);  // add, raise+moves, remove, rename, weight, duplicate, note, moves, late
  CHECK(board == 4);  // open, reset, back, open: each one step
  CHECK(text == 1);
  CHECK(doc["redo"].size() == 2);
}

TEST_CASE("undo after a reload reaches every change, redo after undoing some") {
  Board board = EveryKindOfChange();
  REQUIRE(board.Undo());
  REQUIRE(board.Undo());
  REQUIRE(board.Undo());  // more to redo than to undo at the end
  Board reloaded = Reloaded(board);
  StepTogether(board, reloaded);
}

TEST_CASE("a new edit after a reload clears redo, and undo still goes back before the reload") {
  Board board = EveryKindOfChange();
  Board reloaded = Reloaded(board);
  board.Move(board.Current().tokens[0].id, {-0.4, 0.4});
  reloaded.Move(reloaded.Current().tokens[0].id, {-0.4, 0.4});
  CHECK_FALSE(reloaded.CanRedo());
  StepTogether(board, reloaded);
}

TEST_CASE("a drag still open when the history is saved is one undo step after the reload") {
  Board board;
  board.Restore(Abc(), nullptr, std::nullopt, nullptr);
  board.Move("a", {0.2, 0.2});
  const Board::Gesture drag = board.BeginGesture();
  board.Move("b", {0.6, 0.6}, drag);
  Board reloaded = Reloaded(board);  // as at exit mid-drag
  REQUIRE(reloaded.Undo());
  CHECK(reloaded.Current().tokens[1].position.formal == 0.0);  // b back
  CHECK(reloaded.Current().tokens[0].position.formal == 0.2);
  REQUIRE(reloaded.Undo());
  CHECK(reloaded.Current().tokens[0].position.formal == -0.5);
  CHECK_FALSE(reloaded.CanUndo());
}

TEST_CASE("the newest 100 undo steps are saved") {
  Board board;
  board.Restore(Abc(), nullptr, std::nullopt, nullptr);
  for (int i = 1; i <= 150; ++i) board.Move("a", {i / 200.0, 0.0});
  Board reloaded = Reloaded(board);
  int steps = 0;
  while (reloaded.Undo()) ++steps;
  CHECK(steps == static_cast<int>(kSavedUndoSteps));
  CHECK(reloaded.Current().tokens[0].position.formal == 50 / 200.0);
}

TEST_CASE("a history saved with another board is dropped without an error") {
  Board board = EveryKindOfChange();
  const nlohmann::json doc = ThroughFile(board);
  Board other;
  Sketch edited = board.Current();
  edited.tokens[0].position.formal = 0.123;  // someone edited board.json
  other.Restore(edited, board.Origin(), std::nullopt, nullptr);
  CHECK_FALSE(PutHistory(doc, other));
  CHECK_FALSE(other.CanUndo());
  CHECK_FALSE(other.CanRedo());
}

TEST_CASE("the board key follows the sketch as its file holds it") {
  Sketch s = Abc();
  const std::string key = BoardKey(s);
  CHECK(key.size() == 16);
  CHECK(BoardKey(SketchFromJson(ParseJsonText(SketchToJson(s).dump(2)))) == key);
  s.tokens[2].note = "x";
  CHECK(BoardKey(s) != key);
}

TEST_CASE("a malformed history is refused by place and changes nothing") {
  Board board = EveryKindOfChange();
  const nlohmann::json good = ThroughFile(board);
  struct Case {
    const char* name;
    void (*spoil)(nlohmann::json&);
    const char* where;
  };
  const std::vector<Case> cases = {
      {"another format", [](nlohmann::json& d) { d["format"] = "pps-canvas/sketch"; }, "/format"},
      {"a newer version", [](nlohmann::json& d) { d["version"] = 2; }, "/version"},
      {"no undo list", [](nlohmann::json& d) { d.erase("undo"); }, "missing \"undo\""},
      {"a token index out of range",
       [](nlohmann::json& d) { d["undo"][0][0]["after"]["token"] = 99999; },
       "/undo/0/0/after/token"},
      {"a negative z", [](nlohmann::json& d) { d["undo"][0][0]["after"]["z"] = -1; },
       "/undo/0/0/after/z"},
      {"a change of another token's id", [](nlohmann::json& d) { d["undo"][0][0]["id"] = "zz"; },
       "/undo/0/0/after/token"},
      {"an empty step", [](nlohmann::json& d) { d["undo"][0] = nlohmann::json::array(); },
       "/undo/0"},
      {"a token change with neither side",
       [](nlohmann::json& d) { d["undo"][0][0].erase("after"); }, "/undo/0/0"},
      {"a bad token", [](nlohmann::json& d) { d["tokens"][0]["weight"] = -1; }, "/tokens/0/weight"},
      {"a sketch with a bad token reference",
       [](nlohmann::json& d) { d["sketches"][0]["tokens"][0] = "one"; }, "/sketches/0/tokens/0"},
      {"a sketch with a token twice",
       [](nlohmann::json& d) {
         auto& refs = d["sketches"][0]["tokens"];
         refs.push_back(refs[0]);
       },
       "/sketches/0/tokens/"},
      {"a board change with no after",
       [](nlohmann::json& d) {
         for (auto& step : d["undo"])
           for (auto& op : step)
             if (op.contains("board")) op["board"].erase("after");
       },
       "/board"},
      {"a text change that is not text",
       [](nlohmann::json& d) {
         for (auto& step : d["undo"])
           for (auto& op : step)
             if (op.contains("text")) op["text"]["after"]["name"] = 5;
       },
       "/text/after/name"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      nlohmann::json doc = good;
      c.spoil(doc);
      Board fresh;
      fresh.Restore(board.Current(), board.Origin(), std::nullopt, nullptr);
      try {
        PutHistory(doc, fresh);
        FAIL("accepted");
      } catch (const JsonError& e) {
        INFO(e.where << ": " << e.what);
        CHECK((e.where + ": " + e.what).find(c.where) != std::string::npos);
      }
      CHECK_FALSE(fresh.CanUndo());
      CHECK_FALSE(fresh.CanRedo());
    }
  }
}

TEST_CASE("the history file: saved, read back, a broken one kept aside, a missing one no error") {
  const fs::path dir = test::TempDir() / "history";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = HistoryPath((dir / "board.json").string());
  CHECK(fs::path(path).filename() == "history.json");
  Board board = EveryKindOfChange();

  Board fresh;
  fresh.Restore(board.Current(), board.Origin(), std::nullopt, nullptr);
  CHECK(RestoreHistory(path, fresh, true).empty());  // none yet
  CHECK_FALSE(fresh.CanUndo());

  REQUIRE(SaveHistory(board, path).empty());
  CHECK(RestoreHistory(path, fresh, true).empty());
  CHECK(fresh.CanUndo());

  Board other;  // another board: dropped, no error, the file left alone
  other.Restore(Abc(), nullptr, std::nullopt, nullptr);
  CHECK(RestoreHistory(path, other, true).empty());
  CHECK_FALSE(other.CanUndo());
  CHECK(fs::exists(path));

  std::ofstream(path) << "{\"format\": \"pps-canvas/history\", \"version\": 1, \"board\": [";
  Board broken;
  broken.Restore(board.Current(), board.Origin(), std::nullopt, nullptr);
  const std::string error = RestoreHistory(path, broken, true);
  CHECK(error.find(path) == 0);
  CHECK(error.find("kept as " + path + ".broken") != std::string::npos);
  CHECK_FALSE(fs::exists(path));
  CHECK(fs::exists(path + ".broken"));
  CHECK_FALSE(broken.CanUndo());
}

TEST_CASE("a history of 100 board-level steps on a 60-token case stays small") {
  // A case of 60 tokens with texts as long as the published cases'.
  Sketch big = Case("civ-water");
  big.id = "big";
  const std::vector<Token> seed = big.tokens;
  big.tokens.clear();
  for (int i = 0; i < 60; ++i) {
    Token t = seed[static_cast<std::size_t>(i) % seed.size()];
    t.id = "t" + std::to_string(i);
    t.position = {-0.9 + 0.03 * i, 0.9 - 0.03 * i};
    big.tokens.push_back(t);
  }
  Board board;
  board.Restore(big, &big, std::nullopt, nullptr);
  // Each round: a token moved (the board then holds work), and a case opened over it, so that
  // each board-level step holds boards that differ.
  for (int i = 0; i < 50; ++i) {
    const auto& tokens = board.Current().tokens;  // 60 or 8 of them
    board.Move(tokens[static_cast<std::size_t>(i) % tokens.size()].id, {0.5, -0.5});
    board.Open(i % 2 ? big : Case("civ-water"), i % 2 ? &big : &Case("civ-water"));
  }
  const std::string text = HistoryToJson(board).dump();  // as an autosave writes it
  const std::size_t sketch_bytes = SketchToJson(big).dump().size();
  CHECK(text.size() < 6 * sketch_bytes);
  Board reloaded = Reloaded(board);
  StepTogether(board, reloaded);
}

TEST_CASE("a history too large to read back keeps fewer undo steps") {
  // Two boards of 10000 tokens with long texts: more than a file that is read may hold.
  Sketch huge;
  huge.id = "huge";
  for (int i = 0; i < 10000; ++i) {
    Token t = Named("t" + std::to_string(i), (i % 100) / 100.0, (i / 100) / 100.0);
    t.description.nl = std::string(900, 'd');
    t.why.nl = std::string(900, 'w');
    huge.tokens.push_back(std::move(t));
  }
  Board board;
  board.Restore(Abc(), nullptr, std::nullopt, nullptr);
  board.Open(huge, nullptr);
  for (int i = 0; i < 3; ++i) board.Move("t" + std::to_string(i), {-0.5, -0.5});
  const fs::path dir = test::TempDir() / "history-huge";
  fs::create_directories(dir);
  const std::string path = (dir / "history.json").string();
  REQUIRE(SaveHistory(board, path).empty());
  CHECK(fs::file_size(path) <= kMaxFileBytes);
  Board fresh;
  fresh.Restore(board.Current(), nullptr, std::nullopt, nullptr);
  CHECK(RestoreHistory(path, fresh, true).empty());
  int steps = 0;
  while (fresh.Undo()) ++steps;
  CHECK(steps == 3);  // the moves, not the opening of the huge board
}

TEST_CASE("a history written before its board, the app stopped in between: the board is taken") {
  // As BoardAutosave saves: the history first, naming the board file it is to replace, then the
  // board. A kill between the two leaves the board file one save behind its history.
  const fs::path dir = test::TempDir() / "history-ahead";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = HistoryPath((dir / "board.json").string());
  Board board;
  board.Open(Case("civ-water"), &Case("civ-water"));
  const Sketch on_disk = board.Current();  // what board.json holds
  const std::string id = board.Current().tokens.front().id;
  board.Move(id, {0.9, 0.9});
  board.Move(id, {-0.9, 0.9});
  REQUIRE(SaveHistory(board, path, BoardKey(on_disk)).empty());

  Board fresh;
  fresh.Restore(on_disk, &Case("civ-water"), std::nullopt, nullptr);
  int called = 0;
  const auto ahead = [&](Sketch newer) {
    ++called;
    fresh.Restore(std::move(newer), &Case("civ-water"), std::nullopt, nullptr);
  };
  REQUIRE(RestoreHistory(path, fresh, true, BoardKey(on_disk), ahead).empty());
  CHECK(called == 1);
  CHECK(Text(&fresh.Current()) == Text(&board.Current()));
  StepTogether(board, fresh);

  // Another board on disk (someone wrote board.json): neither taken nor put back.
  Board other;
  other.Restore(Abc(), nullptr, std::nullopt, nullptr);
  called = 0;
  CHECK(RestoreHistory(path, other, true, BoardKey(Abc()), ahead).empty());
  CHECK(called == 0);
  CHECK_FALSE(other.CanUndo());
}
