// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the activity library (data/library.json).
// Any input may be rejected with a JsonError; anything else escaping is a crash, on purpose.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/io/json_read.h"
#include "core/model/library.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    pps::LibraryFromJson(pps::ParseJsonText({reinterpret_cast<const char*>(data), size}));
  } catch (const pps::JsonError&) {
  }
  return 0;
}
