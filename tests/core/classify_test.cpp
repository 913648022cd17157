#include <catch2/catch.hpp>

#include "core/classify.h"

using namespace pps;

TEST_CASE("placeholder") { REQUIRE(true); }
