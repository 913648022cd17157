// SPDX-License-Identifier: EUPL-1.2
#include "core/board/board_history.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/files/autosave.h"
#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace pps {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kFnvStart = 14695981039346656037ull;

std::uint64_t Fnv(std::uint64_t h, std::string_view bytes) {
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

std::uint64_t Fnv(std::uint64_t h, double d) {
  return Fnv(h, std::string_view(reinterpret_cast<const char*>(&d), sizeof d));
}

// Strings end with a byte no UTF-8 text holds, so that "ab","c" and "a","bc" hash apart.
std::uint64_t FnvText(std::uint64_t h, std::string_view text) {
  return Fnv(Fnv(h, text), std::string_view("\xff", 1));
}

std::uint64_t FnvText(std::uint64_t h, const LocalText& text) {
  return FnvText(FnvText(h, text.nl), text.en);
}

// Cheap, for finding equal tokens among thousands: the id, the numbers and the texts' lengths.
// SameToken decides.
std::uint64_t TokenHash(const Token& t) {
  std::uint64_t h = Fnv(FnvText(kFnvStart, t.id), t.position.formal);
  h = Fnv(Fnv(h, t.position.outside), t.weight);
  for (const std::size_t n :
       {t.label.nl.size(), t.label.en.size(), t.description.nl.size(), t.description.en.size(),
        t.why.nl.size(), t.why.en.size(), t.note.size()})
    h = Fnv(h, static_cast<double>(n));
  return h;
}

// The sketch's fields apart from its tokens.
std::uint64_t HeaderHash(const Sketch& s) {
  std::uint64_t h =
      FnvText(FnvText(FnvText(FnvText(kFnvStart, s.id), s.name), s.short_name), s.description);
  h = FnvText(h, s.published_type ? TypeId(*s.published_type) : std::string_view());
  return FnvText(h, s.file);
}

bool SameHeader(const Sketch& a, const Sketch& b) {
  return a.id == b.id && a.name == b.name && a.short_name == b.short_name &&
         a.description == b.description && a.published_type == b.published_type &&
         a.file == b.file;
}

// Never throws: text that is not UTF-8 is written with replacement characters, as the autosave
// writes it.
std::string Dump(const json& doc) {
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

// A token as a sketch file writes it.
json TokenJson(const Token& token) {
  Sketch one;
  one.tokens.push_back(token);
  json doc = SketchToJson(one);
  return std::move(doc["tokens"][0]);
}

// Tokens and sketches that steps share are written once each and referred to by index: a
// board-level step holds whole boards, mostly the same boards and tokens as its neighbours.
class Pool {
 public:
  int Token(const pps::Token& token) {
    const std::uint64_t h = TokenHash(token);
    auto [first, last] = tokens_at_.equal_range(h);
    for (auto it = first; it != last; ++it)
      if (SameToken(*tokens_[static_cast<std::size_t>(it->second)], token)) return it->second;
    const int index = static_cast<int>(tokens_.size());
    tokens_.push_back(&token);
    tokens_at_.emplace(h, index);
    token_docs.push_back(TokenJson(token));
    return index;
  }

  int Sketch(const pps::Sketch& sketch) {
    std::vector<int> refs;
    refs.reserve(sketch.tokens.size());
    for (const pps::Token& t : sketch.tokens) refs.push_back(Token(t));
    std::uint64_t h = HeaderHash(sketch);
    for (const int r : refs)
      h = Fnv(h, std::string_view(reinterpret_cast<const char*>(&r), sizeof r));
    auto [first, last] = sketches_at_.equal_range(h);
    for (auto it = first; it != last; ++it) {
      const auto& [known, known_refs] = sketches_[static_cast<std::size_t>(it->second)];
      if (known_refs == refs && SameHeader(*known, sketch)) return it->second;
    }
    const int index = static_cast<int>(sketches_.size());
    pps::Sketch header = sketch;
    header.tokens.clear();
    json doc = SketchToJson(header);
    doc["tokens"] = refs;
    if (!sketch.file.empty()) doc["file"] = sketch.file;  // where it is saved back to
    sketch_docs.push_back(std::move(doc));
    sketches_.emplace_back(&sketch, std::move(refs));
    sketches_at_.emplace(h, index);
    return index;
  }

  json token_docs = json::array(), sketch_docs = json::array();

 private:
  std::vector<const pps::Token*> tokens_;
  std::unordered_multimap<std::uint64_t, int> tokens_at_;
  std::vector<std::pair<const pps::Sketch*, std::vector<int>>> sketches_;
  std::unordered_multimap<std::uint64_t, int> sketches_at_;
};

// An index into a list of `size`, at `where`.
std::size_t RequireIndex(const json& value, const std::string& where, std::size_t size) {
  if (!value.is_number_unsigned() || value.get<std::uint64_t>() >= size)
    throw JsonError{where,
                    "must be an index below " + std::to_string(size) + ", got " + Quote(value)};
  return static_cast<std::size_t>(value.get<std::uint64_t>());
}

// What a history file refers to by index, read and validated once.
struct ReadPool {
  std::vector<Token> tokens;
  std::vector<Sketch> sketches;
};

ReadPool ReadPools(const json& root) {
  ReadPool pool;
  const json& tokens = RequireArray(root, "", "tokens", kMaxHistoryTokens);
  for (std::size_t i = 0; i < tokens.size(); ++i)
    pool.tokens.push_back(TokenFromJson(tokens[i], "/tokens/" + std::to_string(i)));
  const json& sketches = RequireArray(root, "", "sketches", kMaxHistorySketches);
  for (std::size_t i = 0; i < sketches.size(); ++i) {
    const std::string where = "/sketches/" + std::to_string(i);
    if (!sketches[i].is_object())
      throw JsonError{where, "must be an object, got " + Quote(sketches[i])};
    const json& refs = RequireArray(sketches[i], where, "tokens", kMaxTokens);
    json header = sketches[i];
    header["tokens"] = json::array();
    Sketch sketch;
    try {
      sketch = SketchFromJson(header);
    } catch (const JsonError& e) {
      throw JsonError{where + e.where, e.what};
    }
    sketch.file = OptionalString(sketches[i], where, "file");
    std::set<std::string> ids;
    for (std::size_t k = 0; k < refs.size(); ++k) {
      const std::string at = where + "/tokens/" + std::to_string(k);
      const Token& token = pool.tokens[RequireIndex(refs[k], at, pool.tokens.size())];
      if (!ids.insert(token.id).second)
        throw JsonError{at, "duplicate token id " + Quote(token.id)};
      sketch.tokens.push_back(token);
    }
    pool.sketches.push_back(std::move(sketch));
  }
  return pool;
}

}  // namespace

// Board's history, as data: the only code besides Board that sees its steps.
struct HistoryAccess {
  static json Write(const Board& board, std::size_t max_undo, const std::string& replaces,
                    bool with_board) {
    // The newest closed steps and any still open (at exit mid-drag), in the order they began,
    // as Board::Replace would close them.
    std::vector<const Board::Step*> undo;
    const std::size_t skip = board.undo_.size() > max_undo ? board.undo_.size() - max_undo : 0;
    for (std::size_t i = skip; i < board.undo_.size(); ++i) undo.push_back(&board.undo_[i]);
    for (const auto& open : board.open_) {
      if (open.second.ops.empty()) continue;
      auto at = undo.end();
      while (at != undo.begin() && (*std::prev(at))->order > open.second.order) --at;
      undo.insert(at, &open.second);
    }
    Pool pool;
    json undo_docs = json::array(), redo_docs = json::array();
    for (const Board::Step* step : undo) undo_docs.push_back(StepJson(*step, pool));
    for (const Board::Step& step : board.redo_) redo_docs.push_back(StepJson(step, pool));
    json root = {{"format", "pps-canvas/history"},
                 {"version", kHistoryVersion},
                 {"board", BoardKey(board.Current())},
                 {"replaces", replaces}};
    if (with_board) root["current"] = pool.Sketch(board.Current());
    root["tokens"] = std::move(pool.token_docs);
    root["sketches"] = std::move(pool.sketch_docs);
    root["undo"] = std::move(undo_docs);
    root["redo"] = std::move(redo_docs);
    return root;
  }

  static bool Read(const json& root, Board& board) {
    RequireFormat(root, "pps-canvas/history", kHistoryVersion);
    if (RequireString(root, "", "board", kMaxLabelBytes) != BoardKey(board.Current())) return false;
    if (!board.open_.empty()) return false;  // a drag under way: its step would be lost
    const ReadPool pool = ReadPools(root);
    std::vector<Board::Step> undo = ReadSteps(root, "undo", pool);
    std::vector<Board::Step> redo = ReadSteps(root, "redo", pool);
    if (undo.size() > static_cast<std::size_t>(Board::kMaxSteps))
      undo.erase(undo.begin(), undo.end() - Board::kMaxSteps);
    // Later steps begin later: the undo steps oldest first, then the redo steps from the one
    // undone last (the top of the stack) to the newest.
    std::uint64_t order = board.next_order_;
    for (Board::Step& step : undo) step.order = order++;
    for (auto step = redo.rbegin(); step != redo.rend(); ++step) step->order = order++;
    board.next_order_ = order;
    board.undo_ = std::move(undo);
    board.redo_ = std::move(redo);
    return true;
  }

 private:
  static json StepJson(const Board::Step& step, Pool& pool) {
    json ops = json::array();
    for (const Board::Op& op : step.ops) ops.push_back(OpJson(op, pool));
    return ops;
  }

  static json OpJson(const Board::Op& op, Pool& pool) {
    if (op.board_before)
      return {{"board",
               {{"before", StateJson(*op.board_before, pool)},
                {"after", StateJson(*op.board_after, pool)}}}};
    if (op.text_before)
      return {
          {"text", {{"before", TextJson(*op.text_before)}, {"after", TextJson(*op.text_after)}}}};
    json doc = {{"id", op.id}};
    for (const auto& [key, at] : {std::pair{"before", &op.before}, std::pair{"after", &op.after}})
      if (at->token) doc[key] = {{"token", pool.Token(*at->token)}, {"z", at->z}};
    return doc;
  }

  static json StateJson(const Board::State& state, Pool& pool) {
    json doc = {{"current", pool.Sketch(state.current.sketch)}};
    if (state.current.origin) doc["origin"] = pool.Sketch(*state.current.origin);
    if (state.previous) {
      doc["previous"] = pool.Sketch(state.previous->sketch);
      if (state.previous->origin) doc["previous_origin"] = pool.Sketch(*state.previous->origin);
    }
    return doc;
  }

  static json TextJson(const Board::SketchText& text) {
    json doc = json::object(), en = json::object();
    PutText(doc, en, "name", text.name);
    PutText(doc, en, "description", text.description);
    if (!en.empty()) doc["i18n"] = {{"en", en}};
    return doc;
  }

  static std::vector<Board::Step> ReadSteps(const json& root, const char* key,
                                            const ReadPool& pool) {
    std::vector<Board::Step> steps;
    const json& list = RequireArray(root, "", key, kMaxHistorySteps);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string where = "/" + std::string(key) + "/" + std::to_string(i);
      if (!list[i].is_array())
        throw JsonError{where, "must be a list of changes, got " + Quote(list[i])};
      if (list[i].empty() || list[i].size() > kMaxStepOps)
        throw JsonError{where, "must hold 1 to " + std::to_string(kMaxStepOps) + " changes, has " +
                                   std::to_string(list[i].size())};
      Board::Step step;
      for (std::size_t k = 0; k < list[i].size(); ++k)
        step.ops.push_back(ReadOp(list[i][k], where + "/" + std::to_string(k), pool));
      steps.push_back(std::move(step));
    }
    return steps;
  }

  static Board::Op ReadOp(const json& doc, const std::string& where, const ReadPool& pool) {
    if (!doc.is_object()) throw JsonError{where, "must be an object, got " + Quote(doc)};
    Board::Op op;
    if (doc.contains("board")) {
      const json& board = RequireMember(doc, where, "board", json::value_t::object);
      op.board_before = ReadState(board, where + "/board", "before", pool);
      op.board_after = ReadState(board, where + "/board", "after", pool);
      return op;
    }
    if (doc.contains("text")) {
      const json& text = RequireMember(doc, where, "text", json::value_t::object);
      op.text_before = ReadText(text, where + "/text", "before");
      op.text_after = ReadText(text, where + "/text", "after");
      return op;
    }
    op.id = RequireString(doc, where, "id", kMaxLabelBytes);
    for (const auto& [key, at] : {std::pair{"before", &op.before}, std::pair{"after", &op.after}}) {
      if (!doc.contains(key)) continue;
      const std::string place = where + "/" + key;
      const json& token_at = RequireMember(doc, where, key, json::value_t::object);
      if (!token_at.contains("token")) throw JsonError{place, "has no \"token\""};
      if (!token_at.contains("z")) throw JsonError{place, "has no \"z\""};
      at->token =
          pool.tokens[RequireIndex(token_at["token"], place + "/token", pool.tokens.size())];
      at->z = static_cast<int>(RequireIndex(token_at["z"], place + "/z", kMaxTokens));
      // Undo puts the token back by the change's id: another id would put two tokens under one.
      if (at->token->id != op.id)
        throw JsonError{place + "/token",
                        "is token " + Quote(at->token->id) + ", not " + Quote(op.id)};
    }
    if (!op.before.token && !op.after.token)
      throw JsonError{where, "a token change needs \"before\", \"after\" or both"};
    return op;
  }

  static Board::State ReadState(const json& parent, const std::string& parent_where,
                                const char* key, const ReadPool& pool) {
    const json& doc = RequireMember(parent, parent_where, key, json::value_t::object);
    const std::string where = parent_where + "/" + key;
    const auto sketch = [&](const char* member) {
      return pool.sketches[RequireIndex(doc[member], where + "/" + member, pool.sketches.size())];
    };
    if (!doc.contains("current")) throw JsonError{where, "has no \"current\""};
    Board::State state;
    state.current.sketch = sketch("current");
    if (doc.contains("origin")) state.current.origin = sketch("origin");
    if (doc.contains("previous")) {
      state.previous = Board::Entry{sketch("previous"), std::nullopt};
      if (doc.contains("previous_origin")) state.previous->origin = sketch("previous_origin");
    } else if (doc.contains("previous_origin")) {
      throw JsonError{where + "/previous_origin", "without \"previous\""};
    }
    return state;
  }

  static Board::SketchText ReadText(const json& parent, const std::string& parent_where,
                                    const char* key) {
    const json& doc = RequireMember(parent, parent_where, key, json::value_t::object);
    const std::string where = parent_where + "/" + key;
    return {ReadLocalText(doc, where, "name", false, kMaxLabelBytes),
            ReadLocalText(doc, where, "description", false)};
  }
};

