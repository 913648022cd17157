// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Where a word may be broken with a hyphen, from the hyphenation patterns Debian ships for
// LibreOffice (hyphen-nl, hyphen-en-us), read by libhyphen: a long Dutch compound on a chip
// breaks at a syllable ("Docent-professionalisering"), never at an arbitrary letter.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/text.h"

namespace pps {

class Hyphenation {
 public:
  // Loads the patterns of `language` from the first folder that has them: $PPS_HYPHEN_DIR, then
  // /usr/share/hyphen, /usr/local/share/hyphen, /usr/share/myspell/dicts. Without them, Loaded()
  // is false, a note says so on stderr, and Points() finds none.
  explicit Hyphenation(Language language);
  ~Hyphenation();
  Hyphenation(const Hyphenation&) = delete;
  Hyphenation& operator=(const Hyphenation&) = delete;

  bool Loaded() const { return dict_ != nullptr; }
  const std::string& Path() const { return path_; }  // the pattern file read; empty when none

  // The byte offsets inside `word` (UTF-8, letters only, no blanks) after which it may break,
  // a hyphen added: at least two letters on either side, ascending.
  std::vector<std::size_t> Points(std::string_view word) const;

 private:
  struct Dict;
  std::unique_ptr<Dict> dict_;
  std::string path_;
};

}  // namespace pps
