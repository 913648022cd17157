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

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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
  const bool capital = std::isupper(static_cast<unsigned char>(prefix[0]));
  for (auto& [uses, word] : words) {
    if (out.size() >= count) break;
    std::string shown = word;
    const auto first = static_cast<unsigned char>(shown[0]);
    if (first < 0x80)
      shown[0] = static_cast<char>(capital ? std::toupper(first) : std::tolower(first));
    if (!offered(shown)) out.push_back({shown, begin});
  }
  if (out.size() > count) out.resize(count);
  return out;
}

}  // namespace pps
