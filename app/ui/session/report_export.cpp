// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/report_export.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "core/report/report.h"
#include "ui/widgets/widgets.h"

namespace pps {

std::string ExportFolder(AppState& state) {
  const std::string folder = ReportFolder(DocumentsEnvironmentFromProcess());
  if (folder.empty()) {
    Tell(state, "export: no documents folder (neither $XDG_DOCUMENTS_DIR nor $HOME is set)");
    return {};
  }
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) Tell(state, folder + ": cannot make the folder: " + ec.message());
  return ec ? std::string() : folder;
}

std::string WritePendingReport(AppState& state, std::string_view board_png,
                               const std::string& capture_error, const DocumentsEnvironment& env,
                               std::time_t now) {
  if (state.report != ReportRequest::Drawing) return {};
  state.report = ReportRequest::None;
  if (!capture_error.empty()) state.messages.Add(capture_error);
  const std::string folder = ReportFolder(env);
  if (folder.empty()) {
    state.messages.Add("report: no documents folder (neither $XDG_DOCUMENTS_DIR nor $HOME is set)");
    return {};
  }
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    state.messages.Add(folder + ": cannot make the folder: " + error.message());
    return {};
  }
  // A second report in the same second gets a number rather than writing over the first.
  const Sketch& sketch = state.board.Current();
  const std::string name = ReportBaseName(sketch.name.In(state.language), now);
  std::string base = folder + "/" + name;
  for (int n = 2; n < 100; ++n) {
    const bool taken = std::filesystem::exists(base + ".md", error) ||
                       std::filesystem::exists(base + ".html", error) ||
                       std::filesystem::exists(base + ".png", error);
    if (!taken) break;
    base = folder + "/" + name + " (" + std::to_string(n) + ")";
  }
  for (const char* extension : {".png", ".html", ".md"}) {
    if (std::string_view(extension) == ".png" && board_png.empty()) continue;
    const Error e = WriteReport(base + extension, state.content, sketch, state.language, board_png,
                                OpenStoryOf(state));
    if (!e.empty()) {
      state.messages.Add(e.what());
      return {};
    }
  }
  state.messages.Note(std::string(state.content.strings.Get(Str::ReportSaved, state.language)) +
                      " " + folder + ": " + base.substr(folder.size() + 1) +
                      (board_png.empty() ? " (.html, .md)" : " (.png, .html, .md)"));
  return base;
}

}  // namespace pps
