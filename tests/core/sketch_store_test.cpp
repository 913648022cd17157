// SPDX-License-Identifier: EUPL-1.2
#include "core/files/sketch_store.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/cli/options.h"
#include "core/model/sketch_file.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace pps;

namespace {

fs::path FreshStore(const char* name) {
  const fs::path dir = test::TempDir() / "store" / name;
  fs::remove_all(dir);
  return dir;
}

Sketch Two() {
  Sketch s;
  s.id = "own";
  s.name = {"Oud", "Old"};
  s.tokens = {test::At(0.5, 0.5, 2.0), test::At(-0.5, 0.2)};
  s.tokens[0].note = "met de gemeente";
  s.description = {"Een schets", {}};
  return s;
}

std::vector<std::string> Names(const SketchListing& listing) {
  std::vector<std::string> names;
  for (const SavedSketch& s : listing.sketches) names.push_back(s.name);
  return names;
}

// Files written in one test follow each other within a clock tick on some file systems.
void NextTick() {
  std::this_thread::sleep_for(std::chrono::milliseconds(15));
}

}  // namespace

TEST_CASE("sketch store: the folder is under XDG_DATA_HOME, else ~/.local/share") {
  const char* data = std::getenv("XDG_DATA_HOME");
  const std::string old = data ? data : "";
  ::setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
  CHECK(SketchesFolder() == "/tmp/xdg-data/pps-canvas/sketches");
  ::setenv("XDG_DATA_HOME", "", 1);
  ::setenv("HOME", "/home/ann", 1);
  CHECK(SketchesFolder() == "/home/ann/.local/share/pps-canvas/sketches");
  if (data) ::setenv("XDG_DATA_HOME", old.c_str(), 1);
  else ::unsetenv("XDG_DATA_HOME");
}

TEST_CASE("sketch store: save as a name gives a safe, unique file holding the whole sketch") {
  const fs::path dir = FreshStore("save");
  const StoreResult a = SaveSketchAs(Two(), dir.string(), "Zorg & Café Één");
  REQUIRE(a);
  CHECK(fs::path(a.path).filename() == "zorg-cafe-een.json");
  CHECK(a.stamp == StampOf(a.path));
  const StoreResult b = SaveSketchAs(Two(), dir.string(), "Zorg & café één");
  REQUIRE(b);
  CHECK(fs::path(b.path).filename() == "zorg-cafe-een-2.json");
  CHECK(fs::path(SaveSketchAs(Two(), dir.string(), "../../etc/passwd").path).filename() ==
        "etc-passwd.json");
  CHECK(fs::path(SaveSketchAs(Two(), dir.string(), "€€€").path).filename() == "schets.json");

  Loaded<Sketch> back = LoadSketch(a.path);
  REQUIRE(back);
  CHECK(back.value->name.nl == "Zorg & Café Één");
  CHECK(back.value->name.en.empty());
  CHECK(SameTokens(*back.value, Two()));
  CHECK(back.value->description.nl == "Een schets");
  CHECK(back.value->tokens[0].note == "met de gemeente");

  CHECK(SaveSketchAs(Two(), dir.string(), "  ").error == "a sketch needs a name");
  CHECK_FALSE(SaveSketchAs(Two(), dir.string(), std::string(201, 'x')));
  CHECK_FALSE(SaveSketchAs(Two(), "", "x"));
}

TEST_CASE("sketch store: two apps saving as one name at one moment keep both sketches") {
  const fs::path dir = FreshStore("same_name");
  for (int round = 0; round < 50; ++round) {
    const fs::path folder = dir / std::to_string(round);
    Sketch a = Two(), b = Two();
    a.description = {"van A", {}};
    b.description = {"van B", {}};
    StoreResult saved_a, saved_b;
    std::atomic<int> ready{0};
    const auto save = [&](const Sketch& s, StoreResult* saved) {
      return std::thread([&, saved] {
        ready.fetch_add(1);
        while (ready.load() < 2) {
        }
        *saved = SaveSketchAs(s, folder.string(), "Plan");
      });
    };
    std::thread first = save(a, &saved_a), second = save(b, &saved_b);
    first.join();
    second.join();
    REQUIRE(saved_a);
    REQUIRE(saved_b);
    REQUIRE(saved_a.path != saved_b.path);
    CHECK(LoadSketch(saved_a.path).value->description.nl == "van A");
    CHECK(LoadSketch(saved_b.path).value->description.nl == "van B");
    CHECK(saved_a.stamp == StampOf(saved_a.path));
    CHECK(saved_b.stamp == StampOf(saved_b.path));
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 2);
  }
}

TEST_CASE("sketch store: listed newest first with name and tokens; bad files named") {
  const fs::path dir = FreshStore("list");
  CHECK(ListSketches(dir.string()).sketches.empty());  // no folder yet
  REQUIRE(SaveSketchAs(Two(), dir.string(), "Eerste"));
  NextTick();
  REQUIRE(SaveSketchAs(Two(), dir.string(), "Tweede"));
  std::ofstream(dir / "kapot.json") << "{ nope";
  std::ofstream(dir / "notes.txt") << "not a sketch";
  const SketchListing listing = ListSketches(dir.string());
  CHECK(Names(listing) == std::vector<std::string>{"Tweede", "Eerste"});
  CHECK(listing.sketches[0].tokens.size() == 2);
  CHECK(listing.sketches[0].modified_ns >= listing.sketches[1].modified_ns);
  REQUIRE(listing.errors.size() == 1);
  CHECK(listing.errors[0].find("kapot.json") != std::string::npos);
  CHECK(FreeSketchName(listing, "Eerste") == "Eerste (2)");
  CHECK(FreeSketchName(listing, "Derde") == "Derde");
}

