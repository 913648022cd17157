// SPDX-License-Identifier: EUPL-1.2
// Every input has a limit, and going past it is a clear error that names the limit, never a
// crash, a hang or a message too long to show. Each case reproduces a hole found in a probe.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/io/json_read.h"
#include "core/model/model_file.h"
#include "core/model/sketch_file.h"
#include "test_support.h"

using namespace pps;
using pps::test::WriteTemp;

namespace {

std::string SketchError(const std::string& text) {
  const Loaded<Sketch> loaded = LoadSketch(WriteTemp("limits.json", text));
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error.size() <= kMaxErrorBytes + 3);
  return loaded.error;
}

std::string Tokens(int count, const std::string& label = "a") {
  std::string tokens;
  for (int i = 0; i < count; ++i)
    tokens += std::string(i ? "," : "") + "{\"id\":\"t" + std::to_string(i) + "\",\"label\":\"" +
              label + "\",\"formal\":0,\"outside\":0}";
  return "{\"format\":\"pps-canvas/sketch\",\"version\":1,\"tokens\":[" + tokens + "]}";
}

}  // namespace

TEST_CASE("a long value in a bad file gives a short error that names the limit") {
  // 20 KB in "format" once made the sidebar abort ImGui ("Too many vertices").
  std::string error =
      SketchError("{\"format\":\"" + std::string(20000, 'x') + "\",\"version\":1,\"tokens\":[]}");
  CHECK_THAT(error, Catch::Contains("/format") && Catch::Contains("at most 4000"));
  CHECK(error.size() < 200);
  // Within that limit but wrong, it is quoted cut short, with an ellipsis.
  error =
      SketchError("{\"format\":\"" + std::string(3000, 'x') + "\",\"version\":1,\"tokens\":[]}");
  CHECK_THAT(error, Catch::Contains("/format") && Catch::Contains("\xE2\x80\xA6"));
  CHECK(error.size() < 200);
  // So is a number too long to read.
  error = SketchError("{\"format\":\"pps-canvas/sketch\",\"version\":1" + std::string(30000, '1') +
                      ",\"tokens\":[]}");
  CHECK(error.size() < 300);
}

TEST_CASE("a bad token quotes its kind and size, not the whole token") {
  const std::string error =
      SketchError("{\"format\":\"pps-canvas/sketch\",\"version\":1,\"tokens\":[[\"" +
                  std::string(3000, 'x') + "\"]]}");
  CHECK_THAT(error, Catch::Contains("/tokens/0") && Catch::Contains("an array of 1 items"));
}

TEST_CASE("deep nesting is an error, not a stack overflow") {
  // 58,000 levels inside "tokens" once crashed the app and --classify (SIGSEGV).
  const std::string deep = std::string(58000, '[') + std::string(58000, ']');
  const std::string error =
      SketchError("{\"format\":\"pps-canvas/sketch\",\"version\":1,\"tokens\":" + deep + "}");
  CHECK_THAT(error, Catch::Contains("nested more than 64 levels"));
  // Just within the limit is still read (and then found wrong for what it is).
  const std::string ok = std::string(kMaxDepth - 1, '[') + std::string(kMaxDepth - 1, ']');
  CHECK_THAT(SketchError("{\"format\":\"pps-canvas/sketch\",\"version\":1,\"tokens\":" + ok + "}"),
             !Catch::Contains("nested"));
}

TEST_CASE("only regular files are read: a device, a folder and a FIFO are refused at once") {
  CHECK_THAT(LoadSketch("/dev/zero").error, Catch::Contains("is not a regular file"));
  CHECK_THAT(LoadSketch("/tmp").error, Catch::Contains("is not a regular file"));
  const std::string fifo = (std::filesystem::temp_directory_path() / "pps-limits-fifo").string();
  std::filesystem::remove(fifo);
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THAT(LoadSketch(fifo).error, Catch::Contains("is not a regular file"));  // no hang
  std::filesystem::remove(fifo);
}

TEST_CASE("a file over the size limit is refused before it is read") {
  const std::string path = WriteTemp("huge.json", "{}");
  std::filesystem::resize_file(path, kMaxFileBytes + 1);  // sparse: nothing is written
  CHECK_THAT(LoadSketch(path).error, Catch::Contains("files over 16 MB are not read"));
  // Its own size to a tenth, rounded up: never "16 MB" for a file that is over 16 MB.
  CHECK_THAT(LoadSketch(path).error, Catch::Contains("is 16.1 MB"));
  std::filesystem::resize_file(path, static_cast<std::size_t>(16.46 * (1 << 20)));
  CHECK_THAT(LoadSketch(path).error, Catch::Contains("is 16.5 MB"));
}

TEST_CASE("a sketch has at most 10000 tokens") {
  CHECK(LoadSketch(WriteTemp("max.json", Tokens(static_cast<int>(kMaxTokens)))));
  CHECK_THAT(SketchError(Tokens(static_cast<int>(kMaxTokens) + 1)),
             Catch::Contains("/tokens") && Catch::Contains("at most 10000"));
}

TEST_CASE("labels and texts have a length limit") {
  CHECK_THAT(SketchError(Tokens(1, std::string(kMaxLabelBytes + 1, 'a'))),
             Catch::Contains("/tokens/0/label") && Catch::Contains("at most 200"));
  CHECK(LoadSketch(WriteTemp("label.json", Tokens(1, std::string(kMaxLabelBytes, 'a')))));
}

TEST_CASE("Cut never splits a UTF-8 character") {
  const std::string e_acute = "\xC3\xA9";  // é, two bytes
  std::string text;
  for (int i = 0; i < 10; ++i) text += e_acute;
  const std::string cut = Cut(text, 5);
  CHECK(cut == e_acute + e_acute + "\xE2\x80\xA6");
  CHECK(Cut("short", 5) == "short");
}
