// SPDX-License-Identifier: EUPL-1.2
#include "core/io/hyphenation.h"

#include <hyphen.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace pps {

struct Hyphenation::Dict {
  HyphenDict* patterns = nullptr;
  bool latin1 = false;  // the pattern file is in ISO 8859-1 (Dutch is), not UTF-8
  ~Dict() {
    if (patterns) hnj_hyphen_free(patterns);
  }
};

namespace {

bool Readable(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  std::fclose(f);
  return true;
}

// The pattern files of `language`, most specific first.
std::vector<std::string> FileNames(Language language) {
  if (language == Language::English) return {"hyph_en_US.dic", "hyph_en_GB.dic", "hyph_en.dic"};
  return {"hyph_nl_NL.dic", "hyph_nl.dic", "hyph_nl_BE.dic"};
}

bool Continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

Hyphenation::Hyphenation(Language language) {
  std::vector<std::string> dirs;
  if (const char* dir = std::getenv("PPS_HYPHEN_DIR"); dir && *dir) dirs.emplace_back(dir);
  for (const char* dir :
       {"/usr/share/hyphen", "/usr/local/share/hyphen", "/usr/share/myspell/dicts"})
    dirs.emplace_back(dir);
  for (const std::string& dir : dirs) {
    for (const std::string& name : FileNames(language)) {
      const std::string path = dir + "/" + name;
      if (!Readable(path)) continue;
      HyphenDict* patterns = hnj_hyphen_load(path.c_str());
      if (!patterns) continue;
      dict_ = std::make_unique<Dict>();
      dict_->patterns = patterns;
      dict_->latin1 = !patterns->utf8;
      path_ = path;
      return;
    }
  }
  std::fprintf(stderr,
               "pps-canvas: no %s hyphenation patterns (install hyphen-%s, or set "
               "PPS_HYPHEN_DIR): long words on chips break without a hyphen\n",
               language == Language::English ? "English" : "Dutch",
               language == Language::English ? "en-us" : "nl");
}

Hyphenation::~Hyphenation() = default;

std::vector<std::size_t> Hyphenation::Points(std::string_view word) const {
  std::vector<std::size_t> points;
  if (!dict_ || word.empty()) return points;
  // The word as the patterns read it, lower case, in their encoding; `at[i]`: the byte of
  // `word` where its i-th byte begins.
  std::string in;
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < word.size();) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      in += static_cast<char>(std::tolower(c));
      at.push_back(i++);
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + len > word.size()) return points;
    if (dict_->latin1) {
      if (len != 2) return points;  // beyond Latin-1: not in these patterns
      unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu);
      if (code >= 0xC0 && code <= 0xDE && code != 0xD7) code += 0x20;  // lower case
      in += static_cast<char>(code);
      at.push_back(i);
    } else {
      for (std::size_t k = 0; k < len; ++k) {
        in += word[i + k];
        at.push_back(i + k);
      }
    }
    i += len;
  }
  std::vector<char> hyphens(in.size() + 5, '0');
  std::vector<char> hyphenated(in.size() * 2 + 5, '\0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  if (hnj_hyphen_hyphenate2(dict_->patterns, in.data(), static_cast<int>(in.size()), hyphens.data(),
                            hyphenated.data(), &rep, &pos, &cut) == 0) {
    for (std::size_t i = 0; i + 1 < in.size(); ++i) {
      if (!(hyphens[i] & 1)) continue;
      if (rep && rep[i]) continue;  // a change of spelling at the break: not ours to make
      const std::size_t after = i + 1 < at.size() ? at[i + 1] : word.size();
      if (after < word.size() && Continuation(static_cast<unsigned char>(word[after]))) continue;
      points.push_back(after);
    }
  }
  if (rep) {
    for (std::size_t i = 0; i < in.size(); ++i) std::free(rep[i]);
    std::free(rep);
  }
  std::free(pos);
  std::free(cut);
  // At least two letters on either side.
  const auto letters = [&](std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to; ++i) n += !Continuation(static_cast<unsigned char>(word[i]));
    return n;
  };
  std::vector<std::size_t> kept;
  for (std::size_t p : points)
    if (letters(0, p) >= 2 && letters(p, word.size()) >= 2) kept.push_back(p);
  return kept;
}

}  // namespace pps
