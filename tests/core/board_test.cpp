// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/board/board.h"
#include "core/io/json_read.h"
#include "core/model/sketch.h"
#include "core/model/sketch_file.h"
#include "test_support.h"

using namespace pps;

namespace {

Token Named(const std::string& id, double formal, double outside, double weight = 1.0) {
  Token t = test::At(formal, outside, weight);
  t.id = id;
  t.label.nl = id;
  return t;
}

// Three tokens a, b, c, bottom to top, at distinct places.
Sketch Abc() {
  Sketch s;
  s.id = "abc";
  s.name.nl = "abc";
  s.tokens = {Named("a", -0.5, -0.5), Named("b", 0.0, 0.0, 2.0), Named("c", 0.5, 0.5, 3.0)};
  return s;
}

// A board showing `sketch` as one's own work (no origin), with no history.
Board Holding(Sketch sketch) {
  Board board;
  board.Restore(std::move(sketch), nullptr, std::nullopt, nullptr);
  return board;
}

using Ids_ = std::vector<std::string>;

Ids_ Ids(const Board& board) {
  std::vector<std::string> ids;
  for (const Token& t : board.Current().tokens) ids.push_back(t.id);
  return ids;
}

// Whether the board's tokens are exactly `expected`: same order, ids, labels, places, weights.
bool Exactly(const Board& board, const Sketch& expected) {
  const auto& a = board.Current().tokens;
  const auto& b = expected.tokens;
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].label.nl != b[i].label.nl || a[i].label.en != b[i].label.en ||
        a[i].position.formal != b[i].position.formal ||
        a[i].position.outside != b[i].position.outside || a[i].weight != b[i].weight ||
        a[i].note != b[i].note)
      return false;
  }
  return true;
}

Sketch Case(const char* file) {
  Loaded<Sketch> loaded = LoadSketch(std::string(PPS_DATA_DIR) + "/cases/" + file);
  REQUIRE(loaded);
  return *loaded.value;
}

int UndoAll(Board& board) {
  int n = 0;
  while (board.Undo()) ++n;
  return n;
}

}  // namespace

// ---- Token edits ------------------------------------------------------------------------------

TEST_CASE("Add puts a token on top with a unique id, stepping aside from one on the same spot") {
  Board board = Holding(Abc());
  const auto rev = board.Revision();
  const std::string id = board.Add(Named("b", 0.0, 0.0));
  CHECK(id == "b-2");
  CHECK(Ids(board) == Ids_{"a", "b", "c", "b-2"});
  const Token& added = board.Current().tokens.back();
  CHECK_FALSE((added.position.formal == 0.0 && added.position.outside == 0.0));
  CHECK(board.Revision() != rev);

  const Token copy = added;
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(Ids(board) == Ids_{"a", "b", "c", "b-2"});
  CHECK(board.Current().tokens.back().position.formal == copy.position.formal);
  CHECK(board.Current().tokens.back().position.outside == copy.position.outside);
}

TEST_CASE("each undo and redo says what it changed: one token and what of it, or the board") {
  using W = StepChange::What;
  Board board = Holding(Abc());
  const auto undone = [&]() -> const StepChange& {
    REQUIRE(board.Undo());
    return board.Stepped();
  };
  REQUIRE(board.SetNote("b", "bellen"));
  CHECK(undone().what == W::Noted);
  CHECK(board.Stepped().token == "b");
  CHECK(board.Stepped().label.nl == "b");
  REQUIRE(board.Redo());
  CHECK(board.Stepped().what == W::Noted);
  REQUIRE(board.Rename("c", LocalText{"cc", ""}));
  CHECK(undone().what == W::Renamed);
  CHECK(board.Stepped().label.nl == "c");  // the label the token has again
  REQUIRE(board.SetWeight("a", 2.0));
  CHECK(undone().what == W::Weighed);
  const std::string added = board.Add(Named("d", 0.2, 0.2));
  CHECK(undone().what == W::Added);
  CHECK(board.Stepped().token == added);
  REQUIRE(board.Remove("a"));
  CHECK(undone().what == W::Removed);
  // A drag: a raise and many moves of one token, one step.
  const Board::Gesture drag = board.BeginGesture();
  REQUIRE(board.Raise("a", drag));
  REQUIRE(board.Move("a", {0.1, 0.1}, drag));
  REQUIRE(board.Move("a", {0.3, 0.2}, drag));
  board.EndGesture(drag);
  CHECK(undone().what == W::Moved);
  CHECK(board.Stepped().tokens == 1);
  const Board::Gesture two = board.BeginGesture();
  REQUIRE(board.Move("a", {0.1, 0.1}, two));
  REQUIRE(board.Move("b", {0.4, 0.1}, two));
  board.EndGesture(two);
  CHECK(undone().what == W::Several);
  CHECK(board.Stepped().tokens == 2);
  REQUIRE(board.SetSketchText(LocalText{"naam", ""}, LocalText{}));
  CHECK(undone().what == W::SketchText);
  board.Open(Abc(), nullptr);
  CHECK(undone().what == W::Board);
}

