// SPDX-License-Identifier: EUPL-1.2
// Where a report made in the app goes, and what it is called.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/report/report_folder.h"

using namespace pps;

namespace {

struct TempHome {
  std::string path;
  TempHome() {
    path = (std::filesystem::temp_directory_path() /
            ("pps-report-folder-" + std::to_string(::getpid())))
               .string();
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path + "/.config");
  }
  ~TempHome() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_CASE("report folder: $XDG_DOCUMENTS_DIR, user-dirs.dirs, ~/Documents, then home") {
  TempHome home;
  DocumentsEnvironment env{nullptr, nullptr, home.path.c_str()};
  CHECK(ReportFolder(env) == home.path + "/PPS Canvas");  // nothing else there
  std::filesystem::create_directories(home.path + "/Documents");
  CHECK(ReportFolder(env) == home.path + "/Documents/PPS Canvas");
  std::ofstream(home.path + "/.config/user-dirs.dirs")
      << "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureaublad\"\n"
         "XDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n";
  CHECK(ReportFolder(env) == home.path + "/Documenten/PPS Canvas");
  // Switched off (the home folder itself): ~/Documents as before.
  std::ofstream(home.path + "/.config/user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"$HOME/\"\n";
  CHECK(ReportFolder(env) == home.path + "/Documents/PPS Canvas");
  // $XDG_CONFIG_HOME names where user-dirs.dirs is.
  std::filesystem::create_directories(home.path + "/cfg");
  std::ofstream(home.path + "/cfg/user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"/srv/docs\"\n";
  const std::string cfg = home.path + "/cfg";
  env.xdg_config_home = cfg.c_str();
  CHECK(ReportFolder(env) == "/srv/docs/PPS Canvas");
  // The environment wins over everything.
  env.xdg_documents_dir = "/tmp/elsewhere";
  CHECK(ReportFolder(env) == "/tmp/elsewhere/PPS Canvas");
  // No home and no variable: nowhere, said by an empty path.
  CHECK(ReportFolder(DocumentsEnvironment{nullptr, nullptr, nullptr}).empty());
  CHECK(ReportFolder(DocumentsEnvironment{"", "", ""}).empty());
}

TEST_CASE("report base name: the sketch's name made safe, and the time") {
  std::tm t{};
  t.tm_year = 2026 - 1900;
  t.tm_mon = 10;
  t.tm_mday = 30;
  t.tm_hour = 14;
  t.tm_min = 5;
  t.tm_sec = 9;
  t.tm_isdst = -1;
  const std::time_t when = std::mktime(&t);
  CHECK(ReportBaseName("CIV Water", when) == "CIV Water 2026-11-30 14.05.09");
  CHECK(ReportBaseName("Zorg/Welzijn: \"wat?\"", when) ==
        "Zorg-Welzijn- -wat-- 2026-11-30 14.05.09");
  CHECK(ReportBaseName("..verborgen", when) == "verborgen 2026-11-30 14.05.09");
  CHECK(ReportBaseName("", when) == "PPS Canvas 2026-11-30 14.05.09");
  CHECK(ReportBaseName("...", when) == "PPS Canvas 2026-11-30 14.05.09");
  CHECK(ReportBaseName("Regel\neen\ttwee", when) == "Regel-een-twee 2026-11-30 14.05.09");
  // Cut at 80 bytes, never inside a character: 79 'a' and an 'é' (two bytes) keeps 79 'a'.
  const std::string long_name = std::string(79, 'a') + "\xC3\xA9" + "zzz";
  CHECK(ReportBaseName(long_name, when) == std::string(79, 'a') + " 2026-11-30 14.05.09");
}
