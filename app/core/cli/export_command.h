// SPDX-License-Identifier: EUPL-1.2
#pragma once
// --export OUT.png|OUT.md|OUT.html --open FILE|CASE: the report of a sketch, from the command
// line. The Markdown summary needs no window; the PNG and the HTML page hold the board's
// picture, which main renders in a window (the same frames as --screenshot) and hands to
// WriteReport (core/report/report.h).

#include <iosfwd>
#include <string>

#include "core/cli/options.h"
#include "core/model/content.h"

namespace pps {

// px: the hidden window an export draws the board in, unless --size says otherwise. Its board
// is about 800 px square, sharp enough for a page of A4.
inline constexpr int kExportWidth = 1600, kExportHeight = 1000;

// What is wrong with --export's arguments, checked before anything is loaded or drawn: an
// extension that names no report format, or no --open to say which sketch. Empty when fine.
std::string CheckExportArguments(const Options& options);

// Whether --export asks for the board's picture, and so for a window.
bool ExportNeedsWindow(const Options& options);

// Writes --export's Markdown report of --open without a window. Errors go to `err`, naming what
// and where; returns the exit code: 0, or 1 when the sketch cannot be read or the file written.
int ExportWithoutWindow(const Options& options, const Content& content, std::ostream& err);

}  // namespace pps
