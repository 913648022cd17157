// SPDX-License-Identifier: EUPL-1.2
// Recording a story line by doing it, through the real input path: "● Opnemen" in Schetsen,
// three drags (each a step), a caption typed for the last, "Stop en bewaar" with a name; the
// story line is then a file in the stories folder, listed in Schetsen, and played while
// presenting it goes through exactly the boards the drags left. One's own story line's caption
// is edited, a step taken out, it is removed to the bin; opening another board mid-recording
// keeps what was recorded.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "core/model/story_file.h"
#include "harness.h"
#include "ui/session/story_recording.h"

namespace fs = std::filesystem;
using namespace pps;
using pps::test::FreshFolder;
using pps::test::Harness;

namespace {

// Drags token `id` a third of the way to the board's middle: one settled change.
void Nudge(Harness& h, const std::string& id) {
  const Token& t = h.TokenOf(id);
  h.Drag(h.ChipCentre(id), h.Screen({t.position.formal * 0.66, t.position.outside * 0.66}));
}

bool Holds(const Harness& h, const std::vector<Token>& tokens) {
  const std::vector<Token>& now = h.state.board.Current().tokens;
  return now.size() == tokens.size() &&
         std::all_of(tokens.begin(), tokens.end(), [&](const Token& t) {
           const Token* there = FindToken(h.state.board.Current(), t.id);
           return there && SameToken(*there, t);
         });
}

void Gallery(Harness& h) {
  if (!h.state.gallery.open) h.Click(h.Text(Str::Sketches));
}

}  // namespace

TEST_CASE("a story line recorded with three drags plays back through the same boards", "[story]") {
  Harness h{ImVec2(1280, 1100)};
  const fs::path folder = FreshFolder("record");
  h.state.gallery.stories_folder = folder.string();
  h.OpenCase("civ-water");
  const std::size_t shipped = h.state.content.stories.size();
  std::vector<std::vector<Token>> boards = {h.sketch().tokens};

  Gallery(h);
  h.Click("##record");
  REQUIRE(h.state.recorder.on);
  h.Click(h.Text(Str::Done));  // the gallery closed: the board's work goes on
  REQUIRE(h.Shows("##record_stop"));
  const std::vector<std::string> ids = {h.sketch().tokens[0].id, h.sketch().tokens[1].id,
                                        h.sketch().tokens[2].id};
  for (const std::string& id : ids) {
    Nudge(h, id);
    boards.push_back(h.sketch().tokens);
  }
  CHECK(h.state.recorder.recording.steps.size() == 3);
  // Written after every step: a quit or a crash now leaves it among one's story lines.
  const std::string so_far = h.state.recorder.file;
  REQUIRE(fs::exists(so_far));
  const Loaded<Story> written = LoadStory(so_far, h.state.content.library, h.state.content.cases);
  REQUIRE(written);
  CHECK(written.value->steps.size() == 3);
  h.Click("##record_caption");
  h.TypeInEntry("De derde stap");
  h.Click("##record_stop");
  h.TypeInEntry("Water opgenomen");
  CHECK_FALSE(h.state.recorder.on);

  // Kept as a file, listed after the shipped ones.
  REQUIRE(h.state.content.stories.size() == shipped + 1);
  const Story& story = h.state.content.stories.back();
  CHECK(story.name.nl == "Water opgenomen");
  CHECK(story.steps.back().caption.nl == "De derde stap");
  REQUIRE(fs::exists(story.file));
  CHECK(fs::path(story.file).parent_path() == folder);
  CHECK_FALSE(fs::exists(so_far));  // named anew: the file of what was written so far goes
  const Loaded<Story> read = LoadStory(story.file, h.state.content.library, h.state.content.cases);
  INFO(read.error);
  REQUIRE(read);
  CHECK(read.value->steps.size() == 3);

  // Played from Schetsen while presenting: each step the board a drag left.
  Gallery(h);
  h.Reach("##story" + std::to_string(shipped));
  h.Click("##story" + std::to_string(shipped));
  h.Key(Key::F5);
  REQUIRE(h.state.presentation.on);
  CHECK(Holds(h, boards[0]));
  for (std::size_t k = 1; k <= 3; ++k) {
    h.Key(Key::PageDown);
    CHECK(Holds(h, boards[k]));
  }
  for (std::size_t k = 3; k-- > 0;) {
    h.Key(Key::PageUp);
    CHECK(Holds(h, boards[k]));
  }
}

