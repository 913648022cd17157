// SPDX-License-Identifier: EUPL-1.2
#include "core/input/suggestions.h"

#include <algorithm>
#include <cctype>

namespace pps {

namespace {

// A byte of a word: a letter or digit, or any byte of a character beyond ASCII (é, ë).
bool IsWordByte(char byte) {
  const auto b = static_cast<unsigned char>(byte);
  return b >= 0x80 || std::isalnum(b) || byte == '-';
}

// `s` in lower case, for comparing: ASCII, and in UTF-8 the capitals of Latin-1 (É, Ë, Ö) and
// of Latin Extended-A (Ĳ, Ł, Š), the letters Dutch and its neighbours' names use.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      out[i] = static_cast<char>(std::tolower(b));
      continue;
    }
    if (i + 1 >= out.size() || (b != 0xC3 && b != 0xC4 && b != 0xC5)) continue;
    const auto next = static_cast<unsigned char>(out[i + 1]);
    const unsigned code = ((b & 0x1Fu) << 6) | (next & 0x3Fu);
    unsigned lower = code;
    if (code >= 0xC0 && code <= 0xDE && code != 0xD7) lower = code + 0x20;  // À-Þ but ×
    else if ((code >= 0x100 && code <= 0x137 && code != 0x130) || (code >= 0x14A && code <= 0x177))
      lower = code | 1u;  // capitals even, small letters odd (İ aside: its small letter is i)
    else if (((code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E)) && (code & 1u))
      lower = code + 1;  // capitals odd (Ĺ-Ň, Ź Ż Ž)
    out[i] = static_cast<char>(0xC0 | (lower >> 6));
    out[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
    ++i;
  }
  return out;
}

bool StartsWith(std::string_view whole, std::string_view start) {
  return whole.size() >= start.size() && whole.compare(0, start.size(), start) == 0;
}

}  // namespace

void Vocabulary::Add(std::string_view label) {
  if (label.empty()) return;
  const std::string lower = Lower(label);
  if (std::none_of(labels_.begin(), labels_.end(),
                   [&](const std::string& l) { return Lower(l) == lower; }))
    labels_.emplace_back(label);
  for (std::size_t i = 0; i < label.size();) {
    if (!IsWordByte(label[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < label.size() && IsWordByte(label[end])) ++end;
    const std::string_view word = label.substr(i, end - i);
    if (word.size() >= 3) {
      const auto known = std::find_if(words_.begin(), words_.end(),
                                      [&](const auto& w) { return Lower(w.first) == Lower(word); });
      if (known == words_.end()) words_.emplace(std::string(word), 1);
      else ++known->second;
    }
    i = end;
  }
}

std::vector<Suggestion> Vocabulary::For(std::string_view text, std::size_t caret,
                                        std::size_t count) const {
  std::vector<Suggestion> out;
  caret = std::min(caret, text.size());
  const std::string typed = Lower(text.substr(0, caret));
  const auto offered = [&](const std::string& s) {
    return std::any_of(out.begin(), out.end(),
                       [&](const Suggestion& o) { return Lower(o.text) == Lower(s); });
  };
  // A whole label, once two letters say which.
  if (caret == text.size() && typed.size() >= 2) {
    for (const std::string& label : labels_) {
      if (out.size() >= 1) break;
      const std::string lower = Lower(label);
      if (lower.size() > typed.size() && StartsWith(lower, typed) &&
          lower.find(' ') != std::string::npos)
        out.push_back({label, 0});
    }
  }
  // The word being typed; none with the caret inside a word, whose rest a suggestion would
  // leave behind.
  if (caret < text.size() && IsWordByte(text[caret])) return out;
  std::size_t begin = caret;
  while (begin > 0 && IsWordByte(text[begin - 1])) --begin;
  if (begin == caret) return out;
  const std::string_view prefix = text.substr(begin, caret - begin);
  const std::string lower_prefix = Lower(prefix);
  std::vector<std::pair<int, std::string>> words;
  for (const auto& [word, uses] : words_) {
    const std::string lower = Lower(word);
    if (lower.size() > lower_prefix.size() && StartsWith(lower, lower_prefix))
      words.emplace_back(uses, word);
  }
  std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : Lower(a.second) < Lower(b.second);
  });
  // The word in the case of what was typed: its first letter a capital or not (beyond ASCII,
  // only made small: "éé" offers "één" of "Één").
  const std::size_t letter = static_cast<unsigned char>(prefix[0]) < 0x80 ? 1 : 2;
  const bool capital = Lower(prefix.substr(0, letter)) != prefix.substr(0, letter);
  for (auto& [uses, word] : words) {
    if (out.size() >= count) break;
    std::string shown = word;
    const auto first = static_cast<unsigned char>(shown[0]);
    if (first < 0x80)
      shown[0] = static_cast<char>(capital ? std::toupper(first) : std::tolower(first));
    else if (!capital && shown.size() >= 2)
      shown.replace(0, 2, Lower(std::string_view(shown).substr(0, 2)));
    if (!offered(shown)) out.push_back({shown, begin});
  }
  if (out.size() > count) out.resize(count);
  return out;
}

}  // namespace pps