TEST_CASE("Move clamps onto the board and undo and redo restore the exact places") {
  Board board = Holding(Abc());
  REQUIRE(board.Move("a", {3.0, -7.0}));
  const Token& a = board.Current().tokens[0];
  CHECK(a.position.formal == 1.0);
  CHECK(a.position.outside == -1.0);
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(board.Current().tokens[0].position.formal == 1.0);
  CHECK(board.Current().tokens[0].position.outside == -1.0);
  CHECK_FALSE(board.Move("nobody", {0.1, 0.1}));
}

TEST_CASE("Raise brings a token to the front and undo puts it back in its place in the stack") {
  Board board = Holding(Abc());
  REQUIRE(board.Raise("a"));
  CHECK(Ids(board) == Ids_{"b", "c", "a"});
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(Ids(board) == Ids_{"b", "c", "a"});
  CHECK_FALSE(board.Raise("nobody"));
}

TEST_CASE("Remove takes a token off and undo puts the same token back at the same depth") {
  Board board = Holding(Abc());
  REQUIRE(board.Remove("b"));
  CHECK(Ids(board) == Ids_{"a", "c"});
  CHECK(board.Find("b") == -1);
  CHECK_FALSE(board.Remove("b"));
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(Ids(board) == Ids_{"a", "c"});
}

TEST_CASE("Rename changes the label, refuses the same label, and undo restores it") {
  Board board = Holding(Abc());
  LocalText label{"nieuw", "new"};
  REQUIRE(board.Rename("c", label));
  CHECK(board.Current().tokens[2].label.nl == "nieuw");
  CHECK(board.Current().tokens[2].label.en == "new");
  const auto rev = board.Revision();
  CHECK_FALSE(board.Rename("c", label));
  CHECK(board.Revision() == rev);
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  CHECK_FALSE(board.CanUndo());
  REQUIRE(board.Redo());
  CHECK(board.Current().tokens[2].label.en == "new");
}

TEST_CASE("SetNote sets a token's note as one undo step and the note survives a save") {
  Board board = Holding(Abc());
  REQUIRE(board.SetNote("b", "vraag de regio om geld"));
  CHECK_FALSE(board.SetNote("b", "vraag de regio om geld"));
  CHECK_FALSE(board.SetNote("nobody", "x"));
  const Sketch loaded = SketchFromJson(SketchToJson(board.Current()));
  CHECK(loaded.tokens[1].note == "vraag de regio om geld");
  CHECK(SameTokens(loaded, board.Current()));
  CHECK_FALSE(SameTokens(loaded, Abc()));
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(board.Current().tokens[1].note == "vraag de regio om geld");
}

TEST_CASE("SetSketchText names and describes the sketch as one undo step without reopening it") {
  Board board = Holding(Abc());
  const auto opened = board.Opened();
  REQUIRE(board.SetSketchText({"Groene daken", ""}, {"Met het waterschap", ""}));
  CHECK_FALSE(board.SetSketchText({"Groene daken", ""}, {"Met het waterschap", ""}));
  CHECK(board.Current().name.nl == "Groene daken");
  CHECK(board.Opened() == opened);
  const Sketch loaded = SketchFromJson(SketchToJson(board.Current()));
  CHECK(loaded.description.nl == "Met het waterschap");
  REQUIRE(board.Undo());
  CHECK(board.Current().name.nl == "abc");
  CHECK(board.Current().description.nl.empty());
  REQUIRE(board.Redo());
  CHECK(board.Current().name.nl == "Groene daken");
}

