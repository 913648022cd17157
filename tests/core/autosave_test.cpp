// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "core/files/autosave.h"
#include "core/io/atomic_file.h"
#include "core/io/state_lock.h"
#include "core/model/sketch_file.h"
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
  const fs::path dir = test::TempDir() / name;
  fs::remove_all(dir);
  return dir;
}

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> Names(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  return names;
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

TEST_CASE("one state folder has one owner: a second lock, even in this process, is refused") {
  const std::string dir = FreshDir("lock-two").string();
  StateLock first, second;
  REQUIRE(first.Take(dir) == StateLock::Outcome::Taken);
  CHECK(first.Held());
  CHECK(ReadFile(LockFilePath(dir)) == std::to_string(getpid()) + "\n");
  // flock locks belong to the open file, not the process: a second open conflicts.
  CHECK(second.Take(dir) == StateLock::Outcome::Busy);
  CHECK_FALSE(second.Held());
  CHECK(second.Owner() == getpid());
  CHECK(ReadFile(LockFilePath(dir)) == std::to_string(getpid()) + "\n");  // not truncated
  first.Release();
  CHECK(second.Take(dir) == StateLock::Outcome::Taken);
}

TEST_CASE("the lock of an app that was killed goes to the next one") {
  const std::string dir = FreshDir("lock-killed").string();
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  const pid_t holder = fork();
  REQUIRE(holder >= 0);
  if (holder == 0) {  // the first app: takes the lock and runs until killed
    StateLock lock;
    const char taken = lock.Take(dir) == StateLock::Outcome::Taken ? 'y' : 'n';
    if (write(ready[1], &taken, 1) != 1) _exit(1);
    for (;;) pause();
  }
  // Killed on the way out too, should a check below stop the test first.
  struct Reaper {
    pid_t pid;
    ~Reaper() {
      if (pid > 0 && kill(pid, SIGKILL) == 0) waitpid(pid, nullptr, 0);
    }
  } reaper{holder};
  char taken = 0;
  REQUIRE(read(ready[0], &taken, 1) == 1);
  close(ready[0]);
  close(ready[1]);
  REQUIRE(taken == 'y');
  StateLock next;
  CHECK(next.Take(dir) == StateLock::Outcome::Busy);
  CHECK(next.Owner() == holder);
  kill(holder, SIGKILL);
  REQUIRE(waitpid(holder, nullptr, 0) == holder);
  reaper.pid = 0;  // gone: its pid may be another process's soon
  CHECK(next.Take(dir) == StateLock::Outcome::Taken);
  CHECK(ReadFile(LockFilePath(dir)) == std::to_string(getpid()) + "\n");
}

TEST_CASE("a lock file left by a dead app, held by no one, is taken over") {
  const fs::path dir = FreshDir("lock-stale");
  WriteFile(dir / "owner.lock", "2147483646 left by an app long gone\n");
  StateLock lock;
  REQUIRE(lock.Take(dir.string()) == StateLock::Outcome::Taken);
  CHECK(ReadFile(dir / "owner.lock") == std::to_string(getpid()) + "\n");
}

TEST_CASE("a lock where no folder can be made fails and says where") {
  const fs::path dir = FreshDir("lock-blocked");
  WriteFile(dir, "");  // a file where the folder should be
  StateLock lock;
  CHECK(lock.Take((dir / "pps-canvas").string()) == StateLock::Outcome::Failed);
  CHECK_FALSE(lock.Held());
  CHECK_THAT(lock.Error(), Catch::Contains((dir / "pps-canvas").string()));
}

TEST_CASE("temporary files cut off by a crash are removed, and nothing else") {
  const fs::path dir = FreshDir("temps");
  const std::set<std::string> left = {
      "board.json",        "previous.json",     "board.json.AbC12",  "board.json.AbC1234",
      "board.json.ab-123", "other.json.AbC123", "board.json.broken", "kept",
      "owner.lock"};
  for (const std::string& name : left)
    if (name != "kept") WriteFile(dir / name, "x");
  WriteFile(dir / "kept" / "board.json.AbC123", "x");  // only the state folder itself
  WriteFile(dir / "board.json.AbC123", "x");
  WriteFile(dir / "previous.json.x9Y8z7", "x");
  fs::create_directories(dir / "board.json.Fold3r");  // not a file
  CHECK(RemoveLeftoverTemps(dir.string()) == 2);
  std::set<std::string> expected = left;
  expected.insert("board.json.Fold3r");
  CHECK(Names(dir) == expected);
  CHECK(fs::exists(dir / "kept" / "board.json.AbC123"));
  CHECK(RemoveLeftoverTemps((dir / "none").string()) == 0);
}

TEST_CASE("the kept folder holds the newest 50 boards") {
  const fs::path kept = FreshDir("kept-bound");
  for (int n = 1; n <= 50; ++n)
    WriteFile(kept / ("board-1000-" + std::to_string(n) + ".json"), "{}");
  WriteFile(kept / "board-999-60.json", "{}");  // older by its time, though it sorts after as text
  WriteFile(kept / "board-1001-1.json", "{}");  // the newest
  WriteFile(kept / "notes.txt", "mine");        // not a kept board: never removed
  WriteFile(kept / "board-x-1.json", "{}");
  REQUIRE(PruneKept(kept.string()).empty());
  const std::set<std::string> names = Names(kept);
  CHECK(names.size() == 50 + 2);
  CHECK_FALSE(names.count("board-999-60.json"));
  CHECK_FALSE(names.count("board-1000-1.json"));
  CHECK(names.count("board-1000-2.json"));
  CHECK(names.count("board-1000-10.json"));
  CHECK(names.count("board-1001-1.json"));
  CHECK(names.count("notes.txt"));
  CHECK(names.count("board-x-1.json"));
  CHECK(PruneKept(kept.string(), 50).empty());  // nothing more to do
  CHECK(Names(kept).size() == 52);
}

TEST_CASE("a board changed outside the app is noticed, whatever the size and time") {
  const fs::path dir = FreshDir("outside");
  const std::string path = (dir / "board.json").string();
  Sketch mine;
  mine.tokens = {test::At(0.25, -0.5)};
  FileStamp known;
  CHECK_FALSE(ChangedOutside(path, known));  // nothing there
  REQUIRE(Autosave(mine, path, &known).empty());
  CHECK(known.exists);
  CHECK_FALSE(ChangedOutside(path, known));  // what this app wrote

  SECTION("replaced by a file of the same size and time") {
    const std::string text = ReadFile(path);
    const auto time = fs::last_write_time(path);
    WriteFile(dir / "theirs.json", std::string(text).replace(text.find("0.25"), 4, "0.75"));
    fs::last_write_time(dir / "theirs.json", time);
    fs::rename(dir / "theirs.json", path);
    CHECK(fs::file_size(path) == text.size());
    CHECK(ChangedOutside(path, known));
  }
  SECTION("written into, at the same size") {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));  // past the clock's tick
    const std::string text = ReadFile(path);
    std::fstream(path, std::ios::in | std::ios::out | std::ios::binary)
        .seekp(static_cast<std::streamoff>(text.find("0.25")))
        .write("0.75", 4);
    CHECK(ChangedOutside(path, known));
  }
  SECTION("copied in where this app knew of none") {
    fs::remove(path);
    CHECK_FALSE(ChangedOutside(path, known));
    WriteFile(path, "{}");
    CHECK(ChangedOutside(path, FileStamp{}));
  }
  SECTION("read back as it was") {
    FileStamp read;
    bool aside = false;
    REQUIRE(RestoreAutosave(path, aside, &read));
    CHECK(read == known);
  }
}

