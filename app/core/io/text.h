// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Text the user reads in Dutch (the default) or English.

#include <cstdio>
#include <initializer_list>
#include <string>
#include <utility>

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

// `value` printed with the printf `format` ("%.2f"), with a decimal comma in Dutch: "0,48".
inline std::string Decimal(const char* format, double value, Language language) {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  std::string out = text;
  if (language == Language::Dutch)
    for (char& c : out) c = c == '.' ? ',' : c;
  return out;
}

// `text` with each "{name}" replaced by its value: the interface's sentences with a gap.
inline std::string Fill(std::string text,
                        std::initializer_list<std::pair<const char*, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string key = std::string("{") + name + "}";
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at))
      text.replace(at, key.size(), value), at += value.size();
  }
  return text;
}

}  // namespace pps
