// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The board as the window drew it, written as a PNG or inside a report (core/report/report.h). Called
// between rendering a frame and swapping it: by --export, and by an export button that asks the
// frame loop for it.

#include <string>

#include "ui/state/app_state.h"

namespace pps {

// Crops the board (as PictureOf places it, with its paper margin and its legend) out of the back
// buffer of framebuffer_width x framebuffer_height px and encodes it as a PNG into `png`. Call
// after rendering and before swapping. Returns an error message, empty on success.
Error CaptureBoardPng(const AppState& state, int framebuffer_width, int framebuffer_height,
                            std::string& png);

// Crops the board (as PictureOf places it) out of the back buffer of framebuffer_width x
// framebuffer_height px and writes the report `path` asks for, of the board's sketch in the
// app's language. Returns an error naming `path` and what is wrong, empty on success.
Error ExportBoardReport(const AppState& state, const std::string& path, int framebuffer_width,
                              int framebuffer_height);

}  // namespace pps
