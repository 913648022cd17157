#pragma once
// Saving without ever leaving a half-written file behind.

#include <string>
#include <string_view>

namespace pps {

// Writes `contents` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`. Returns an error message naming the file, or an empty string on success.
std::string WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace pps