TEST_CASE("SetWeight accepts weights above 0 up to 100 only, and undo restores the weight") {
  Board board = Holding(Abc());
  const auto rev = board.Revision();
  CHECK_FALSE(board.SetWeight("a", 0.0));
  CHECK_FALSE(board.SetWeight("a", -1.0));
  CHECK_FALSE(board.SetWeight("a", 100.0001));
  CHECK_FALSE(board.SetWeight("a", std::numeric_limits<double>::quiet_NaN()));
  CHECK_FALSE(board.SetWeight("a", 1.0));  // already 1
  CHECK_FALSE(board.SetWeight("nobody", 5.0));
  CHECK(board.Revision() == rev);
  CHECK_FALSE(board.CanUndo());
  CHECK(Exactly(board, Abc()));

  REQUIRE(board.SetWeight("a", 100.0));
  CHECK(board.Current().tokens[0].weight == 100.0);
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(board.Current().tokens[0].weight == 100.0);
}

TEST_CASE("Duplicate puts a copy with a new id on top and undo takes only the copy away") {
  Board board = Holding(Abc());
  const std::string copy = board.Duplicate("a");
  CHECK(copy == "a-2");
  CHECK(Ids(board) == Ids_{"a", "b", "c", "a-2"});
  CHECK(board.Current().tokens[3].weight == board.Current().tokens[0].weight);
  CHECK(board.Current().tokens[3].label.nl == "a");
  // The original stays where it was.
  CHECK(board.Current().tokens[0].position.formal == -0.5);
  CHECK(board.Duplicate("nobody").empty());
  REQUIRE(board.Undo());
  CHECK(Exactly(board, Abc()));
  REQUIRE(board.Redo());
  CHECK(Ids(board) == Ids_{"a", "b", "c", "a-2"});
}

TEST_CASE("a sequence of edits undoes step by step back to the start and redoes to the end") {
  Board board = Holding(Abc());
  board.Move("a", {0.9, 0.9});
  board.Raise("a");
  board.Remove("b");
  board.Rename("c", {"cc", ""});
  board.SetWeight("c", 7.0);
  CHECK(board.Duplicate("c") == "c-2");
  const Sketch end = board.Current();
  CHECK(UndoAll(board) == 6);
  CHECK(Exactly(board, Abc()));
  int redone = 0;
  while (board.Redo()) ++redone;
  CHECK(redone == 6);
  CHECK(Exactly(board, end));
}

// ---- Gestures ---------------------------------------------------------------------------------

TEST_CASE("a gesture of a raise and many moves is one undo step") {
  Board board = Holding(Abc());
  board.Move("c", {0.7, 0.7});  // an earlier step that must survive
  const Sketch before = board.Current();
  const Board::Gesture g = board.BeginGesture();
  CHECK_FALSE(board.Settled());
  REQUIRE(board.Raise("a", g));
  for (int i = 1; i <= 100; ++i) REQUIRE(board.Move("a", {-0.5 + i * 0.01, -0.5}, g));
  board.EndGesture(g);
  CHECK(board.Settled());
  CHECK(Ids(board) == Ids_{"b", "c", "a"});
  CHECK(board.Current().tokens[2].position.formal == Approx(0.5));

  REQUIRE(board.Undo());
  CHECK(Exactly(board, before));
  REQUIRE(board.Undo());  // the earlier move
  CHECK(Exactly(board, Abc()));
  CHECK_FALSE(board.CanUndo());
  REQUIRE(board.Redo());
  REQUIRE(board.Redo());
  CHECK(Ids(board) == Ids_{"b", "c", "a"});
  CHECK(board.Current().tokens[2].position.formal == Approx(0.5));
}

TEST_CASE("an empty gesture leaves no undo step and does not change the revision") {
  Board board = Holding(Abc());
  const auto rev = board.Revision();
  const Board::Gesture g = board.BeginGesture();
  CHECK_FALSE(board.Raise("c", g));             // already on top: a tap
  CHECK_FALSE(board.Move("c", {0.5, 0.5}, g));  // where it is
  board.EndGesture(g);
  CHECK(board.Settled());
  CHECK_FALSE(board.CanUndo());
  CHECK(board.Revision() == rev);
  CHECK(Exactly(board, Abc()));
}

