// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include "core/io/loaded.h"
#include "ui/state/messages.h"

using namespace pps;

TEST_CASE("the same message is kept once, counted, and becomes the newest") {
  Messages m;
  m.Add("a");
  m.Add("b");
  m.Add("a");
  REQUIRE(m.Entries().size() == 2);
  CHECK(m.Entries()[0].text == "b");
  CHECK(m.Entries()[1].text == "a");
  CHECK(m.Entries()[1].count == 2);
}

TEST_CASE("only the newest messages are kept, each cut short") {
  Messages m;
  for (int i = 0; i < 100; ++i) m.Add("message " + std::to_string(i));
  m.Add(std::string(100000, 'x'));
  REQUIRE(m.Entries().size() == Messages::kMaxKept);
  CHECK(m.Entries().back().text.size() <= kMaxErrorBytes + 3);
  CHECK(m.Entries().front().text == "message " + std::to_string(100 - Messages::kMaxKept + 1));
  m.Clear();
  CHECK(m.Empty());
}

TEST_CASE("a message added many times at once counts them all") {
  Messages m;
  m.Add("dropped", 250);
  m.Add("dropped");
  REQUIRE(m.Entries().size() == 1);
  CHECK(m.Entries()[0].count == 251);
}

TEST_CASE("news comes before the problems, so that none is shown under their heading") {
  Messages m;
  m.Add("cannot save");
  m.Note("report saved in /tmp");
  m.Add("cannot read");
  REQUIRE(m.Entries().size() == 3);
  CHECK_FALSE(m.Entries()[0].problem);
  CHECK(m.Entries()[0].text == "report saved in /tmp");
  CHECK(m.Entries()[1].text == "cannot save");
  CHECK(m.Entries()[2].text == "cannot read");
  m.Note("report saved in /tmp");  // news again counts too
  CHECK(m.Entries()[0].count == 2);
  // A flood of problems never pushes the newest news out first.
  Messages full;
  for (int i = 0; i < 10; ++i) full.Add("problem " + std::to_string(i));
  full.Note("saved");
  REQUIRE(full.Entries().size() == Messages::kMaxKept);
  CHECK(full.Entries()[0].text == "saved");
  CHECK(full.Entries()[1].text == "problem " + std::to_string(10 - Messages::kMaxKept + 1));
  for (int i = 10; i < 20; ++i) full.Add("problem " + std::to_string(i));
  CHECK(full.Entries()[0].text == "saved");
  CHECK(full.Entries().back().text == "problem 19");
}
