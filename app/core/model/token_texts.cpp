// SPDX-License-Identifier: EUPL-1.2
#include "core/model/token_texts.h"

#include <string_view>

namespace pps {

namespace {

// The token `id` of the case `origin` (may be null) or of the library; null when neither has it.
const Token* Known(const Content& content, const Sketch* origin, std::string_view id) {
  const Token* known = origin ? FindToken(*origin, id) : nullptr;
  for (std::size_t i = 0; !known && i < content.library.size(); ++i)
    if (content.library[i].token.id == id) known = &content.library[i].token;
  return known;
}

}  // namespace

void RestoreTokenTexts(const Content& content, Sketch& sketch) {
  const Sketch* origin = FindCase(content, sketch.id);
  for (Token& token : sketch.tokens) {
    const Token* known = Known(content, origin, token.id);
    // A copy ("id-2", core/model/sketch.h's AddToken) has its original's texts.
    const std::size_t dash = token.id.rfind('-');
    if (!known && dash != std::string::npos && dash + 1 < token.id.size() &&
        token.id.find_first_not_of("0123456789", dash + 1) == std::string::npos)
      known = Known(content, origin, std::string_view(token.id).substr(0, dash));
    if (!known) continue;
    if (token.description.nl.empty() && token.description.en.empty())
      token.description = known->description;
    if (token.why.nl.empty() && token.why.en.empty()) token.why = known->why;
  }
}

}  // namespace pps