TEST_CASE("two interleaved gestures on two tokens are two steps, each undoing only its token") {
  Board board = Holding(Abc());
  const Board::Gesture ga = board.BeginGesture();
  const Board::Gesture gc = board.BeginGesture();
  board.Raise("a", ga);  // c is on top already
  for (int i = 1; i <= 10; ++i) {
    board.Move("a", {-0.5, -0.5 + i * 0.1}, ga);
    board.Move("c", {0.5 - i * 0.1, 0.5}, gc);
  }
  board.EndGesture(ga);
  const Sketch after_a = board.Current();
  board.EndGesture(gc);
  const Sketch after_both = board.Current();

  REQUIRE(board.Undo());  // c's drag, the last to end
  const Token* a = FindToken(board.Current(), "a");
  const Token* c = FindToken(board.Current(), "c");
  REQUIRE(a);
  REQUIRE(c);
  CHECK(a->position.outside == Approx(0.5));  // a stays dragged
  CHECK(c->position.formal == 0.5);           // c is back
  CHECK(c->position.outside == 0.5);
  REQUIRE(board.Undo());  // a's drag
  CHECK(Exactly(board, Abc()));
  CHECK_FALSE(board.CanUndo());
  REQUIRE(board.Redo());  // a's drag only
  CHECK(FindToken(board.Current(), "a")->position.outside ==
        FindToken(after_a, "a")->position.outside);
  CHECK(FindToken(board.Current(), "c")->position.formal == 0.5);
  REQUIRE(board.Redo());
  CHECK(Exactly(board, after_both));
}

// Two drags that both raised their token, ending in the other order than they began: undone
// in reverse of how they began, the stack comes back as it was.
TEST_CASE("undoing two interleaved drags that end in reverse order restores the stacking order") {
  Board board = Holding(Abc());
  const Board::Gesture ga = board.BeginGesture();
  const Board::Gesture gb = board.BeginGesture();
  board.Raise("a", ga);  // b c a
  board.Raise("b", gb);  // c a b
  board.Move("a", {-0.4, -0.4}, ga);
  board.Move("b", {0.1, 0.1}, gb);
  board.EndGesture(gb);  // b's drag ends first
  board.EndGesture(ga);
  REQUIRE(board.Undo());
  REQUIRE(board.Undo());
  CHECK_FALSE(board.CanUndo());
  CHECK(Ids(board) == Ids_{"a", "b", "c"});
  CHECK(Exactly(board, Abc()));
}

TEST_CASE("undo is refused while a gesture is open") {
  Board board = Holding(Abc());
  board.Move("a", {0.0, 0.9});
  const Board::Gesture g = board.BeginGesture();
  board.Move("b", {0.3, 0.3}, g);
  const auto rev = board.Revision();
  CHECK_FALSE(board.CanUndo());
  CHECK_FALSE(board.Undo());
  CHECK(board.Revision() == rev);
  CHECK(board.Current().tokens[0].position.outside == 0.9);
  board.EndGesture(g);
  CHECK(board.Undo());
  CHECK(board.Current().tokens[1].position.formal == 0.0);
  CHECK(board.Current().tokens[0].position.outside == 0.9);
}

// ---- Revision, history --------------------------------------------------------------------------

TEST_CASE("the revision changes exactly when the board changes") {
  Board board = Holding(Abc());
  auto rev = board.Revision();
  const auto unchanged = [&] { return board.Revision() == rev; };

  CHECK_FALSE(board.Undo());
  CHECK(unchanged());
  CHECK_FALSE(board.Redo());
  CHECK(unchanged());
  CHECK_FALSE(board.Move("a", {-0.5, -0.5}));
  CHECK(unchanged());
  CHECK_FALSE(board.Raise("c"));
  CHECK(unchanged());
  CHECK_FALSE(board.Rename("a", {"a", ""}));
  CHECK(unchanged());
  CHECK_FALSE(board.Remove("nobody"));
  CHECK(unchanged());
  CHECK_FALSE(board.Reset());  // no case open
  CHECK(unchanged());
  CHECK_FALSE(board.Back());  // nothing before
  CHECK(unchanged());

  board.Move("a", {2.0, 2.0});  // clamps to (1, 1)
  CHECK_FALSE(unchanged());
  rev = board.Revision();
  CHECK_FALSE(board.Move("a", {5.0, 9.0}));  // clamps to the same (1, 1)
  CHECK(unchanged());
  board.Undo();
  CHECK_FALSE(unchanged());
  rev = board.Revision();
  board.Redo();
  CHECK_FALSE(unchanged());
}

