// SPDX-License-Identifier: EUPL-1.2
// The text entry's buffer: limits in characters and bytes, whole code points, nothing invalid.

#include <catch2/catch.hpp>

#include <string>

#include "core/input/text_edit.h"

using namespace pps;

TEST_CASE("text edit: typing appends, backspace removes one whole code point") {
  TextEdit edit(60, 200);
  CHECK(edit.Insert("Bijscholing"));
  CHECK(edit.Insert(" "));
  CHECK(edit.Insert("\u00e9\u00e9n"));  // één
  CHECK(edit.text() == "Bijscholing \u00e9\u00e9n");
  CHECK(edit.chars() == 15);
  CHECK(edit.Backspace());  // n
  CHECK(edit.Backspace());  // é: two bytes, one character
  CHECK(edit.text() == "Bijscholing \u00e9");
  CHECK(edit.chars() == 13);
  CHECK(edit.InsertCodePoint(U'\u2019'));      // ’: three bytes
  CHECK(edit.InsertCodePoint(U'\U0001F600'));  // four bytes
  CHECK(edit.Backspace());
  CHECK(edit.Backspace());
  CHECK(edit.Backspace());
  CHECK(edit.text() == "Bijscholing ");
  TextEdit empty(5, 20);
  CHECK_FALSE(empty.Backspace());
  CHECK(empty.text().empty());
}

TEST_CASE("text edit: what would exceed the characters or the bytes is refused whole") {
  TextEdit edit(3, 100);
  CHECK(edit.Insert("ab"));
  CHECK_FALSE(edit.Insert("cd"));  // one would fit, two do not: nothing of it is taken
  CHECK(edit.refused() == EditRefusal::TooLong);
  CHECK(edit.text() == "ab");
  CHECK(edit.Insert("\u00e9"));  // the third character
  CHECK_FALSE(edit.InsertCodePoint(U'x'));
  CHECK(edit.text() == "ab\u00e9");
  CHECK(edit.Backspace());
  CHECK(edit.refused() == EditRefusal::None);

  TextEdit bytes(10, 5);  // 10 characters but 5 bytes: two é and an a, not three é
  CHECK(bytes.Insert("\u00e9\u00e9a"));
  CHECK_FALSE(bytes.Insert("\u00e9"));
  CHECK(bytes.refused() == EditRefusal::TooLong);
  CHECK(bytes.text() == "\u00e9\u00e9a");
}

TEST_CASE("text edit: control characters and invalid UTF-8 are refused") {
  TextEdit edit(60, 200);
  for (const std::string& bad :
       {std::string("\n"), std::string("\t"), std::string("a\x01"), std::string("\x7f"),
        std::string("\xc2\x85"),          // NEL, a C1 control
        std::string("\xe2\x80\xa8"),      // line separator
        std::string("\xc3"),              // cut short
        std::string("\x80"),              // a stray continuation byte
        std::string("\xc0\xaf"),          // overlong '/'
        std::string("\xed\xa0\x80"),      // a surrogate
        std::string("\xf4\x90\x80\x80"),  // past U+10FFFF
        std::string("\xff")}) {
    INFO(bad.size() << " bytes");
    CHECK_FALSE(edit.Insert(bad));
    CHECK(edit.refused() == EditRefusal::Invalid);
  }
  CHECK_FALSE(edit.InsertCodePoint(0xD800));
  CHECK_FALSE(edit.InsertCodePoint(0x110000));
  CHECK_FALSE(edit.InsertCodePoint(U'\r'));
  CHECK(edit.text().empty());
  CHECK(edit.chars() == 0);
}

TEST_CASE("text edit: an initial text is cut to the limits at a code point, cleaned") {
  TextEdit edit(4, 100);
  edit.Reset("\u00e9\n\u00ebabc");  // the newline dropped, then four characters
  CHECK(edit.text() ==
        "\u00e9\u00eb"
        "ab");
  CHECK(edit.chars() == 4);
  TextEdit bytes(100, 3);
  bytes.Reset("\u00e9\u00e9");  // 4 bytes: the second é does not fit, and is not cut in half
  CHECK(bytes.text() == "\u00e9");
  bytes.Reset("a\xffz");
  CHECK(bytes.text() == "az");
  CHECK(bytes.chars() == 2);
}

TEST_CASE("text edit: code points counted and encoded") {
  CHECK(CountCodePoints("") == 0);
  CHECK(CountCodePoints("\u00e9\u2019\U0001F600a") == 4);
  CHECK(CountCodePoints("\xc3") == std::string::npos);
  CHECK(EncodeUtf8(U'\u00e9') == "\u00e9");
  CHECK(EncodeUtf8(U'\U0001F600') == "\U0001F600");
  CHECK(EncodeUtf8(0xDC00).empty());
  CHECK(IsBlank(""));
  CHECK(IsBlank("  \t"));
  CHECK_FALSE(IsBlank(" a "));
}

TEST_CASE("text edit: the limits hold what the files can read back") {
  CHECK(kMaxLabelChars == 60);
  CHECK(kMaxNoteChars == 300);
  CHECK(kMaxSketchNameChars == 60);
  CHECK(kMaxDescriptionChars == 600);
  // A description of 600 four-byte characters still fits a file's text.
  CHECK(kMaxDescriptionChars * 4 <= kMaxTextBytes);
}
