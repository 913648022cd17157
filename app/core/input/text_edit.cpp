// SPDX-License-Identifier: EUPL-1.2
#include "core/input/text_edit.h"

#include <algorithm>
#include <cctype>

namespace pps {

namespace {

// A character a label must not hold: C0 and C1 controls, DEL, and the line and paragraph
// separators (a label is one line).
bool IsControl(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

// Decodes the code point at `s[i]`, advancing `i`; false for invalid UTF-8 (a stray or missing
// continuation byte, an overlong form, a surrogate, past U+10FFFF).
bool Decode(std::string_view s, std::size_t& i, char32_t& out) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  std::size_t n = 0;
  char32_t c = 0, min = 0;
  if (b0 < 0x80) n = 1, c = b0;
  else if ((b0 & 0xE0) == 0xC0) n = 2, c = b0 & 0x1Fu, min = 0x80;
  else if ((b0 & 0xF0) == 0xE0) n = 3, c = b0 & 0x0Fu, min = 0x800;
  else if ((b0 & 0xF8) == 0xF0) n = 4, c = b0 & 0x07u, min = 0x10000;
  else return false;
  if (i + n > s.size()) return false;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return false;
    c = (c << 6) | (byte(i + k) & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  i += n;
  out = c;
  return true;
}

bool IsContinuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// A byte of a word: a letter or digit, or any byte of a character beyond ASCII (é, ë, ’ is
// rare inside a word and taken along).
bool IsWordByte(char byte) {
  const auto b = static_cast<unsigned char>(byte);
  return b >= 0x80 || std::isalnum(b);
}

}  // namespace

std::size_t CountCodePoints(std::string_view utf8) {
  std::size_t count = 0;
  char32_t c = 0;
  for (std::size_t i = 0; i < utf8.size(); ++count)
    if (!Decode(utf8, i, c)) return std::string::npos;
  return count;
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\u00a0") == std::string_view::npos;
}

std::string EncodeUtf8(char32_t c) {
  std::string out;
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

TextEdit::TextEdit(std::size_t max_chars, std::size_t max_bytes)
    : max_chars_(max_chars), max_bytes_(max_bytes) {}

void TextEdit::Reset(std::string_view initial, bool selected) {
  text_.clear();
  chars_ = 0;
  refused_ = EditRefusal::None;
  // Keeps what fits, whole code points only; what cannot be typed is dropped.
  for (std::size_t i = 0; i < initial.size();) {
    const std::size_t start = i;
    char32_t c = 0;
    if (!Decode(initial, i, c)) {
      ++i;
      continue;
    }
    if (IsControl(c)) continue;
    if (chars_ + 1 > max_chars_ || text_.size() + (i - start) > max_bytes_) break;
    text_.append(initial.substr(start, i - start));
    ++chars_;
  }
  caret_ = text_.size();
  anchor_ = selected ? 0 : caret_;
}

void TextEdit::Clear() {
  text_.clear();
  chars_ = 0;
  anchor_ = caret_ = 0;
  refused_ = EditRefusal::None;
}

void TextEdit::SetCaret(std::size_t at) {
  at = std::min(at, text_.size());
  while (at > 0 && at < text_.size() && IsContinuation(text_[at])) --at;
  anchor_ = caret_ = at;
}

void TextEdit::SelectWordAt(std::size_t at) {
  SetCaret(at);
  const auto word = [&](std::size_t i) { return IsWordByte(text_[i]); };
  std::size_t begin = caret_, end = caret_;
  if (end < text_.size() && word(end)) {
    while (begin > 0 && word(begin - 1)) --begin;
    while (end < text_.size() && word(end)) ++end;
  } else if (begin > 0 && word(begin - 1)) {  // just after a word: that one
    while (begin > 0 && word(begin - 1)) --begin;
  } else if (end < text_.size()) {  // a space or a sign: that one character
    ++end;
    while (end < text_.size() && IsContinuation(text_[end])) ++end;
  }
  anchor_ = begin, caret_ = end;
}

bool TextEdit::Replace(std::size_t begin, std::size_t end, std::string_view utf8) {
  const std::size_t old_anchor = anchor_, old_caret = caret_;
  SetCaret(begin);
  const std::size_t from = caret_;
  SetCaret(std::max(end, from));
  anchor_ = from;
  if (Insert(utf8)) return true;
  anchor_ = old_anchor, caret_ = old_caret;
  return false;
}

bool TextEdit::Insert(std::string_view utf8) {
  std::size_t count = 0;
  char32_t c = 0;
  for (std::size_t i = 0; i < utf8.size(); ++count) {
    if (!Decode(utf8, i, c) || IsControl(c)) {
      refused_ = EditRefusal::Invalid;
      return false;
    }
  }
  const std::size_t begin = std::min(anchor_, caret_), end = std::max(anchor_, caret_);
  const std::size_t removed = CountCodePoints(std::string_view(text_).substr(begin, end - begin));
  if (chars_ - removed + count > max_chars_ ||
      text_.size() - (end - begin) + utf8.size() > max_bytes_) {
    refused_ = EditRefusal::TooLong;
    return false;
  }
  text_.replace(begin, end - begin, utf8);
  chars_ = chars_ - removed + count;
  anchor_ = caret_ = begin + utf8.size();
  refused_ = EditRefusal::None;
  return true;
}

bool TextEdit::InsertCodePoint(char32_t code_point) {
  const std::string utf8 = EncodeUtf8(code_point);
  if (utf8.empty()) {
    refused_ = EditRefusal::Invalid;
    return false;
  }
  return Insert(utf8);
}

bool TextEdit::Backspace() {
  refused_ = EditRefusal::None;
  if (HasSelection()) return Insert("");
  if (caret_ == 0) return false;
  std::size_t begin = caret_ - 1;
  while (begin > 0 && IsContinuation(text_[begin])) --begin;
  text_.erase(begin, caret_ - begin);
  --chars_;
  anchor_ = caret_ = begin;
  return true;
}

}  // namespace pps