TEST_CASE("one's own story line: a caption edited, a step taken out, removed to the bin",
          "[story]") {
  Harness h{ImVec2(1280, 1100)};
  const fs::path folder = FreshFolder("edit");
  h.state.gallery.stories_folder = folder.string();
  h.OpenCase("civil");
  Gallery(h);
  h.Click("##record");
  const std::string a = h.sketch().tokens[0].id, b = h.sketch().tokens[1].id;
  Nudge(h, a);
  const std::vector<Token> after_a = h.sketch().tokens;
  Nudge(h, b);
  const std::vector<Token> after_b = h.sketch().tokens;
  Gallery(h);
  h.Click("##record_stop");
  h.TypeInEntry("Twee stappen");
  const std::size_t i = h.state.content.stories.size() - 1;
  const std::string file = h.state.content.stories[i].file;

  h.Reach("##edit_story" + std::to_string(i));
  h.Click("##edit_story" + std::to_string(i));
  REQUIRE(h.Shows("##story_caption" + std::to_string(i) + "_1"));
  h.Reach("##story_caption" + std::to_string(i) + "_1");
  h.Click("##story_caption" + std::to_string(i) + "_1");
  h.TypeInEntry("Eerst deze");
  CHECK(h.state.content.stories[i].steps[0].caption.nl == "Eerst deze");
  // Written back: the file says so too.
  const Loaded<Story> edited = LoadStory(file, h.state.content.library, h.state.content.cases);
  REQUIRE(edited);
  CHECK(edited.value->steps[0].caption.nl == "Eerst deze");

  // The first step taken out: the story goes from its start straight to the board after both.
  h.Reach("##story_step_remove" + std::to_string(i) + "_1");
  h.Click("##story_step_remove" + std::to_string(i) + "_1");
  REQUIRE(h.state.content.stories[i].steps.size() == 1);
  const Story& one = h.state.content.stories[i];
  const Sketch end = StoryBoard(one, 1);
  CHECK(std::all_of(after_b.begin(), after_b.end(), [&](const Token& t) {
    const Token* there = FindToken(end, t.id);
    return there && SameToken(*there, t);
  }));
  CHECK_FALSE(h.Shows("##story_step_remove" + std::to_string(i) + "_2"));
  // The last step stays: a story line has one at least.
  h.Reach("##story_step_remove" + std::to_string(i) + "_1");
  h.Click("##story_step_remove" + std::to_string(i) + "_1");
  CHECK(h.state.content.stories[i].steps.size() == 1);

  // Removed: off the list, its file in the folder's bin.
  h.Reach("##remove_story" + std::to_string(i));
  h.Click("##remove_story" + std::to_string(i));
  CHECK(h.state.content.stories.size() == i);
  CHECK_FALSE(fs::exists(file));
  CHECK(fs::exists(folder / "bin" / fs::path(file).filename()));
}

TEST_CASE("another board opened mid-recording keeps what was recorded", "[story]") {
  Harness h{ImVec2(1280, 1100)};
  const fs::path folder = FreshFolder("keep");
  h.state.gallery.stories_folder = folder.string();
  h.OpenCase("beyond");
  Gallery(h);
  h.Click("##record");
  h.Click(h.Text(Str::Done));
  Nudge(h, h.sketch().tokens[0].id);
  const std::size_t before = h.state.content.stories.size();
  h.OpenCase("civil");
  CHECK_FALSE(h.state.recorder.on);
  REQUIRE(h.state.content.stories.size() == before + 1);
  CHECK(fs::exists(h.state.content.stories.back().file));
  CHECK(h.state.content.stories.back().steps.size() == 1);
}

TEST_CASE("a recording with no step keeps nothing, and says so", "[story]") {
  Harness h{ImVec2(1280, 1100)};
  h.state.gallery.stories_folder = FreshFolder("none").string();
  Gallery(h);
  const std::size_t before = h.state.content.stories.size();
  h.Click("##record");
  h.Click("##record_stop");
  h.TypeInEntry("Leeg");
  CHECK_FALSE(h.state.recorder.on);
  CHECK(h.state.content.stories.size() == before);
}

TEST_CASE("one's own story lines come back at the next start", "[story]") {
  const fs::path folder = FreshFolder("restart");
  std::vector<std::vector<Token>> boards;
  std::size_t shipped = 0;
  {
    Harness h{ImVec2(1280, 1100)};
    h.state.gallery.stories_folder = folder.string();
    h.OpenCase("horticampus-westland");
    shipped = h.state.content.stories.size();
    boards.push_back(h.sketch().tokens);
    Gallery(h);
    h.Click("##record");
    h.Click(h.Text(Str::Done));
    Nudge(h, h.sketch().tokens[0].id);
    boards.push_back(h.sketch().tokens);
    // Quit without stopping: what was written so far is what comes back.
  }
  Harness h{ImVec2(1280, 1100)};
  h.state.gallery.stories_folder = folder.string();
  LoadOwnStories(h.state);
  REQUIRE(h.state.content.stories.size() == shipped + 1);
  const Story& story = h.state.content.stories.back();
  CHECK_FALSE(story.file.empty());
  CHECK_FALSE(story.name.nl.empty());
  REQUIRE(story.steps.size() == 1);
  for (std::size_t k = 0; k < boards.size(); ++k) {
    Sketch board;
    board.tokens = boards[k];
    CHECK(SameTokens(StoryBoard(story, k), board));
  }
}

TEST_CASE("a story line recorded on an unnamed board and kept without a name gets one", "[story]") {
  Harness h{ImVec2(1280, 1100)};
  h.state.gallery.stories_folder = FreshFolder("unnamed").string();
  h.state.board.SetSketchText({}, {});  // as a sketch file without a name opens
  h.Settle();
  REQUIRE(h.sketch().name.nl.empty());
  Gallery(h);
  h.Click("##record");
  h.Click(h.Text(Str::Done));
  h.Click(h.Text(Str::AddActivity));
  const std::string first = h.state.content.library.front().token.id;
  h.Reach(first);
  h.Click(first);
  REQUIRE(h.state.recorder.recording.steps.size() == 1);
  h.Click("##record_stop");
  h.TypeInEntry("");
  CHECK_FALSE(h.state.recorder.on);
  const Story& story = h.state.content.stories.back();
  CHECK(story.name.nl.rfind(h.Text(Str::StoryLine), 0) == 0);
  CHECK(LoadStory(story.file, h.state.content.library, h.state.content.cases));
}
