// SPDX-License-Identifier: EUPL-1.2
#include "core/cli/export_command.h"

#include <ostream>

#include "core/cli/headless.h"
#include "core/report/report.h"

namespace pps {

std::string CheckExportArguments(const Options& options) {
  if (!ReportFormatOf(options.export_path))
    return "--export " + options.export_path +
           ": cannot tell what to export from the name: end it in .png (the board), .md or "
           ".html (the report)";
  if (options.open.empty())
    return "--export needs --open FILE|CASE: the sketch to export (a sketch file or a case id, "
           "see --list-cases)";
  return {};
}

bool ExportNeedsWindow(const Options& options) {
  const std::optional<ReportFormat> format = ReportFormatOf(options.export_path);
  return format && NeedsBoardPicture(*format);
}

int ExportWithoutWindow(const Options& options, const Content& content, std::ostream& err) {
  // A story line: its end, and each of its steps.
  if (const Story* story = FindStory(content, options.open)) {
    Sketch end = StoryBoard(*story, story->steps.size());
    end.name = story->name;
    end.description = story->description;
    const Error error = WriteReport(options.export_path, content, end, options.language, {}, story);
    if (!error.empty()) err << "pps-canvas: --export: " << error.what() << "\n";
    return error.empty() ? 0 : 1;
  }
  const Loaded<Sketch> sketch = ResolveSketch(content, options.open);
  if (!sketch) {
    err << "pps-canvas: --open: " << sketch.error << "\n";
    return 1;
  }
  const Error error =
      WriteReport(options.export_path, content, *sketch.value, options.language, {});
  if (!error.empty()) err << "pps-canvas: --export: " << error.what() << "\n";
  return error.empty() ? 0 : 1;
}

}  // namespace pps
