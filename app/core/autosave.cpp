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

Loaded<Sketch> RestoreAutosave(const std::string& path) {
  std::error_code ec;
  if (path.empty() || !fs::exists(path, ec)) return {};
  Loaded<Sketch> restored = LoadSketch(path);
  if (restored) return restored;
  const std::string aside = path + ".broken";
  fs::rename(path, aside, ec);
  restored.error += ec ? " (and it could not be moved aside: " + ec.message() + ")"
                       : " (kept as " + aside + "; starting with an empty board)";
  return restored;
}

}  // namespace pps