TEST_CASE("sketch store: duplicate and rename change the name inside, not the file's") {
  const fs::path dir = FreshStore("dup");
  const StoreResult a = SaveSketchAs(Two(), dir.string(), "Plan");
  REQUIRE(a);
  const StoreResult copy = DuplicateSketch(a.path, "Plan (2)");
  REQUIRE(copy);
  CHECK(copy.path != a.path);
  CHECK(LoadSketch(copy.path).value->name.nl == "Plan (2)");
  CHECK(SameTokens(*LoadSketch(copy.path).value, Two()));

  const StoreResult renamed = RenameSketch(a.path, "Plan B");
  REQUIRE(renamed);
  CHECK(renamed.path == a.path);
  CHECK(LoadSketch(a.path).value->name.nl == "Plan B");
  CHECK(ListSketches(dir.string()).sketches.size() == 2);

  const StoreResult missing = RenameSketch((dir / "gone.json").string(), "X");
  CHECK(missing.error.find("gone.json") != std::string::npos);
  CHECK(DuplicateSketch((dir / "gone.json").string(), "X").error.find("gone.json") !=
        std::string::npos);
}

TEST_CASE("sketch store: remove goes to the bin, restore brings it back") {
  const fs::path dir = FreshStore("bin");
  const StoreResult a = SaveSketchAs(Two(), dir.string(), "Weg");
  REQUIRE(a);
  const StoreResult binned = RemoveSketch(dir.string(), a.path);
  REQUIRE(binned);
  CHECK_FALSE(fs::exists(a.path));
  CHECK(ListSketches(dir.string()).sketches.empty());
  const SketchListing bin = ListSketches(BinFolder(dir.string()));
  REQUIRE(bin.sketches.size() == 1);
  CHECK(bin.sketches[0].name == "Weg");

  // A new sketch took its file name meanwhile: the restored one gets a free one.
  REQUIRE(SaveSketchAs(Two(), dir.string(), "Weg"));
  const StoreResult back = RestoreSketch(dir.string(), binned.path);
  REQUIRE(back);
  CHECK(fs::path(back.path).filename() == "weg-2.json");
  CHECK(ListSketches(BinFolder(dir.string())).sketches.empty());
  CHECK(ListSketches(dir.string()).sketches.size() == 2);

  const StoreResult gone = RemoveSketch(dir.string(), (dir / "gone.json").string());
  CHECK(gone.error.find("gone.json") != std::string::npos);
}

TEST_CASE("sketch store: a restore and another app's save of one name at one moment keep both") {
  const fs::path dir = FreshStore("restore_race");
  for (int round = 0; round < 50; ++round) {
    const std::string folder = (dir / std::to_string(round)).string();
    Sketch binned_sketch = Two();
    binned_sketch.description = {"uit de prullenbak", {}};
    const StoreResult first = SaveSketchAs(binned_sketch, folder, "Plan");
    REQUIRE(first);
    const StoreResult binned = RemoveSketch(folder, first.path);
    REQUIRE(binned);
    Sketch theirs = Two();
    theirs.description = {"van de ander", {}};
    StoreResult restored, saved;
    std::atomic<int> ready{0};
    const auto together = [&](auto work) {
      return std::thread([&ready, work] {
        ready.fetch_add(1);
        while (ready.load() < 2) {
        }
        work();
      });
    };
    std::thread a = together([&] { restored = RestoreSketch(folder, binned.path); });
    std::thread b = together([&] { saved = SaveSketchAs(theirs, folder, "Plan"); });
    a.join();
    b.join();
    REQUIRE(restored);
    REQUIRE(saved);
    REQUIRE(restored.path != saved.path);
    CHECK(LoadSketch(restored.path).value->description.nl == "uit de prullenbak");
    CHECK(LoadSketch(saved.path).value->description.nl == "van de ander");
  }
}

TEST_CASE("sketch store: the bin keeps the 30 most lately removed") {
  const fs::path dir = FreshStore("bounded");
  std::string first;
  for (int i = 0; i < 32; ++i) {
    const StoreResult s = SaveSketchAs(Two(), dir.string(), "S" + std::to_string(i));
    REQUIRE(s);
    const StoreResult b = RemoveSketch(dir.string(), s.path);
    REQUIRE(b);
    if (i == 0) first = b.path;
    NextTick();
  }
  const SketchListing bin = ListSketches(BinFolder(dir.string()));
  CHECK(bin.sketches.size() == kMaxBinned);
  CHECK_FALSE(fs::exists(first));
  CHECK(bin.sketches.front().name == "S31");
  CHECK(bin.sketches.back().name == "S2");
}

TEST_CASE("sketch store: `pps-canvas FILE` opens FILE, as --open FILE") {
  CHECK(ParseOptions({"mijn schets.json"}).options.open == "mijn schets.json");
  CHECK(ParseOptions({"--lang", "en", "a.json"}).options.open == "a.json");
  CHECK_FALSE(ParseOptions({"a.json", "b.json"}).error.empty());  // one sketch at a time
  CHECK_FALSE(ParseOptions({"--bogus"}).error.empty());
}
