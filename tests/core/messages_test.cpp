#include <catch2/catch.hpp>

#include "core/json_read.h"
#include "core/messages.h"

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