TEST_CASE("a new edit clears what could be redone") {
  Board board = Holding(Abc());
  board.Move("a", {0.1, 0.1});
  board.Undo();
  CHECK(board.CanRedo());
  board.Move("b", {0.2, 0.2});
  CHECK_FALSE(board.CanRedo());
  CHECK_FALSE(board.Redo());
  CHECK(board.Current().tokens[0].position.formal == -0.5);
}

TEST_CASE("history keeps only the last kMaxSteps steps") {
  Board board = Holding(Abc());
  const int extra = 10;
  for (int i = 1; i <= Board::kMaxSteps + extra; ++i)
    REQUIRE(board.Move("a", {-1.0 + i * 0.001, 0.0}));
  CHECK(UndoAll(board) == Board::kMaxSteps);
  // The oldest steps dropped off: the token stands where those left it.
  CHECK(board.Current().tokens[0].position.formal == Approx(-1.0 + extra * 0.001));
}

TEST_CASE("Find returns a token's index by id and -1 for an unknown id") {
  Board board = Holding(Abc());
  CHECK(board.Find("a") == 0);
  CHECK(board.Find("b") == 1);
  CHECK(board.Find("c") == 2);
  CHECK(board.Find("x") == -1);
  CHECK(board.Find("") == -1);
  board.Raise("a");
  CHECK(board.Find("b") == 0);
  CHECK(board.Find("c") == 1);
  CHECK(board.Find("a") == 2);
  board.Remove("b");
  CHECK(board.Find("b") == -1);
  CHECK(board.Find("c") == 0);
  CHECK(board.Find("a") == 1);
  board.Undo();
  CHECK(board.Find("b") == 0);
}

TEST_CASE("token ids and order survive saving and loading the board") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  board.Open(water, &water);
  const std::string first = water.tokens.front().id;
  const std::string added = board.Add(water.tokens.front());
  const std::string copy = board.Duplicate(first);
  CHECK(added == first + "-2");
  CHECK(copy == first + "-3");
  board.Raise(first);
  const Sketch loaded = SketchFromJson(SketchToJson(board.Current()));
  REQUIRE(loaded.tokens.size() == board.Current().tokens.size());
  for (std::size_t i = 0; i < loaded.tokens.size(); ++i)
    CHECK(loaded.tokens[i].id == board.Current().tokens[i].id);
  CHECK(SameTokens(loaded, board.Current()));
  // Reopened, the ids address the same tokens.
  Board again = Holding(loaded);
  CHECK(again.Find(copy) == board.Find(copy));
  CHECK(again.Find(added) == board.Find(added));
}

// ---- Boards: Open, Reset, Back ------------------------------------------------------------------

TEST_CASE("opening a case over a case that was moved about keeps the moved board as previous") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  const Sketch beyond = Case("08-beyond.json");
  board.Open(water, &water);
  CHECK(board.Previous() == nullptr);
  board.Move(water.tokens[0].id, {0.99, 0.99});
  const Sketch moved = board.Current();
  board.Open(beyond, &beyond);
  CHECK(SameTokens(board.Current(), beyond));
  REQUIRE(board.Origin());
  CHECK(SameTokens(*board.Origin(), beyond));
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), moved));
  CHECK(board.TakeDisplaced().empty());
}

TEST_CASE("opening a case over a board that holds no work leaves no previous board") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  const Sketch beyond = Case("08-beyond.json");
  board.Open(water, &water);  // over an empty board
  CHECK(board.Previous() == nullptr);
  board.Open(beyond, &beyond);  // over an untouched case
  CHECK(board.Previous() == nullptr);
  // A case moved and moved back is no work either.
  const std::string id = beyond.tokens[0].id;
  const BoardPoint was = beyond.tokens[0].position;
  board.Move(id, {0.0, 0.0});
  board.Move(id, was);
  board.Open(water, &water);
  CHECK(board.Previous() == nullptr);
  CHECK(board.TakeDisplaced().empty());
}

TEST_CASE("opening over an existing previous board hands the old previous to TakeDisplaced") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  const Sketch beyond = Case("08-beyond.json");
  board.Open(Abc(), nullptr);  // one's own work
  board.Open(water, &water);
  REQUIRE(board.Previous());
  CHECK(Exactly(Holding(*board.Previous()), Abc()));
  board.Move(water.tokens[0].id, {0.99, -0.99});
  const Sketch moved = board.Current();
  board.Open(beyond, &beyond);
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), moved));
  std::vector<Sketch> displaced = board.TakeDisplaced();
  REQUIRE(displaced.size() == 1);
  CHECK(SameTokens(displaced[0], Abc()));
  CHECK(board.TakeDisplaced().empty());
}

