// SPDX-License-Identifier: EUPL-1.2
#include "core/io/atomic_file.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace pps;

namespace {

fs::path FreshDir(const char* name) {
  const fs::path dir = test::TempDir() / "atomic_file" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `a` and `b` on two threads let go at one instant, as two copies of the app that save at
// the same moment.
template <typename A, typename B>
void AtOnce(A a, B b) {
  std::atomic<int> ready{0};
  const auto start = [&](auto run) {
    return std::thread([&ready, run] {
      ready.fetch_add(1);
      while (ready.load() < 2) {
      }
      run();
    });
  };
  std::thread first = start(a), second = start(b);
  first.join();
  second.join();
}

}  // namespace

TEST_CASE("a guarded write goes ahead only over the file it expects") {
  const fs::path dir = FreshDir("guarded");
  const std::string path = (dir / "plan.json").string();
  FileStamp ours;
  REQUIRE(WriteFileIfUnchanged(path, "ours\n", {}, &ours).outcome == WriteOutcome::kWritten);
  CHECK(ours == StampOf(path));
  FileStamp again;
  REQUIRE(WriteFileIfUnchanged(path, "ours 2\n", ours, &again).outcome == WriteOutcome::kWritten);
  CHECK(ReadFile(path) == "ours 2\n");

  REQUIRE(WriteFileAtomically(path, "theirs\n").empty());  // another program
  CHECK(WriteFileIfUnchanged(path, "ours 3\n", again).outcome == WriteOutcome::kTheirs);
  CHECK(WriteFileIfUnchanged(path, "ours 3\n", {}).outcome == WriteOutcome::kTheirs);
  CHECK(ReadFile(path) == "theirs\n");

  fs::remove(path);  // gone: nothing of theirs is in the way
  CHECK(WriteFileIfUnchanged(path, "ours 4\n", again).outcome == WriteOutcome::kWritten);
  CHECK(ReadFile(path) == "ours 4\n");

  const std::string nowhere = (dir / "no folder" / "plan.json").string();
  const GuardedWrite failed = WriteFileIfUnchanged(nowhere, "x", {});
  CHECK(failed.outcome == WriteOutcome::kFailed);
  CHECK_THAT(failed.error, Catch::StartsWith(nowhere + ": "));
}

TEST_CASE("of two copies writing one file at one moment, exactly one writes; the other is told") {
  const fs::path dir = FreshDir("race");
  const std::string path = (dir / "plan.json").string();
  REQUIRE(WriteFileAtomically(path, "start\n").empty());
  int without_one_winner = 0;
  for (int round = 0; round < 200; ++round) {
    const FileStamp expected = StampOf(path);
    GuardedWrite a, b;
    FileStamp stamp_a, stamp_b;
    AtOnce([&] { a = WriteFileIfUnchanged(path, "a\n", expected, &stamp_a); },
           [&] { b = WriteFileIfUnchanged(path, "b\n", expected, &stamp_b); });
    REQUIRE(a.outcome != WriteOutcome::kFailed);
    REQUIRE(b.outcome != WriteOutcome::kFailed);
    if (a.outcome == b.outcome) {
      ++without_one_winner;
      continue;
    }
    // The loser saw the winner's file, which is the one on disk now.
    const bool a_won = a.outcome == WriteOutcome::kWritten;
    CHECK(ReadFile(path) == (a_won ? "a\n" : "b\n"));
    CHECK(StampOf(path) == (a_won ? stamp_a : stamp_b));
  }
  CHECK(without_one_winner == 0);
}

TEST_CASE("a finished file takes a new name only while no file has it") {
  const fs::path dir = FreshDir("new_name");
  const std::string target = (dir / "plan.json").string();
  std::ofstream(target) << "theirs\n";  // saved by another app after we chose the name
  std::string error;
  const std::string temp = CreateTemporaryFile(target, &error);
  REQUIRE(error.empty());
  CHECK(IsTemporaryName(fs::path(temp).filename().string(), "plan.json"));
  REQUIRE(WriteFileAtomically(temp, "ours\n").empty());

  CHECK(MoveToNewName(temp, target).outcome == WriteOutcome::kTheirs);
  CHECK(ReadFile(target) == "theirs\n");
  CHECK(ReadFile(temp) == "ours\n");  // ours is not lost either: it can take another name

  const std::string free = (dir / "plan-2.json").string();
  CHECK(MoveToNewName(temp, free).outcome == WriteOutcome::kWritten);
  CHECK(ReadFile(free) == "ours\n");
  CHECK_FALSE(fs::exists(temp));

  const GuardedWrite failed = MoveToNewName(temp, (dir / "plan-3.json").string());  // temp gone
  CHECK(failed.outcome == WriteOutcome::kFailed);
  CHECK_THAT(failed.error, Catch::StartsWith((dir / "plan-3.json").string() + ": "));
}
