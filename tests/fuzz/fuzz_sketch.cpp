// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the sketch parser (case studies, users' own sketches, the autosave).
// Any input may be rejected with a JsonError; anything else escaping is a crash, on purpose.
// A sketch that is read must also be written and read back the same, as SaveSketch and
// LoadSketch do it (dump(2) and parse): otherwise the autosave would change the board.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace {

bool Same(const pps::LocalText& a, const pps::LocalText& b) { return a.nl == b.nl && a.en == b.en; }

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_sketch: round trip: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pps::Sketch sketch;
  try {
    sketch = pps::SketchFromJson(pps::ParseJsonText({reinterpret_cast<const char*>(data), size}));
  } catch (const pps::JsonError&) {
    return 0;
  }

  pps::Sketch back;
  try {
    back = pps::SketchFromJson(pps::ParseJsonText(pps::SketchToJson(sketch).dump(2)));
  } catch (const pps::JsonError& e) {
    std::fprintf(stderr, "fuzz_sketch: %s: %s\n", e.where.c_str(), e.what.c_str());
    Fail("the saved sketch does not read back");
  }
  if (!pps::SameTokens(sketch, back)) Fail("not the same tokens");
  for (std::size_t i = 0; i < sketch.tokens.size(); ++i) {
    const pps::Token& a = sketch.tokens[i];
    const pps::Token& b = back.tokens[i];
    if (a.id != b.id) Fail("the tokens' ids or order changed");
    if (!Same(a.description, b.description) || !Same(a.why, b.why))
      Fail("a token's description or why changed");
  }
  if (sketch.id != back.id || !Same(sketch.name, back.name) ||
      !Same(sketch.short_name, back.short_name) || !Same(sketch.description, back.description) ||
      sketch.published_type != back.published_type)
    Fail("the sketch's id, name, description or published type changed");
  return 0;
}
