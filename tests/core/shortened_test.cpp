// SPDX-License-Identifier: EUPL-1.2
// Words cut to fit a button (core/io/shortened.h): whole when they fit, at a space when one comes
// late enough, else between characters, never inside one; "…" where cut.

#include <catch2/catch.hpp>

#include "core/io/shortened.h"

using pps::Shortened;

TEST_CASE("shortened: whole, at a space, or between characters", "[text]") {
  CHECK(Shortened("Beyond", 10) == "Beyond");
  CHECK(Shortened("Zorgprofessionals geven les", 20) == "Zorgprofessionals\u2026");
  // No space in the second half: cut between characters, not inside "é" (2 bytes).
  const std::string cafe = "Caf\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9";
  for (std::size_t most = 3; most < cafe.size(); ++most) {
    const std::string cut = Shortened(cafe, most);
    INFO(most);
    CHECK(cut.size() <= most + 3);  // and the 3 bytes of "…"
    CHECK(cut.compare(cut.size() - 3, 3, "\u2026") == 0);
    const std::string kept = cut.substr(0, cut.size() - 3);
    CHECK(cafe.compare(0, kept.size(), kept) == 0);
    CHECK((kept.size() == 3 || (kept.size() - 3) % 2 == 0));  // whole characters only
  }
  CHECK(Shortened("een heel lange zin zonder eind", 12) == "een heel\u2026");
}
