// SPDX-License-Identifier: EUPL-1.2
#include "core/model/story_file.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace pps {

using nlohmann::json;

namespace {

// The start: a case study by id, or tokens of its own.
void ReadStart(const json& root, const std::vector<Sketch>& cases, Story& story) {
  const json& start = RequireMember(root, "", "start", json::value_t::object);
  if (start.contains("case")) {
    story.start_case = RequireString(start, "/start", "case", kMaxLabelBytes);
    for (const Sketch& c : cases)
      if (c.id == story.start_case) story.start = c;
    if (story.start.id != story.start_case)
      throw JsonError{"/start/case", "no case study " + Quote(story.start_case)};
    story.start.file.clear();
    return;
  }
  const json& tokens = RequireArray(start, "/start", "tokens", kMaxTokens);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string where = "/start/tokens/" + std::to_string(i);
    Token token = TokenFromJson(tokens[i], where);
    if (!ids.insert(token.id).second)
      throw JsonError{where + "/id", "duplicate token id " + Quote(token.id)};
    story.start.tokens.push_back(std::move(token));
  }
}

// A list member `key` of at most kMaxStepChanges items; an empty one when it is not there.
const json& Changes(const json& step, const std::string& where, const char* key) {
  static const json none = json::array();
  return step.contains(key) ? RequireArray(step, where, key, kMaxStepChanges) : none;
}

void RequireObject(const json& value, const std::string& where) {
  if (!value.is_object()) throw JsonError{where, "must be an object, got " + Quote(value)};
}

// A weight in (0, 100], as in a sketch file.
double ReadWeight(const json& object, const std::string& where) {
  const double weight = RequireNumber(object, where, "weight");
  if (!std::isfinite(weight) || weight <= 0.0 || weight > 100.0)
    throw JsonError{where + "/weight",
                    "must be a number in (0, 100], got " + Quote(object["weight"])};
  return weight;
}

// An added token: a library activity (at its own place unless given), or a token of its own.
Token ReadAdd(const json& add, const std::string& where, const std::vector<Activity>& library) {
  RequireObject(add, where);
  if (!add.contains("activity")) return TokenFromJson(add, where);
  const std::string id = RequireString(add, where, "activity", kMaxLabelBytes);
  const Activity* activity = nullptr;
  for (const Activity& a : library)
    if (a.token.id == id) activity = &a;
  if (!activity)
    throw JsonError{where + "/activity", "no activity " + Quote(id) + " in the library"};
  Token token = activity->token;
  if (add.contains("id")) token.id = RequireString(add, where, "id", kMaxLabelBytes);
  if (add.contains("formal")) token.position.formal = RequireCoordinate(add, where, "formal");
  if (add.contains("outside")) token.position.outside = RequireCoordinate(add, where, "outside");
  if (add.contains("weight")) token.weight = ReadWeight(add, where);
  return token;
}

StoryStep ReadStep(const json& s, const std::string& where, const std::vector<Activity>& library) {
  RequireObject(s, where);
  StoryStep step;
  step.caption = ReadLocalText(s, where, "caption", false, kMaxCaptionBytes);
  step.notes = ReadLocalText(s, where, "notes", false);
  const json& adds = Changes(s, where, "add");
  for (std::size_t i = 0; i < adds.size(); ++i)
    step.add.push_back(ReadAdd(adds[i], where + "/add/" + std::to_string(i), library));
  const json& moves = Changes(s, where, "move");
  for (std::size_t i = 0; i < moves.size(); ++i) {
    const std::string at = where + "/move/" + std::to_string(i);
    RequireObject(moves[i], at);
    step.move.push_back(
        {RequireString(moves[i], at, "token", kMaxLabelBytes),
         {RequireCoordinate(moves[i], at, "formal"), RequireCoordinate(moves[i], at, "outside")}});
  }
  const json& weights = Changes(s, where, "weight");
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const std::string at = where + "/weight/" + std::to_string(i);
    RequireObject(weights[i], at);
    step.weight.push_back(
        {RequireString(weights[i], at, "token", kMaxLabelBytes), ReadWeight(weights[i], at)});
  }
  const json& removes = Changes(s, where, "remove");
  for (std::size_t i = 0; i < removes.size(); ++i) {
    const std::string at = where + "/remove/" + std::to_string(i);
    if (!removes[i].is_string() || removes[i].get_ref<const std::string&>().empty() ||
        removes[i].get_ref<const std::string&>().size() > kMaxLabelBytes)
      throw JsonError{at, "must be a token id (a string of 1 to " + std::to_string(kMaxLabelBytes) +
                              " bytes), got " + Quote(removes[i])};
    step.remove.push_back(removes[i].get<std::string>());
  }
  return step;
}

}  // namespace

