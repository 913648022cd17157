// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Words to offer above the keyboard, as a phone's keyboard does: the labels on the board, in the
// library and in the cases, and their words, completed from the letters typed. One tap takes one,
// so a label made of words the app already knows costs a few taps a word.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pps {

// One offer: `text` in place of the bytes [begin, caret) of what is typed.
struct Suggestion {
  std::string text;
  std::size_t begin = 0;
};

class Vocabulary {
 public:
  // Learns `label`: as a whole, and each of its words of three letters or more.
  void Add(std::string_view label);
  bool Empty() const { return labels_.empty(); }

  // At most `count` offers for `text` with the caret at byte `caret`: first a label that begins
  // with all that is typed before the caret (from two letters on, the caret at the end), then
  // the words that begin with the word being typed (from one letter on), the most used first.
  // The word's own first letter keeps its case. None for a word that is already whole.
  std::vector<Suggestion> For(std::string_view text, std::size_t caret, std::size_t count) const;

 private:
  std::vector<std::string> labels_;
  std::unordered_map<std::string, int> words_;  // as first seen, how often
};

}  // namespace pps
