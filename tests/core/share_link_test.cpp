// SPDX-License-Identifier: EUPL-1.2
#include "core/model/share_link.h"

#include <catch2/catch.hpp>

#include "core/io/base64.h"
#include "core/model/content.h"
#include "core/model/sketch.h"
#include "core/model/token_texts.h"
#include "test_support.h"

using namespace pps;

TEST_CASE("a sketch of 20 activities travels in a link short enough for a QR code") {
  Sketch sketch;
  sketch.name = {"Wijkhub Tilburg", {}};
  for (int i = 0; i < 20; ++i) {
    Token t;
    t.id = "activiteit-" + std::to_string(i);
    t.label = {"Activiteit nummer " + std::to_string(i), "Activity number " + std::to_string(i)};
    t.description = {std::string(400, 'x'), {}};  // stays behind
    t.position = {-0.9 + 0.09 * i, 0.8 - 0.07 * i};
    t.weight = i % 3 == 0 ? 2.0 : 1.0;
    if (i == 4) t.note = "Met de drie waterbedrijven, elk jaar";
    sketch.tokens.push_back(t);
  }
  const std::string link = ShareLink(sketch, "https://pps.example.org/");
  CHECK(link.rfind("https://pps.example.org/#sketch=", 0) == 0);
  CHECK(link.size() < 1500);  // a QR code of version 30 or less at level L
  CHECK(IsShareLink(link));
  Loaded<Sketch> back = SketchFromLink(link);
  INFO(back.error);
  REQUIRE(back);
  CHECK(back.value->name.nl == "Wijkhub Tilburg");
  REQUIRE(back.value->tokens.size() == 20);
  for (std::size_t i = 0; i < 20; ++i) {
    const Token& a = sketch.tokens[i];
    const Token& b = back.value->tokens[i];
    CHECK(b.id == a.id);
    CHECK(b.label.nl == a.label.nl);
    CHECK(b.label.en == a.label.en);
    CHECK(b.position.formal == a.position.formal);
    CHECK(b.position.outside == a.position.outside);
    CHECK(b.weight == a.weight);
    CHECK(b.note == a.note);
    CHECK(b.description.nl.empty());
  }
  // The fragment alone, and with a line end as a scanner gives it.
  CHECK(SketchFromLink(link.substr(link.find('#')) + "\n"));
}

TEST_CASE("a link that holds no sketch says why") {
  CHECK_THAT(SketchFromLink("https://x/#sketch=%%%").error, Catch::Contains("base64url"));
  CHECK_THAT(SketchFromLink("#sketch=" + Base64Url("not zlib at all")).error,
             Catch::Contains("zlib"));
  CHECK_FALSE(SketchFromLink("#sketch=" + Base64Url("{\"format\": \"x\"}")));
  CHECK(SketchFromLink("#sketch=").error.size() > 0);
  CHECK_FALSE(IsShareLink("https://example.org/"));
}

TEST_CASE("base64 in either alphabet reads back what was written") {
  for (const std::string& bytes : {std::string(""), std::string("a"), std::string("ab"),
                                   std::string("abc"), std::string("\xff\xfe\x00\x7f", 4)}) {
    CHECK(FromBase64(Base64(bytes)) == bytes);
    CHECK(FromBase64(Base64Url(bytes)) == bytes);
  }
  CHECK_FALSE(FromBase64("a"));
  CHECK_FALSE(FromBase64("ab!d"));
}

TEST_CASE("the publication's texts come back to a linked sketch, a copied token's too") {
  const Content content = LoadContent(PPS_DATA_DIR);
  const Sketch* civ = FindCase(content, "civ-water");
  REQUIRE(civ != nullptr);
  Sketch sketch = *civ;
  Token copy = sketch.tokens.front();
  copy.id += "-2";  // as AddToken names a duplicate
  sketch.tokens.push_back(copy);
  Loaded<Sketch> back = SketchFromLink(ShareLink(sketch, ""));
  REQUIRE(back);
  CHECK(back.value->tokens.back().description.nl.empty());  // left behind by the link
  RestoreTokenTexts(content, *back.value);
  CHECK(SameTokens(*back.value, sketch));
}
