// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the undo history parser (history.json beside the autosave).
// Any input may be rejected with a JsonError; anything else escaping is a crash, on purpose.
// The input is put on a fixed board (its "board" key set to that board's, so that the parser
// is reached). A history that is read must then undo and redo all the way without breaking
// the board (unique ids, places on the board, weights in range), and be written and read back
// to a board that steps through the same boards.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "core/board/board.h"
#include "core/board/board_history.h"
#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_history: %s\n", what);
  std::abort();
}

pps::Sketch Start() {
  pps::Sketch s;
  s.name.nl = "start";
  for (int i = 0; i < 3; ++i) {
    pps::Token t;
    t.id = "t" + std::to_string(i);
    t.label.nl = t.id;
    t.position = {0.3 * i - 0.3, 0.2 - 0.2 * i};
    s.tokens.push_back(t);
  }
  return s;
}

void Check(const pps::Board& board) {
  std::set<std::string> ids;
  for (const pps::Token& t : board.Current().tokens) {
    if (!ids.insert(t.id).second) Fail("two tokens with one id");
    if (!(t.position.formal >= -1 && t.position.formal <= 1 && t.position.outside >= -1 &&
          t.position.outside <= 1))
      Fail("a token off the board");
    if (!(t.weight > 0 && t.weight <= 100)) Fail("a weight out of range");
  }
}

std::string Shown(const pps::Board& board) {
  std::string text = pps::SketchToJson(board.Current()).dump();
  if (board.Previous()) text += pps::SketchToJson(*board.Previous()).dump();
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pps::Board board;
  board.Restore(Start(), nullptr, std::nullopt, nullptr);
  try {
    nlohmann::json root = pps::ParseJsonText({reinterpret_cast<const char*>(data), size});
    if (root.is_object() && root.contains("board") && root["board"].is_string())
      root["board"] = pps::BoardKey(board.Current());
    if (!pps::PutHistory(root, board)) return 0;
  } catch (const pps::JsonError&) {
    return 0;
  }

  // Written and read back onto a board like this one: the same boards, step by step.
  pps::Board copy;
  copy.Restore(board.Current(), nullptr, std::nullopt, nullptr);
  try {
    const nlohmann::json saved = pps::HistoryToJson(board, pps::Board::kMaxSteps);
    if (!pps::PutHistory(pps::ParseJsonText(saved.dump()), copy))
      Fail("the saved history is not of its own board");
  } catch (const pps::JsonError& e) {
    std::fprintf(stderr, "fuzz_history: %s: %s\n", e.where.c_str(), e.what.c_str());
    Fail("the saved history does not read back");
  }
  Check(board);
  while (board.Undo()) {
    if (!copy.Undo()) Fail("the history read back has fewer undo steps");
    Check(board);
    if (Shown(board) != Shown(copy)) Fail("undo after a reload gives another board");
  }
  while (board.Redo()) {
    if (!copy.Redo()) Fail("the history read back has fewer redo steps");
    Check(board);
    if (Shown(board) != Shown(copy)) Fail("redo after a reload gives another board");
  }
  return 0;
}