std::string BoardKey(const Sketch& sketch) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(Fnv(kFnvStart, Dump(SketchToJson(sketch)))));
  return hex;
}

json HistoryToJson(const Board& board, std::size_t max_undo, const std::string& replaces) {
  return HistoryAccess::Write(board, max_undo, replaces, true);
}

std::optional<Sketch> BoardAhead(const json& root, const std::string& on_disk) {
  RequireFormat(root, "pps-canvas/history", kHistoryVersion);
  if (!root.contains("current") || !root.contains("replaces")) return std::nullopt;  // older
  if (RequireString(root, "", "board", kMaxLabelBytes) == on_disk ||
      RequireString(root, "", "replaces", kMaxLabelBytes) != on_disk)
    return std::nullopt;
  const ReadPool pool = ReadPools(root);
  return pool.sketches[RequireIndex(root["current"], "/current", pool.sketches.size())];
}

bool PutHistory(const json& root, Board& board) {
  return HistoryAccess::Read(root, board);
}

std::string HistoryPath(const std::string& board_path) {
  return fs::path(board_path).replace_filename("history.json").string();
}

std::string SaveHistory(const Board& board, const std::string& path, const std::string& replaces,
                        std::string* key) {
  // A file too large to be read back (boards of thousands of tokens, each step a new one) keeps
  // fewer undo steps, then leaves out the board it leads to (a crash between this save and the
  // board's then loses the history); if even the redo steps alone are too large, there is no
  // history file.
  for (const bool with_board : {true, false}) {
    for (std::size_t keep = kSavedUndoSteps;; keep /= 2) {
      const json root = HistoryAccess::Write(board, keep, replaces, with_board);
      if (key) *key = root["board"].get<std::string>();
      const std::string text = Dump(root) + "\n";
      if (text.size() <= kMaxFileBytes) return WriteFileAtomically(path, text);
      if (keep == 0) break;
    }
  }
  std::error_code ec;
  fs::remove(path, ec);
  return ec ? path + ": cannot remove: " + ec.message() : std::string();
}

std::string RestoreHistory(const std::string& path, Board& board, bool keep_aside,
                           const std::string& on_disk, const std::function<void(Sketch)>& ahead) {
  std::error_code ec;
  if (path.empty() || !fs::exists(path, ec)) return {};
  std::string error;
  try {
    const json root = ReadJsonFile(path);
    if (ahead)
      if (std::optional<Sketch> newer = BoardAhead(root, on_disk)) ahead(std::move(*newer));
    PutHistory(root, board);
    return {};
  } catch (const JsonError& e) {
    error = Cut(Cut(path, 300) + ": " + e.where + ": " + e.what, kMaxErrorBytes);
  }
  if (keep_aside) error += MoveAside(path);
  return error;
}

}  // namespace pps
