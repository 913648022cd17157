#include "core/autosave.h"

#include <cstdlib>
#include <filesystem>

#include "core/sketch_file.h"

namespace pps {

namespace fs = std::filesystem;

std::string AutosavePath() {
  const char* state = std::getenv("XDG_STATE_HOME");
  const char* home = std::getenv("HOME");
  fs::path dir;
  if (state && *state) dir = state;
  else if (home && *home) dir = fs::path(home) / ".local" / "state";
  else return {};
  return (dir / "pps-canvas" / "board.json").string();
}

std::string Autosave(const Sketch& sketch, const std::string& path) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) return path + ": cannot create its folder: " + ec.message();
  return SaveSketch(sketch, path);
}

std::string PreviousBoardPath(const std::string& path) {
  return fs::path(path).replace_filename("previous.json").string();
}

std::string KeptBoardPath(const std::string& path, long long now, int n) {
  const std::string name = "board-" + std::to_string(now) + "-" + std::to_string(n) + ".json";
  return (fs::path(path).parent_path() / "kept" / name).string();
}

Loaded<Sketch> RestoreAutosave(const std::string& path, bool& kept_aside) {
  kept_aside = true;
  std::error_code ec;
  if (path.empty() || !fs::exists(path, ec)) return {};
  Loaded<Sketch> restored = LoadSketch(path);
  if (restored) return restored;
  std::string aside = path + ".broken";
  for (int n = 2; fs::exists(aside, ec); ++n) aside = path + ".broken-" + std::to_string(n);
  fs::rename(path, aside, ec);
  kept_aside = !ec;
  restored.error +=
      ec ? " (it could not be moved aside: " + ec.message() + "; the board will not be saved there)"
         : " (kept as " + aside + ")";
  return restored;
}

}  // namespace pps
