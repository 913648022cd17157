// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: a sketch's link (a QR code's text, given to --open): base64url, zlib, then the
// sketch parser. Any input may be refused with an error; anything else escaping is a crash, on
// purpose. A sketch that is read must also be linked and read back the same, but for the texts a
// link leaves behind (core/model/share_link.h).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/model/share_link.h"

namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_link: round trip: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const pps::Loaded<pps::Sketch> read =
      pps::SketchFromLink({reinterpret_cast<const char*>(data), size});
  if (!read) return 0;
  const pps::Loaded<pps::Sketch> back = pps::SketchFromLink(pps::ShareLink(*read.value, ""));
  if (!back) {
    std::fprintf(stderr, "fuzz_link: %s\n", back.error.c_str());
    Fail("the link made of a sketch read does not read back");
  }
  const pps::Sketch& a = *read.value;
  const pps::Sketch& b = *back.value;
  if (a.tokens.size() != b.tokens.size()) Fail("not as many tokens");
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const pps::Token& s = a.tokens[i];
    const pps::Token& t = b.tokens[i];
    if (s.id != t.id || s.label != t.label || s.note != t.note || s.weight != t.weight ||
        s.position.formal != t.position.formal || s.position.outside != t.position.outside)
      Fail("a token changed");
  }
  if (a.id != b.id || a.name != b.name || a.description != b.description)
    Fail("the sketch's id, name or description changed");
  return 0;
}
