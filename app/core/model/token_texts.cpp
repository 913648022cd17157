// SPDX-License-Identifier: EUPL-1.2
#include "core/model/token_texts.h"

namespace pps {

void RestoreTokenTexts(const Content& content, Sketch& sketch) {
  const Sketch* origin = FindCase(content, sketch.id);
  for (Token& token : sketch.tokens) {
    const Token* known = origin ? FindToken(*origin, token.id) : nullptr;
    for (std::size_t i = 0; !known && i < content.library.size(); ++i)
      if (content.library[i].token.id == token.id) known = &content.library[i].token;
    if (!known) continue;
    if (token.description.nl.empty() && token.description.en.empty())
      token.description = known->description;
    if (token.why.nl.empty() && token.why.en.empty()) token.why = known->why;
  }
}

}  // namespace pps
