#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "core/autosave.h"
#include "core/sketch_file.h"
#include "test_support.h"

using namespace pps;
namespace fs = std::filesystem;

namespace {

// Sets an environment variable for one scope, then puts back what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

fs::path FreshDir(const char* name) {
  const fs::path dir = fs::temp_directory_path() / "pps-canvas-tests" / name;
  fs::remove_all(dir);
  return dir;
}

}  // namespace

TEST_CASE("the autosave lives under XDG_STATE_HOME, else under HOME") {
  {
    ScopedEnv state("XDG_STATE_HOME", "/srv/state");
    CHECK(AutosavePath() == "/srv/state/pps-canvas/board.json");
  }
  {
    ScopedEnv state("XDG_STATE_HOME", nullptr);
    ScopedEnv home("HOME", "/home/trainer");
    CHECK(AutosavePath() == "/home/trainer/.local/state/pps-canvas/board.json");
  }
  {
    ScopedEnv state("XDG_STATE_HOME", "");
    ScopedEnv home("HOME", nullptr);
    CHECK(AutosavePath().empty());
  }
}

TEST_CASE("an autosaved board comes back as it was, its folder made on the way") {
  const std::string path = (FreshDir("autosave-roundtrip") / "deep" / "board.json").string();
  Sketch sketch;
  sketch.id = "civ-water";
  sketch.name.nl = "Mijn bord";
  sketch.tokens = {test::At(0.25, -0.5, 2.0), test::At(-0.75, 0.5)};
  REQUIRE(Autosave(sketch, path).empty());
  bool kept_aside = false;
  const Loaded<Sketch> restored = RestoreAutosave(path, kept_aside);
  CHECK(kept_aside);
  REQUIRE(restored);
  CHECK(restored.value->id == "civ-water");
  REQUIRE(restored.value->tokens.size() == 2);
  CHECK(restored.value->tokens[0].position.formal == 0.25);
  CHECK(restored.value->tokens[0].weight == 2.0);
}

TEST_CASE("no autosave yet is neither a board nor an error") {
  bool kept_aside = false;
  const Loaded<Sketch> restored =
      RestoreAutosave((FreshDir("autosave-none") / "board.json").string(), kept_aside);
  CHECK_FALSE(restored);
  CHECK(restored.error.empty());
}

TEST_CASE("a broken autosave is reported and kept aside, never overwritten") {
  const fs::path dir = FreshDir("autosave-broken");
  fs::create_directories(dir);
  const std::string path = (dir / "board.json").string();
  test::WriteTemp("autosave-broken/board.json", "{\"format\": \"pps-canvas/sketch\", \"tok");
  bool kept_aside = false;
  const Loaded<Sketch> restored = RestoreAutosave(path, kept_aside);
  CHECK(kept_aside);
  CHECK_FALSE(restored);
  CHECK_THAT(restored.error, Catch::Contains(path));
  CHECK_THAT(restored.error, Catch::Contains("line 1"));
  CHECK_THAT(restored.error, Catch::Contains(path + ".broken"));
  CHECK_FALSE(fs::exists(path));
  CHECK(fs::exists(path + ".broken"));

  // A second broken file does not replace the first one kept aside.
  test::WriteTemp("autosave-broken/board.json", "[1, 2");
  CHECK_THAT(RestoreAutosave(path, kept_aside).error, Catch::Contains(path + ".broken-2"));
  CHECK(fs::exists(path + ".broken"));
  CHECK(fs::exists(path + ".broken-2"));
}

TEST_CASE("an autosave that cannot be written says where and why") {
  const fs::path dir = FreshDir("autosave-blocked");
  test::WriteTemp("autosave-blocked", "");  // a file where the folder should be
  const std::string error = Autosave(Sketch{}, (dir / "board.json").string());
  CHECK_THAT(error, Catch::Contains((dir / "board.json").string()));
}
