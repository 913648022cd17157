// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A line of typed text with a limit: the one buffer the on-screen keyboard and a physical keyboard
// type into. Limited in characters (what a person counts) and in bytes (what the files accept),
// so that whatever can be typed can also be saved and read back.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/io/loaded.h"
#include "core/model/sketch_file.h"

namespace pps {

// The limits of what can be typed, in characters (code points). The byte limits are the files'
// (json_read.h, sketch_file.h): 60 characters of at most 4 bytes may exceed a label's 200 bytes, so
// both hold.
inline constexpr std::size_t kMaxLabelChars = 60;         // a token's label
inline constexpr std::size_t kMaxNoteChars = 300;         // a token's note
inline constexpr std::size_t kMaxSketchNameChars = 60;    // a sketch's name
inline constexpr std::size_t kMaxDescriptionChars = 600;  // a sketch's description

// Why an Insert was refused.
enum class EditRefusal { None, TooLong, Invalid };

class TextEdit {
 public:
  TextEdit() = default;
  // At most `max_chars` code points and `max_bytes` bytes.
  TextEdit(std::size_t max_chars, std::size_t max_bytes);

  // Replaces the text with `initial`, cut to the limits at a code point (invalid UTF-8 and control
  // characters are dropped), so that opening an entry on too long a text never fails. The caret
  // goes to its end; `selected`: the whole text is selected, so that the first key replaces it.
  void Reset(std::string_view initial, bool selected = false);

  // Puts `utf8` in place of the selection, or at the caret, and the caret after it. Refuses
  // (returns false, changing nothing) invalid UTF-8, a control character, or what would exceed
  // either limit; refused() then says why.
  bool Insert(std::string_view utf8);
  // Inserts one code point; the same refusals as Insert.
  bool InsertCodePoint(char32_t code_point);
  // Removes the selection, or else the whole code point before the caret. False when nothing
  // was removed.
  bool Backspace();
  // Removes everything.
  void Clear();

  // The caret at byte `at`, moved back to the start of its code point; nothing selected.
  void SetCaret(std::size_t at);
  // Selects the word (a run of letters and digits, or else the one character) around byte `at`.
  void SelectWordAt(std::size_t at);
  // Selects the bytes [begin, end) and puts `utf8` there, as Insert does.
  bool Replace(std::size_t begin, std::size_t end, std::string_view utf8);

  const std::string& text() const { return text_; }
  std::size_t caret() const { return caret_; }    // byte offset; the selection's end
  std::size_t anchor() const { return anchor_; }  // byte offset; the selection's start
  bool HasSelection() const { return anchor_ != caret_; }
  std::size_t chars() const { return chars_; }
  std::size_t max_chars() const { return max_chars_; }
  std::size_t max_bytes() const { return max_bytes_; }
  EditRefusal refused() const { return refused_; }  // of the last Insert; None after a success

 private:
  std::string text_;
  std::size_t chars_ = 0;
  std::size_t anchor_ = 0, caret_ = 0;  // the selection [anchor_, caret_), empty at the caret
  std::size_t max_chars_ = 0, max_bytes_ = 0;
  EditRefusal refused_ = EditRefusal::None;
};

// The number of code points in `utf8`, or std::string::npos when it is not valid UTF-8 (overlong
// forms, surrogates and values past U+10FFFF included).
std::size_t CountCodePoints(std::string_view utf8);

// Whether `text` holds nothing but spaces: not a name.
bool IsBlank(std::string_view text);

// `code_point` as UTF-8; empty for a surrogate or a value past U+10FFFF.
std::string EncodeUtf8(char32_t code_point);

}  // namespace pps
