// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Writing what the window shows to a PNG file.

#include <string>

#include "core/io/loaded.h"

namespace pps {

// Reads the current back buffer (width x height px) and writes it as a PNG. Call after
// rendering and before swapping. Returns an error message, empty on success.
Error WriteScreenshot(const std::string& path, int width, int height);

// Reads a rectangle (x, y, width, height: px from the top left, clipped to the framebuffer of
// framebuffer_width x framebuffer_height px) of the current back buffer and encodes it as a PNG
// into `png`. Call after rendering and before swapping. Returns an error message, empty on
// success.
Error CaptureRegionPng(int framebuffer_width, int framebuffer_height, int x, int y,
                             int width, int height, std::string& png);

}  // namespace pps
