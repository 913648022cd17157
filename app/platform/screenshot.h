#pragma once
// Writing what the window shows to a PNG file.

#include <string>

namespace pps {

// Reads the current back buffer (width x height px) and writes it as a PNG. Call after
// rendering and before swapping. Returns an error message, empty on success.
std::string WriteScreenshot(const std::string& path, int width, int height);

}  // namespace pps
