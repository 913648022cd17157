// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <string>

#include "core/io/base64.h"

using namespace pps;

TEST_CASE("base64 of the RFC 4648 test vectors") {
  CHECK(Base64("") == "");
  CHECK(Base64("f") == "Zg==");
  CHECK(Base64("fo") == "Zm8=");
  CHECK(Base64("foo") == "Zm9v");
  CHECK(Base64("foob") == "Zm9vYg==");
  CHECK(Base64("fooba") == "Zm9vYmE=");
  CHECK(Base64("foobar") == "Zm9vYmFy");
}

TEST_CASE("base64 of bytes above 127, zeros, and the last two letters of the alphabet") {
  CHECK(Base64(std::string("\x89PNG\r\n\x1a\n", 8)) == "iVBORw0KGgo=");
  CHECK(Base64(std::string(3, '\0')) == "AAAA");
  CHECK(Base64("\xfb\xff\xbf") == "+/+/");
  CHECK(Base64(std::string(3, '\xff')) == "////");
}

TEST_CASE("base64 is one line of four-letter groups, however long") {
  const std::string bytes(100000, 'x');
  const std::string text = Base64(bytes);
  CHECK(text.size() == (bytes.size() + 2) / 3 * 4);
  CHECK(text.find('\n') == std::string::npos);
}
