// SPDX-License-Identifier: EUPL-1.2
#include "core/model/story.h"

#include <algorithm>

namespace pps {

namespace {

Token* Find(Sketch& sketch, const std::string& id) {
  const auto t = std::find_if(sketch.tokens.begin(), sketch.tokens.end(),
                              [&](const Token& token) { return token.id == id; });
  return t == sketch.tokens.end() ? nullptr : &*t;
}

std::string Missing(const char* list, std::size_t i, const std::string& id) {
  return std::string(list) + "/" + std::to_string(i) + "/token: no token " + Quote(id) +
         " on the board at this step";
}

}  // namespace

Error ApplyStep(Sketch& sketch, const StoryStep& step) {
  for (const Token& token : step.add) AddToken(sketch, token);
  for (std::size_t i = 0; i < step.move.size(); ++i) {
    Token* token = Find(sketch, step.move[i].token);
    if (!token) return Missing("move", i, step.move[i].token);
    token->position = ClampToBoard(step.move[i].to);
  }
  for (std::size_t i = 0; i < step.weight.size(); ++i) {
    Token* token = Find(sketch, step.weight[i].token);
    if (!token) return Missing("weight", i, step.weight[i].token);
    token->weight = step.weight[i].weight;
  }
  for (std::size_t i = 0; i < step.remove.size(); ++i) {
    Token* token = Find(sketch, step.remove[i]);
    if (!token)
      return "remove/" + std::to_string(i) + ": no token " + Quote(step.remove[i]) +
             " on the board at this step";
    sketch.tokens.erase(sketch.tokens.begin() + (token - sketch.tokens.data()));
  }
  return {};
}

Sketch StoryBoard(const Story& story, std::size_t count) {
  Sketch sketch = story.start;
  for (std::size_t i = 0; i < count && i < story.steps.size(); ++i)
    (void)ApplyStep(sketch, story.steps[i]);
  return sketch;
}

}  // namespace pps
