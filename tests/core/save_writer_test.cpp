// SPDX-License-Identifier: EUPL-1.2
// The writer thread: saves run off the caller's thread, the newest replaces one not yet begun,
// failures come back as outcomes, Wait() waits for the last save, and the end runs what waits.

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/files/save_writer.h"

using namespace pps;

namespace {

// A save that says when it has begun, then waits until the test lets it go on.
struct HeldSave {
  std::promise<void> begun;
  std::promise<void> go;
  std::shared_future<void> go_future = go.get_future().share();

  SaveWriter::Save Make(std::uint64_t revision) {
    return [this, revision] {
      begun.set_value();
      go_future.wait();
      SaveOutcome outcome;
      outcome.revision = revision;
      return outcome;
    };
  }
};

SaveWriter::Save Saving(std::uint64_t revision, std::atomic<int>* ran = nullptr) {
  return [revision, ran] {
    if (ran) ++*ran;
    SaveOutcome outcome;
    outcome.revision = revision;
    outcome.notes.push_back("saved " + std::to_string(revision));
    return outcome;
  };
}

std::vector<std::uint64_t> Revisions(const std::vector<SaveOutcome>& outcomes) {
  std::vector<std::uint64_t> revisions;
  for (const SaveOutcome& o : outcomes) revisions.push_back(o.revision);
  return revisions;
}

}  // namespace

TEST_CASE("a save runs on the writer's thread, and its outcome is taken once") {
  SaveWriter writer;
  CHECK_FALSE(writer.Busy());
  std::thread::id ran_on;
  writer.Post([&ran_on] {
    ran_on = std::this_thread::get_id();
    return SaveOutcome{7, "", {"kept"}, {}};
  });
  writer.Wait();
  CHECK(writer.Busy());  // done, but its outcome not yet taken
  const std::vector<SaveOutcome> outcomes = writer.Take();
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].revision == 7);
  CHECK(outcomes[0].error.empty());
  CHECK(outcomes[0].notes == std::vector<std::string>{"kept"});
  CHECK(ran_on != std::this_thread::get_id());
  CHECK(writer.Take().empty());
  CHECK_FALSE(writer.Busy());
}

TEST_CASE("a newer save replaces one that has not begun; the one under way finishes") {
  SaveWriter writer;
  HeldSave first;
  writer.Post(first.Make(1));
  first.begun.get_future().wait();
  std::atomic<int> second_ran{0}, third_ran{0};
  writer.Post(Saving(2, &second_ran));
  writer.Post(Saving(3, &third_ran));
  CHECK(writer.Busy());
  first.go.set_value();
  writer.Wait();
  CHECK(Revisions(writer.Take()) == std::vector<std::uint64_t>{1, 3});
  CHECK(second_ran == 0);
  CHECK(third_ran == 1);
}

TEST_CASE("a failed save comes back as an outcome with its error, a throwing one too") {
  SaveWriter writer;
  writer.Post([] { return SaveOutcome{4, "/state/board.json: No space left on device", {}, {}}; });
  writer.Wait();
  writer.Post([]() -> SaveOutcome { throw std::runtime_error("out of memory"); });
  writer.Wait();
  const std::vector<SaveOutcome> outcomes = writer.Take();
  REQUIRE(outcomes.size() == 2);
  CHECK(outcomes[0].revision == 4);
  CHECK(outcomes[0].error == "/state/board.json: No space left on device");
  CHECK(outcomes[1].error == "out of memory");
  writer.Post(Saving(5));  // the thread goes on after a failure
  writer.Wait();
  CHECK(Revisions(writer.Take()) == std::vector<std::uint64_t>{5});
}

TEST_CASE("Wait returns once the save under way and the one waiting have ended") {
  SaveWriter writer;
  HeldSave first;
  writer.Post(first.Make(1));
  first.begun.get_future().wait();
  std::atomic<int> second_ran{0};
  writer.Post(Saving(2, &second_ran));
  std::thread letting_go([&first] { first.go.set_value(); });
  writer.Wait();
  CHECK(second_ran == 1);
  CHECK(Revisions(writer.Take()) == std::vector<std::uint64_t>{1, 2});
  letting_go.join();
}

TEST_CASE("the writer's end runs the save still waiting, then joins its thread") {
  std::atomic<int> second_ran{0};
  HeldSave first;
  {
    SaveWriter writer;
    writer.Post(first.Make(1));
    first.begun.get_future().wait();
    writer.Post(Saving(2, &second_ran));
    first.go.set_value();
  }
  CHECK(second_ran == 1);
  SaveWriter never_used;  // no thread to end
}
