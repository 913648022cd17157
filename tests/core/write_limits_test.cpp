// SPDX-License-Identifier: EUPL-1.2
// Every file the app writes it can read back, and no edit takes a board past kMaxTokens: the
// readers' limits hold where boards are made and written, not only where they are read.

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "core/board/board.h"
#include "core/board/board_history.h"
#include "core/files/autosave.h"
#include "core/io/json_read.h"
#include "core/model/sketch_file.h"
#include "test_support.h"

using namespace pps;
namespace fs = std::filesystem;

namespace {

// A token with texts about as long as the library's.
Token NumberedToken(int n) {
  Token t = test::At(-0.9 + 1.8 * (n % 97) / 96.0, -0.9 + 1.8 * (n % 89) / 88.0);
  t.id = "a" + std::to_string(n);
  t.label = {"Activiteit nummer " + std::to_string(n), "Activity number " + std::to_string(n)};
  t.description = {std::string(300, 'o'), std::string(300, 'e')};
  t.why = {std::string(300, 'w'), std::string(300, 'y')};
  t.note = std::string(200, 'n');
  return t;
}

// A board brought to kMaxTokens by Add, as a user (or a script of taps) would.
Board FullBoard() {
  Board board;
  for (int i = 0; static_cast<std::size_t>(i) < kMaxTokens; ++i)
    REQUIRE_FALSE(board.Add(NumberedToken(i)).empty());
  return board;
}

}  // namespace

TEST_CASE("no edit takes a board past kMaxTokens") {
  Board board = FullBoard();
  REQUIRE(board.Full());
  const std::uint64_t revision = board.Revision();
  CHECK(board.Add(NumberedToken(-1)).empty());
  CHECK(board.Duplicate(board.Current().tokens.front().id).empty());
  CHECK(board.Current().tokens.size() == kMaxTokens);
  CHECK(board.Revision() == revision);
  // Room again after a removal, and undo and redo stay within the limit.
  REQUIRE(board.Remove(board.Current().tokens.back().id));
  CHECK_FALSE(board.Duplicate(board.Current().tokens.front().id).empty());
  CHECK(board.Current().tokens.size() == kMaxTokens);
  CHECK(board.Undo());
  CHECK(board.Undo());
  CHECK(board.Redo());
  CHECK(board.Current().tokens.size() <= kMaxTokens);
}

TEST_CASE("an undo step that would put back more than kMaxTokens is refused") {
  // As a hostile history.json can hold one: 10,000 tokens that undo would put back on a board
  // of three.
  Board board;
  for (int i = 0; i < 3; ++i) board.Add(NumberedToken(i));
  nlohmann::json tokens = nlohmann::json::array(), step = nlohmann::json::array();
  for (std::size_t i = 0; i < kMaxTokens; ++i) {
    const std::string id = "x" + std::to_string(i);
    tokens.push_back({{"id", id}, {"label", id}, {"formal", 0.0}, {"outside", 0.0}, {"weight", 1}});
    step.push_back({{"id", id}, {"before", {{"token", i}, {"z", 0u}}}});
  }
  const nlohmann::json history = {
      {"format", "pps-canvas/history"},      {"version", 1},
      {"board", BoardKey(board.Current())},  {"tokens", tokens},
      {"sketches", nlohmann::json::array()}, {"undo", nlohmann::json::array({step})},
      {"redo", nlohmann::json::array()}};
  bool put = false;
  try {
    put = PutHistory(history, board);
  } catch (const JsonError& e) {
    FAIL(e.where + ": " + e.what);
  }
  REQUIRE(put);
  REQUIRE(board.CanUndo());
  CHECK_FALSE(board.Undo());
  CHECK(board.Current().tokens.size() == 3);
}

TEST_CASE("the largest board each writer can make reads back") {
  const fs::path dir = test::TempDir() / "write-limits";
  fs::remove_all(dir);
  fs::create_directories(dir);
  Board board = FullBoard();
  board.Move(board.Current().tokens.front().id, {0.5, 0.5});  // an undo step to save

  const std::string sketch = (dir / "sketch.json").string();
  REQUIRE(SaveSketch(board.Current(), sketch).empty());
  CHECK(fs::file_size(sketch) <= kMaxFileBytes);
  const Loaded<Sketch> read = LoadSketch(sketch);
  REQUIRE(read.error.empty());
  CHECK(read.value->tokens.size() == kMaxTokens);

  const std::string autosave = (dir / "board.json").string();
  REQUIRE(Autosave(board.Current(), autosave).empty());
  const Loaded<Sketch> restored = ReadAutosave(autosave);
  REQUIRE(restored.error.empty());
  CHECK(restored.value->tokens.size() == kMaxTokens);

  const std::string history = HistoryPath(autosave);
  REQUIRE(SaveHistory(board, history).empty());
  Board fresh;
  fresh.Restore(*restored.value, nullptr, std::nullopt, nullptr);
  CHECK(RestoreHistory(history, fresh, false).empty());
  CHECK(fresh.CanUndo());
}

TEST_CASE("a document too large to read back is not written, and the old file stays") {
  const fs::path dir = test::TempDir() / "write-limits";
  fs::create_directories(dir);
  const std::string path = (dir / "too-large.json").string();
  REQUIRE(WriteReadable(path, {{"old", true}}).empty());
  // Indented over the limit, compact under it: written compactly.
  nlohmann::json near = nlohmann::json::array();
  for (std::size_t i = 0; i < kMaxFileBytes / 12; ++i) near.push_back({1, 2});
  REQUIRE(near.dump().size() < kMaxFileBytes);
  REQUIRE(near.dump(2).size() > kMaxFileBytes);
  REQUIRE(WriteReadable(path, near).empty());
  CHECK(ReadJsonFile(path).size() == near.size());
  // Over the limit even compact: an error naming the file and its size; the file as it was.
  const nlohmann::json over = std::string(kMaxFileBytes + 10, 'x');
  const Error error = WriteReadable(path, over);
  CHECK(error.what().find(path + ": not saved") == 0);
  CHECK(error.what().find("16.0 MB") != std::string::npos);
  CHECK(ReadJsonFile(path).size() == near.size());
}