TEST_CASE("Reset puts the case back as opened and keeps the moved board as previous") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  board.Open(water, &water);
  board.Move(water.tokens[0].id, {0.99, 0.99});
  board.Remove(water.tokens[1].id);
  const Sketch moved = board.Current();
  REQUIRE(board.Reset());
  CHECK(SameTokens(board.Current(), water));
  REQUIRE(board.Origin());
  CHECK(SameTokens(*board.Origin(), water));
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), moved));
}

TEST_CASE("Back swaps the board with the previous one") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  board.Open(Abc(), nullptr);
  board.Open(water, &water);
  board.Move(water.tokens[0].id, {0.99, 0.99});
  const Sketch moved = board.Current();
  REQUIRE(board.Back());
  CHECK(Exactly(board, Abc()));
  CHECK(board.Origin() == nullptr);
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), moved));
  REQUIRE(board.Back());
  CHECK(SameTokens(board.Current(), moved));
  REQUIRE(board.Origin());
  CHECK(SameTokens(*board.Origin(), water));
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), Abc()));
}

TEST_CASE("undo of Open, Reset and Back restores the sketch, the origin and the previous board") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  board.Open(Abc(), nullptr);
  board.Open(water, &water);
  const std::string id = water.tokens[0].id;
  board.Move(id, {0.99, 0.99});
  const Sketch moved = board.Current();
  board.Reset();
  board.Back();  // moved case <-> reset case
  CHECK(SameTokens(board.Current(), moved));

  REQUIRE(board.Undo());  // Back
  CHECK(SameTokens(board.Current(), water));
  REQUIRE(board.Origin());
  CHECK(SameTokens(*board.Origin(), water));
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), moved));

  REQUIRE(board.Undo());  // Reset
  CHECK(SameTokens(board.Current(), moved));
  REQUIRE(board.Origin());
  CHECK(SameTokens(*board.Origin(), water));
  REQUIRE(board.Previous());
  CHECK(SameTokens(*board.Previous(), Abc()));

  REQUIRE(board.Undo());  // Move
  CHECK(SameTokens(board.Current(), water));

  REQUIRE(board.Undo());  // Open water
  CHECK(Exactly(board, Abc()));
  CHECK(board.Origin() == nullptr);
  CHECK(board.Previous() == nullptr);

  REQUIRE(board.Undo());  // Open own sketch
  CHECK(board.Current().tokens.empty());
  CHECK_FALSE(board.CanUndo());

  for (int i = 0; i < 5; ++i) REQUIRE(board.Redo());
  CHECK(SameTokens(board.Current(), moved));
  // The untouched case Back left holds no work, so it was not kept.
  CHECK(board.Previous() == nullptr);
}

TEST_CASE("opened changes when another board is put on, not on token edits") {
  Board board;
  const Sketch water = Case("03-civ-water.json");
  auto opened = board.Opened();
  const auto changed = [&] {
    const bool c = board.Opened() != opened;
    opened = board.Opened();
    return c;
  };
  board.Open(Abc(), nullptr);
  CHECK(changed());
  board.Open(water, &water);
  CHECK(changed());
  const std::string id = water.tokens[0].id;
  board.Move(id, {0.9, 0.9});
  board.Raise(id);
  board.Rename(id, {"x", "y"});
  board.SetWeight(id, 9.0);
  board.Duplicate(id);
  board.Remove(id);
  CHECK_FALSE(changed());
  board.Undo();
  board.Redo();
  CHECK_FALSE(changed());
  board.Reset();
  CHECK(changed());
  board.Back();
  CHECK(changed());
  board.Undo();
  CHECK(changed());
  board.Redo();
  CHECK(changed());
  board.Undo();  // Back
  CHECK(changed());
  board.Undo();  // Reset
  CHECK(changed());
  board.Undo();  // the token edits, one by one
  CHECK_FALSE(changed());
}

TEST_CASE("a drag that ends where it began leaves no undo step") {
  Board board = Holding(Abc());
  const Board::Gesture g = board.BeginGesture();
  board.Move("c", {0.9, 0.9}, g);
  board.Move("c", FindToken(Abc(), "c")->position, g);
  board.EndGesture(g);
  CHECK_FALSE(board.CanUndo());
  CHECK(Exactly(board, Abc()));
}
