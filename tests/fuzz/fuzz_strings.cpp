// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the interface strings (data/strings.json).
// Any input may be rejected with a JsonError; anything else escaping is a crash, on purpose.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/io/json_read.h"
#include "core/model/strings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    pps::StringsFromJson(pps::ParseJsonText({reinterpret_cast<const char*>(data), size}));
  } catch (const pps::JsonError&) {
  }
  return 0;
}