Story StoryFromJson(const json& root, const std::vector<Activity>& library,
                    const std::vector<Sketch>& cases) {
  RequireFormat(root, "pps-canvas/story", kStoryVersion);
  Story story;
  story.id = RequireString(root, "", "id", kMaxLabelBytes);
  story.name = ReadLocalText(root, "", "name", true, kMaxLabelBytes);
  story.description = ReadLocalText(root, "", "description", false);
  if (root.contains("claims")) {
    const std::string id = RequireString(root, "", "claims", kMaxLabelBytes);
    story.claims = ParseTypeId(id);
    if (!story.claims)
      throw JsonError{"/claims", "unknown type " + Quote(id) +
                                     " (expected ontwikkelaar, opleider, katalysator or "
                                     "ondernemer)"};
  }
  ReadStart(root, cases, story);
  const json& steps = RequireArray(root, "", "steps", kMaxStorySteps);
  if (steps.empty()) throw JsonError{"/steps", "a story line needs at least one step"};
  // Each step applied to the board before it: what it names must be there.
  Sketch board = story.start;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const std::string where = "/steps/" + std::to_string(i);
    story.steps.push_back(ReadStep(steps[i], where, library));
    // An added token's id names it from then on: one already on the board would be renamed.
    const std::vector<Token>& adds = story.steps.back().add;
    for (std::size_t j = 0; j < adds.size(); ++j) {
      const bool twice = std::any_of(adds.begin(), adds.begin() + static_cast<long>(j),
                                     [&](const Token& t) { return t.id == adds[j].id; });
      if (FindToken(board, adds[j].id) || twice)
        throw JsonError{where + "/add/" + std::to_string(j),
                        "token " + Quote(adds[j].id) +
                            " is on the board already at this step; give the added one an \"id\" "
                            "of its own"};
    }
    const Error e = ApplyStep(board, story.steps.back());
    if (e)
      throw JsonError{where + "/" + e.what().substr(0, e.what().find(':')),
                      e.what().substr(e.what().find(':') + 2)};
    if (board.tokens.size() > kMaxTokens)
      throw JsonError{where + "/add",
                      "the board would hold more than " + std::to_string(kMaxTokens) + " tokens"};
  }
  return story;
}

json StoryToJson(const Story& story) {
  json root = {{"format", "pps-canvas/story"}, {"version", kStoryVersion}, {"id", story.id}};
  json en = json::object();
  PutText(root, en, "name", story.name);
  PutText(root, en, "description", story.description);
  if (!en.empty()) root["i18n"] = {{"en", en}};
  if (story.claims) root["claims"] = std::string(TypeId(*story.claims));
  json tokens = json::array();
  for (const Token& t : story.start.tokens) tokens.push_back(TokenToJson(t));
  root["start"] = story.start_case.empty() ? json{{"tokens", std::move(tokens)}}
                                           : json{{"case", story.start_case}};
  json steps = json::array();
  for (const StoryStep& s : story.steps) {
    json step = json::object(), step_en = json::object();
    PutText(step, step_en, "caption", s.caption);
    PutText(step, step_en, "notes", s.notes);
    if (!step_en.empty()) step["i18n"] = {{"en", step_en}};
    if (!s.add.empty()) {
      json& adds = step["add"] = json::array();
      for (const Token& t : s.add) adds.push_back(TokenToJson(t));
    }
    if (!s.move.empty()) {
      json& moves = step["move"] = json::array();
      for (const StoryMove& m : s.move)
        moves.push_back({{"token", m.token}, {"formal", m.to.formal}, {"outside", m.to.outside}});
    }
    if (!s.weight.empty()) {
      json& weights = step["weight"] = json::array();
      for (const StoryWeight& w : s.weight)
        weights.push_back({{"token", w.token}, {"weight", w.weight}});
    }
    if (!s.remove.empty()) step["remove"] = s.remove;
    steps.push_back(std::move(step));
  }
  root["steps"] = std::move(steps);
  return root;
}

Error SaveStory(const Story& story, const std::string& path) {
  return WriteReadable(path, StoryToJson(story));
}

Loaded<Story> LoadStory(const std::string& path, const std::vector<Activity>& library,
                        const std::vector<Sketch>& cases) {
  return LoadJsonFile<Story>(path,
                             [&](const json& root) { return StoryFromJson(root, library, cases); });
}

}  // namespace pps
