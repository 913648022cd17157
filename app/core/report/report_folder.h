// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Where a report made in the app goes: the user's documents folder, found as `xdg-user-dir
// DOCUMENTS` finds it, with a folder of the app's own in it, and a file name from the sketch's
// name and the time, so that reports of one sketch never write over each other.

#include <ctime>
#include <string>
#include <string_view>

namespace pps {

// The environment ReportFolder() reads; null or empty for what is not set.
struct DocumentsEnvironment {
  const char* xdg_documents_dir = nullptr;  // $XDG_DOCUMENTS_DIR
  const char* xdg_config_home = nullptr;    // $XDG_CONFIG_HOME, for user-dirs.dirs
  const char* home = nullptr;               // $HOME
};

// The process's own environment.
DocumentsEnvironment DocumentsEnvironmentFromProcess();

// The folder reports go to: "PPS Canvas" in $XDG_DOCUMENTS_DIR, else in the XDG_DOCUMENTS_DIR
// of user-dirs.dirs ($XDG_CONFIG_HOME or ~/.config; a Dutch desktop names it ~/Documenten),
// else in ~/Documents when that exists, else in the home folder. Empty without a home folder.
std::string ReportFolder(const DocumentsEnvironment& env);

// "<sketch name> <YYYY-MM-DD HH.MM.SS>" of `when` in local time, safe as a file name on any disk
// a designer may carry it home on: no / \ : * ? " < > | or control characters, no leading dot,
// at most 80 bytes of the name (cut between UTF-8 characters); "PPS Canvas" for an empty name.
std::string ReportBaseName(std::string_view sketch_name, std::time_t when);

}  // namespace pps
