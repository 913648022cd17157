// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A report to take home: a sketch's board as a PNG, or a written summary of it as Markdown or as
// one self-contained HTML page (the board picture embedded). The words are the sidebar's
// (data/strings.json) and the model's reading of the numbers. The command line (--export) and a
// button in the app both come here; only the board picture needs a window, and its caller
// renders it.

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "core/io/text.h"
#include "core/model/content.h"
#include "core/model/sketch.h"
#include "core/model/story.h"

namespace pps {

enum class ReportFormat { Png, Markdown, Html };

// The format `path` asks for by its extension: .png, .md (or .markdown), .html (or .htm); in any
// case of letters. None for anything else.
std::optional<ReportFormat> ReportFormatOf(std::string_view path);

// Whether the format holds the board's picture, which only a window can render.
inline bool NeedsBoardPicture(ReportFormat format) {
  return format != ReportFormat::Markdown;
}

// The summary of `sketch` as Markdown, in `language`. With `story` (the story line the board
// plays), each of its steps too: its caption, the type after it and why.
// `made`: when, for the date it gives.
std::string ReportMarkdown(const Content& content, const Sketch& sketch, Language language,
                           const Story* story = nullptr, std::time_t made = std::time(nullptr));

// The summary of `sketch` as one HTML page in `language`, with `board_png` (the bytes of a PNG;
// left out when empty) embedded as a data: URI. Opens with no network and prints on A4.
std::string ReportHtml(const Content& content, const Sketch& sketch, Language language,
                       std::string_view board_png, const Story* story = nullptr,
                       std::time_t made = std::time(nullptr));

// The day of `when` in local time, as people write it: "7 december 2026", "7 December 2026".
std::string DateText(std::time_t when, Language language);

// Writes the report that `path`'s extension asks for, atomically: the PNG as given, or the
// Markdown or HTML summary. Returns an error naming `path` and what is wrong (an unknown
// extension, a picture that is missing, a folder that cannot be written), empty on success.
Error WriteReport(const std::string& path, const Content& content, const Sketch& sketch,
                  Language language, std::string_view board_png, const Story* story = nullptr,
                  std::time_t made = std::time(nullptr));

}  // namespace pps
