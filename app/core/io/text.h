// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Text the user reads in Dutch (the default) or English.

#include <string>

namespace pps {

enum class Language { Dutch, English };

// A piece of text in both languages; English falls back to Dutch when it is missing.
struct LocalText {
  std::string nl;
  std::string en;

  // The text in `language`, or the Dutch text when there is no translation.
  const std::string& In(Language language) const {
    return (language == Language::English && !en.empty()) ? en : nl;
  }

  bool operator==(const LocalText& o) const { return nl == o.nl && en == o.en; }
  bool operator!=(const LocalText& o) const { return !(*this == o); }
};

}  // namespace pps