TEST_CASE("a file changed outside is moved to the kept folder whole") {
  const fs::path dir = FreshDir("move-kept");
  WriteFile(dir / "board.json", "theirs");
  const std::string kept = KeptBoardPath((dir / "board.json").string(), 1000, 1);
  REQUIRE(MoveToKept((dir / "board.json").string(), kept).empty());
  CHECK_FALSE(fs::exists(dir / "board.json"));
  CHECK(ReadFile(kept) == "theirs");
  CHECK(kept == (dir / "kept" / "board-1000-1.json").string());
}

TEST_CASE("a second copy saves in a session folder beside the autosave") {
  CHECK(SessionBoardPath("/s/pps-canvas/board.json", 4242) ==
        "/s/pps-canvas/sessions/4242/board.json");
}

TEST_CASE("saves flush their folder, and a failed one names the file, never its temporary") {
  const fs::path dir = FreshDir("atomic");
  const std::string path = (dir / "board.json").string();
  fs::create_directories(dir);
  FileStamp written;
  REQUIRE(WriteFileAtomically(path, "first\n", &written).empty());
  REQUIRE(WriteFileAtomically(path, "second\n").empty());
  CHECK(ReadFile(path) == "second\n");
  CHECK(written.exists);
  CHECK(Names(dir) == std::set<std::string>{"board.json"});  // no temporary left

  fs::remove(path);
  fs::create_directories(fs::path(path) / "in-the-way");  // a folder where the file goes
  const std::string error = WriteFileAtomically(path, "third\n");
  CHECK_THAT(error, Catch::StartsWith(path + ": cannot replace"));
  CHECK(WriteFileAtomically(path, "third\n") == error);      // the same words: reported once
  CHECK(Names(dir) == std::set<std::string>{"board.json"});  // the temporary is gone
  for (const std::string& name : Names(dir)) CHECK_THAT(error, !Catch::Contains(name + "."));
}

TEST_CASE("only a temporary name of the file itself counts as one") {
  CHECK(IsTemporaryName("board.json.a1B2c3", "board.json"));
  CHECK_FALSE(IsTemporaryName("board.json.a1B2c", "board.json"));
  CHECK_FALSE(IsTemporaryName("board.json.a1B2c34", "board.json"));
  CHECK_FALSE(IsTemporaryName("board.json-a1B2c3", "board.json"));
  CHECK_FALSE(IsTemporaryName("board.json.a1B.c3", "board.json"));
  CHECK_FALSE(IsTemporaryName("xboard.json.a1B2c3", "board.json"));
}
