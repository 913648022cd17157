// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the story line parser (data/stories, and stories users keep). Any input may
// be rejected with a JsonError; anything else escaping is a crash, on purpose. A story that is
// read must also play: every step applies to the board before it, and the board after step k is
// the board before it with step k applied (a step back is exact).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/io/json_read.h"
#include "core/model/story_file.h"

namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_story: %s\n", what);
  std::abort();
}

// A library of one activity and one case study, as the seeds name them.
std::vector<pps::Activity> Library() {
  pps::Activity a;
  a.token.id = "practoraat";
  a.token.label.nl = "Practoraat";
  a.token.position = {-0.5, -0.45};
  return {a};
}

std::vector<pps::Sketch> Cases() {
  pps::Sketch c;
  c.id = "civ-water";
  for (const char* id : {"modules", "cursussen", "trainingen"}) {
    pps::Token t;
    t.id = id;
    t.label.nl = id;
    t.position = {0.5, -0.4};
    c.tokens.push_back(t);
  }
  return {c};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<pps::Activity> library = Library();
  static const std::vector<pps::Sketch> cases = Cases();
  pps::Story story;
  try {
    story = pps::StoryFromJson(pps::ParseJsonText({reinterpret_cast<const char*>(data), size}),
                               library, cases);
  } catch (const pps::JsonError&) {
    return 0;
  }
  pps::Sketch board = story.start;
  for (std::size_t k = 0; k < story.steps.size(); ++k) {
    if (!pps::ApplyStep(board, story.steps[k]).empty()) Fail("a step of a read story fails");
    if (!pps::SameTokens(board, pps::StoryBoard(story, k + 1))) Fail("the boards differ");
  }
  return 0;
}
