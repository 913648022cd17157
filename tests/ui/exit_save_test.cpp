// SPDX-License-Identifier: EUPL-1.2
// An exit waits for the last save: it says why it cannot end yet, tries again every second,
// and ends once saved, or at once when asked again; a signal waits a few seconds at most.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/model/sketch_file.h"
#include "harness.h"
#include "ui/session/board_autosave.h"
#include "ui/session/exit_save.h"

using namespace pps;
using pps::test::Harness;
using pps::test::SaveNow;
namespace fs = std::filesystem;

namespace {

// An autosave whose folder is a file, so that no save can succeed until it is removed.
struct BlockedAutosave {
  fs::path dir;
  std::string path;
  explicit BlockedAutosave(const char* name)
      : dir(fs::temp_directory_path() / "pps-canvas-ui-tests" / name),
        path((dir / "board.json").string()) {
    fs::remove_all(dir);
    fs::create_directories(dir.parent_path());
    std::ofstream(dir) << "";
  }
  void Unblock() const { fs::remove(dir); }
};

}  // namespace

TEST_CASE("an exit with an unsaved change waits, says why, and ends once the save succeeds") {
  const BlockedAutosave blocked("exit-waits");
  Harness h;
  BoardAutosave autosave(blocked.path, true);
  ExitSave exit;
  h.OpenCase("civ-water");
  SaveNow(autosave, h.state);
  REQUIRE(autosave.Unsaved(h.state.board));

  CHECK_FALSE(exit.Ready(h.state, autosave, 10.0, false, false, false));
  CHECK(exit.Waiting());
  CHECK_THAT(h.state.messages.Entries().back().text,
             Catch::Contains(h.Text(Str::ExitUnsaved)));
  CHECK_FALSE(exit.Ready(h.state, autosave, 10.5, false, false, false));  // not yet again
  blocked.Unblock();
  CHECK_FALSE(exit.Ready(h.state, autosave, 10.9, false, false, false));
  CHECK_FALSE(fs::exists(blocked.path));  // tried once a second, not at every frame
  CHECK(exit.Ready(h.state, autosave, 11.0, false, false, false));
  CHECK(exit.Lost().empty());
  REQUIRE(fs::exists(blocked.path));
  CHECK(LoadSketch(blocked.path).value->id == "civ-water");
}

TEST_CASE("an exit asked for again ends unsaved, and says what was lost") {
  const BlockedAutosave blocked("exit-again");
  Harness h;
  BoardAutosave autosave(blocked.path, true);
  ExitSave exit;
  h.OpenCase("civ-water");
  REQUIRE_FALSE(exit.Ready(h.state, autosave, 1.0, false, false, false));
  CHECK(exit.Ready(h.state, autosave, 1.1, true, false, false));
  CHECK_THAT(exit.Lost(), Catch::Contains(blocked.dir.string()));
}

TEST_CASE("an exit by a signal waits for the save a few seconds at most") {
  const BlockedAutosave blocked("exit-signal");
  Harness h;
  BoardAutosave autosave(blocked.path, true);
  ExitSave exit;
  h.OpenCase("civ-water");
  REQUIRE_FALSE(exit.Ready(h.state, autosave, 1.0, false, true, false));
  CHECK_FALSE(exit.Ready(h.state, autosave, 2.0, false, true, false));
  CHECK(exit.Ready(h.state, autosave, 1.0 + ExitSave::kSignalGraceSeconds, false, true, false));
  CHECK_FALSE(exit.Lost().empty());
}

TEST_CASE("an exit with everything saved ends at once") {
  const fs::path dir = fs::temp_directory_path() / "pps-canvas-ui-tests" / "exit-saved";
  fs::remove_all(dir);
  Harness h;
  BoardAutosave autosave((dir / "board.json").string(), true);
  ExitSave exit;
  h.OpenCase("civ-water");
  CHECK(exit.Ready(h.state, autosave, 1.0, false, false, false));
  CHECK_FALSE(exit.Waiting());
  CHECK(h.state.messages.Empty());
}

TEST_CASE("Ctrl+Q mid-drag ends the app with the token saved where it is") {
  const fs::path dir = fs::temp_directory_path() / "pps-canvas-ui-tests" / "exit-ctrl-q";
  fs::remove_all(dir);
  const std::string path = (dir / "board.json").string();
  Harness h(ImVec2(1280, 800), path);
  h.OpenCase("civ-water");
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  h.MoveTo(ImVec2(at.x - 150, at.y));
  REQUIRE_FALSE(h.app.ended);
  h.Key(Key::Q, kModCtrl);
  CHECK(h.app.ended);
  const Loaded<Sketch> saved = LoadSketch(path);
  REQUIRE(saved);
  CHECK(FindToken(*saved.value, id)->position.formal == h.TokenOf(id).position.formal);
  CHECK(h.TokenOf(id).position.formal != FindToken(h.state.content.cases[2], id)->position.formal);
}

TEST_CASE("Ctrl+Q with the autosave blocked keeps the app open until it saves") {
  const BlockedAutosave blocked("exit-ctrl-q-blocked");
  Harness h(ImVec2(1280, 800), blocked.path);
  h.OpenCase("civ-water");
  h.Key(Key::Q, kModCtrl);
  CHECK_FALSE(h.app.ended);
  CHECK(h.app.exit_save.Waiting());
  blocked.Unblock();
  h.Hold(90);  // a second and a half of frames: the exit tries again after one
  CHECK(h.app.ended);
  CHECK(LoadSketch(blocked.path).value->id == "civ-water");
}
