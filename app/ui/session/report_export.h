// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A report to take home, from the app (the sidebar's "Verslag" button asks for it): the writing
// of the board's PNG, HTML and Markdown report into the documents folder (core/report/report_folder.h), in the
// interface's language. The picture is of the board as drawn in the frame after the tap, which
// shows it plain (no aim, not turned); the frame loop reads it from that frame's pixels.

#include <ctime>
#include <string>
#include <string_view>

#include "core/report/report_folder.h"
#include "ui/state/app_state.h"

namespace pps {

// Once a frame has drawn the board for a report (state.report is Drawing): writes
// "<sketch> <time>.png, .html, .md" and the sketch as ".json" into ReportFolder(env),
// `board_png` being that frame's board (empty without a window: then no PNG, and an HTML without
// the picture), and opens it in the sidebar (state.report_view), or says what went wrong.
// `capture_error` (reading the pixels) is said too. Returns the path of the files without their
// extension, empty when nothing was written.
std::string WritePendingReport(AppState& state, std::string_view board_png,
                               const std::string& capture_error, const DocumentsEnvironment& env,
                               std::time_t now);

// Copies the report last made (state.report_view) and its sketch onto the USB stick mounted at
// `to` (MountedSticks), off the frame; FollowStickCopy says when it can be pulled out, or what
// went wrong. Nothing while a copy is under way.
void CopyReportToStick(AppState& state, const std::string& to);

// Once a frame: takes the copy's outcome when it is done. Returns whether one is still under
// way (the frames go on, to tell it when it is).
bool FollowStickCopy(AppState& state);

// The documents folder (ReportFolder, of the process's environment), made if need be, for a file
// exported from the app (a story line, a kept sketch); empty after saying why not.
std::string ExportFolder(AppState& state);

}  // namespace pps
