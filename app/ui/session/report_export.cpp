// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/report_export.h"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>

#include "core/model/sketch_file.h"
#include "core/report/report.h"
#include "core/report/usb_sticks.h"
#ifndef PPS_NO_QR
#include "core/model/share_link.h"
#endif
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// A folder as people say it: its last two names, "Documents › PPS Canvas".
std::string InWords(const std::string& folder) {
  const std::filesystem::path path(folder);
  const std::string parent = path.parent_path().filename().string();
  return parent.empty() ? path.filename().string()
                        : parent + " \xE2\x80\xBA " + path.filename().string();
}

}  // namespace

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
                                OpenStoryOf(state), now);
    if (!e.empty()) {
      state.messages.Add(e.what());
      return {};
    }
  }
  // The sketch itself beside it, to open again at another table.
  if (const Error e = SaveSketch(sketch, base + ".json"); !e.empty()) {
    state.messages.Add(e.what());
    return {};
  }
  // Shown in the sidebar, beside the board: where in words, the QR code, what it says.
  ReportView& view = state.report_view;
  view.open = true;
  view.files = base;
  view.folder_words = InWords(folder);
  view.markdown = ReportMarkdown(state.content, sketch, state.language, OpenStoryOf(state), now);
#ifndef PPS_NO_QR
  view.link = ShareLink(sketch, view.share_url);
#endif
  state.gallery.open = state.library_open = false;
  state.scroll_sidebar_to_top = true;
  return base;
}

void CopyReportToStick(AppState& state, const std::string& to) {
  ReportView& view = state.report_view;
  if (to.empty() || view.files.empty() || view.copying.valid()) return;
  std::vector<std::string> files;
  std::error_code ec;
  for (const char* extension : {".png", ".html", ".md", ".json"})
    if (std::filesystem::exists(view.files + extension, ec))
      files.push_back(view.files + extension);
  view.copying_to = to;
#ifdef PPS_NO_THREADS
  std::promise<Error> done;
  done.set_value(CopyToStick(files, to));
  view.copying = done.get_future();
#else
  view.copying = std::async(std::launch::async, [files, to] { return CopyToStick(files, to); });
#endif
  FollowStickCopy(state);
}

bool FollowStickCopy(AppState& state) {
  ReportView& view = state.report_view;
  if (!view.copying.valid()) return false;
  if (view.copying.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return true;
  if (const Error e = view.copying.get(); !e.empty()) {
    Tell(state, e.what());
  } else {
    state.messages.Note(std::string(S(state, Str::CopiedToStick)) + " " +
                        std::filesystem::path(view.copying_to).filename().string() + ".");
  }
  return false;
}

}  // namespace pps
