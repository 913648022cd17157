// SPDX-License-Identifier: EUPL-1.2
// The gallery of one's own sketches and the board's own file, through the real input path: the
// buttons are clicked, names typed as key and character events into the text entry.

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "core/files/sketch_store.h"
#include "core/model/sketch_file.h"
#include "harness.h"
#include "ui/panels/text_entry.h"
#include "ui/session/board_autosave.h"
#include "ui/session/sketch_file_sync.h"

namespace fs = std::filesystem;
using namespace pps;
using pps::test::FreshFolder;
using pps::test::Harness;

namespace {

// The cards' names as they stand on screen, top to bottom, gaps left out.
std::vector<std::string> Names(const Harness& h) {
  std::vector<std::string> names;
  for (const GallerySlot& slot : h.state.gallery.cards)
    if (slot.index >= 0) names.push_back(slot.name);
  return names;
}

// The same as read from the folder: the newest first.
std::vector<std::string> Listed(const Harness& h) {
  std::vector<std::string> names;
  for (const SavedSketch& s : h.state.gallery.listing.sketches) names.push_back(s.name);
  return names;
}

// Saves the board as `name` with the gallery's button; the gallery is open after.
void SaveAs(Harness& h, const std::string& name) {
  if (!h.state.gallery.open) h.Click(h.Text(Str::Sketches));
  h.Click(h.Text(Str::SaveAs));
  h.TypeInEntry(name);
}

// Drags the first token of the board a little towards the middle: one settled change.
void Nudge(Harness& h) {
  const Token& t = h.sketch().tokens.front();
  const ImVec2 from = h.ChipCentre(t.id);
  h.Drag(from, h.Screen({t.position.formal * 0.5, t.position.outside * 0.5}));
}

Sketch FileSketch(const std::string& path) {
  Loaded<Sketch> loaded = LoadSketch(path);
  INFO(loaded.error);
  REQUIRE(loaded);
  return *loaded.value;
}

}  // namespace

TEST_CASE("gallery: save as, the card and its type, open, copy, rename, remove and restore") {
  Harness h(ImVec2(1280, 1100));  // the bin below three cards, in view without scrolling
  const fs::path dir = FreshFolder("whole");
  h.state.gallery.folder = dir.string();
  h.OpenCase("civ-water");

  // "Schetsen" toggles the gallery in the sidebar, in place of the library.
  h.Click(h.Text(Str::AddActivity));
  REQUIRE(h.state.library_open);
  h.Click(h.Text(Str::Sketches));
  CHECK(h.state.gallery.open);
  CHECK_FALSE(h.state.library_open);
  CHECK(h.Shows(h.Text(Str::SaveAs)));

  SaveAs(h, "Mijn Water é");
  const std::string file = (dir / "mijn-water-e.json").string();
  CHECK(h.sketch().file == file);
  CHECK(h.sketch().name.nl == "Mijn Water é");
  Sketch saved = FileSketch(file);
  CHECK(saved.name.nl == "Mijn Water é");
  CHECK(SameTokens(saved, h.sketch()));
  REQUIRE(Names(h) == std::vector<std::string>{"Mijn Water é"});
  REQUIRE(h.state.gallery.types.size() == 1);
  CHECK(h.state.gallery.types[0] == PpsType::Opleider);  // CIV Water's type, on its card
  CHECK(h.Shows("Open##gopen0"));

  // A change that settles is saved to the sketch's own file.
  Nudge(h);
  CHECK(SameTokens(FileSketch(file), h.sketch()));
  CHECK_FALSE(SameTokens(FileSketch(file), saved));

  // Copy: a second card, below the one copied, which stays where it was.
  h.Click("Kopie##gdup0");
  REQUIRE(Names(h) == std::vector<std::string>{"Mijn Water é", "Mijn Water é (2)"});
  CHECK(Listed(h) == std::vector<std::string>{"Mijn Water é (2)", "Mijn Water é"});
  const std::string copy = h.state.gallery.listing.sketches[0].path;
  CHECK(SameTokens(FileSketch(copy), h.sketch()));

  // Rename the copy: the name inside its file; the file keeps its name.
  h.Click("Naam##gren1");
  h.TypeInEntry("Plan B");
  CHECK(FileSketch(copy).name.nl == "Plan B");
  CHECK(fs::exists(copy));
  CHECK(h.sketch().name.nl == "Mijn Water é");  // the board holds the other one

  // Open it from an empty board: undoable, and the board's file from then on.
  h.ClickTwice(h.Text(Str::New));
  CHECK(h.sketch().tokens.empty());
  REQUIRE(h.state.gallery.open);  // a new sketch leaves the gallery open
  const std::vector<std::string> names = Names(h);
  const std::size_t plan_b = names[0] == "Plan B" ? 0 : 1;
  REQUIRE(names[plan_b] == "Plan B");
  h.Click("Open##gopen" + std::to_string(plan_b));
  CHECK(h.sketch().name.nl == "Plan B");
  CHECK(h.sketch().file == copy);
  CHECK(SameTokens(h.sketch(), FileSketch(copy)));
  CHECK_FALSE(h.state.gallery.open);  // the sidebar says what was opened
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().tokens.empty());
  h.Click(h.Text(Str::Redo));
  CHECK(h.sketch().file == copy);

  // Remove the one on the board: it goes to the bin, and the board no longer saves there.
  h.Click(h.Text(Str::Sketches));
  const std::size_t on_board = Names(h)[0] == "Plan B" ? 0 : 1;
  h.Click("Weg##grem" + std::to_string(on_board));
  CHECK_FALSE(fs::exists(copy));
  CHECK(Names(h) == std::vector<std::string>{"Mijn Water é"});
  REQUIRE(h.state.gallery.bin.sketches.size() == 1);
  CHECK(h.state.gallery.bin.sketches[0].name == "Plan B");
  CHECK(h.sketch().file.empty());
  REQUIRE_FALSE(h.state.messages.Empty());  // and says so
  CHECK(h.state.messages.Entries().back().text == h.Text(Str::SketchBinnedOpen));
  CHECK_FALSE(h.state.messages.AnyProblem());  // news, not something that went wrong
  Nudge(h);
  CHECK_FALSE(fs::exists(copy));  // not written back

  // Restore it from the bin: the board saves to it again, the change made meanwhile included.
  h.Reach("Terugzetten##grest0");  // the message at the sidebar's foot: scrolled above it
  h.Click("Terugzetten##grest0");
  CHECK(h.state.gallery.bin.sketches.empty());
  CHECK(Names(h).size() == 2);
  CHECK(fs::exists(copy));
  CHECK(h.sketch().file == copy);
  CHECK_THAT(h.state.messages.Entries().back().text,
             Catch::StartsWith(h.Text(Str::SketchRestoredOpen)));
  h.Frame();
  CHECK(SameTokens(FileSketch(copy), h.sketch()));
}

TEST_CASE("gallery: a save with the gallery open moves its card first without reading the folder") {
  Harness h(ImVec2(1280, 1100));  // two cards in view
  const fs::path dir = FreshFolder("card");
  h.state.gallery.folder = dir.string();
  h.OpenCase("civ-water");
  SaveAs(h, "Eerste");
  h.OpenCase("horticampus-westland");
  SaveAs(h, "Tweede");
  REQUIRE(Names(h) == std::vector<std::string>{"Tweede", "Eerste"});
  h.Click("Open##gopen1");
  REQUIRE(h.sketch().name.nl == "Eerste");
  h.Click(h.Text(Str::Sketches));
  REQUIRE(Names(h) == std::vector<std::string>{"Tweede", "Eerste"});

  // A file that appears now is listed only when the folder is read again.
  REQUIRE(SaveSketch(FileSketch((dir / "tweede.json").string()), (dir / "derde.json").string())
              .empty());
  Nudge(h);
  CHECK(Listed(h) == std::vector<std::string>{"Eerste", "Tweede"});
  CHECK(Names(h) == std::vector<std::string>{"Tweede", "Eerste"});  // nothing moves on screen
  const SavedSketch& card = h.state.gallery.listing.sketches[0];
  CHECK(card.path == h.sketch().file);
  Sketch shown;
  shown.tokens = card.tokens;
  CHECK(SameTokens(shown, h.sketch()));
  CHECK(h.state.gallery.types[0] == Classify(h.state.content.model, h.sketch().tokens).type);
  CHECK(SameTokens(FileSketch(card.path), h.sketch()));
}

TEST_CASE("gallery: a sketch file changed on disk is not saved over; keep both or load theirs") {
  Harness h;
  const fs::path dir = FreshFolder("conflict");
  h.state.gallery.folder = dir.string();
  h.OpenCase("beyond");
  SaveAs(h, "Eigen");
  const std::string file = h.sketch().file;
  REQUIRE(file == (dir / "eigen.json").string());

  // Someone else writes the file between two frames.
  Sketch theirs = FileSketch(file);
  theirs.name = {"Hun versie", {}};
  theirs.tokens.pop_back();
  REQUIRE(SaveSketch(theirs, file).empty());
  CHECK_FALSE(h.Shows(h.Text(Str::KeepBoth)));

  Nudge(h);  // our change settles: not written, asked
  CHECK(FileSketch(file).name.nl == "Hun versie");
  CHECK(SameTokens(FileSketch(file), theirs));
  CHECK(h.state.gallery.conflict == file);
  REQUIRE(h.Shows(h.Text(Str::KeepBoth)));
  REQUIRE(h.Shows(h.Text(Str::LoadTheirs)));
  Nudge(h);  // nor at the next change
  CHECK(SameTokens(FileSketch(file), theirs));

  // Keep both: ours goes to "Eigen (2)" beside theirs, and is saved there from now on.
  const Sketch ours = h.sketch();
  h.Click(h.Text(Str::KeepBoth));
  CHECK_FALSE(h.Shows(h.Text(Str::KeepBoth)));
  const std::string kept = h.sketch().file;
  CHECK(kept == (dir / "eigen-2.json").string());
  CHECK(FileSketch(kept).name.nl == "Eigen (2)");
  CHECK(SameTokens(FileSketch(kept), ours));
  CHECK(SameTokens(FileSketch(file), theirs));
  Nudge(h);
  CHECK(SameTokens(FileSketch(kept), h.sketch()));

  // Changed again under us: this time load theirs; ours stays one tap away (Vorige).
  Sketch again = FileSketch(kept);
  again.tokens.resize(2);
  REQUIRE(SaveSketch(again, kept).empty());
  Nudge(h);
  const Sketch ours_again = h.sketch();
  REQUIRE(h.Shows(h.Text(Str::LoadTheirs)));
  h.Click(h.Text(Str::LoadTheirs));
  CHECK(SameTokens(h.sketch(), again));
  CHECK(h.sketch().file == kept);
  REQUIRE(h.state.board.Previous() != nullptr);
  CHECK(SameTokens(*h.state.board.Previous(), ours_again));
  CHECK_FALSE(h.Shows(h.Text(Str::LoadTheirs)));
  Nudge(h);  // theirs is ours now: saved as usual
  CHECK(SameTokens(FileSketch(kept), h.sketch()));
}

TEST_CASE("gallery: undoing 'load theirs' brings ours back but does not save it over theirs") {
  Harness h;
  const fs::path dir = FreshFolder("undo-theirs");
  h.state.gallery.folder = dir.string();
  h.OpenCase("beyond");
  SaveAs(h, "Eigen");
  const std::string file = h.sketch().file;
  Sketch theirs = FileSketch(file);
  theirs.tokens.pop_back();
  REQUIRE(SaveSketch(theirs, file).empty());
  Nudge(h);
  REQUIRE(h.Shows(h.Text(Str::LoadTheirs)));
  h.Click(h.Text(Str::LoadTheirs));
  REQUIRE(SameTokens(h.sketch(), theirs));
  h.Click(h.Text(Str::Undo));  // ours again, still linked to their file
  CHECK_FALSE(SameTokens(h.sketch(), theirs));
  CHECK(SameTokens(FileSketch(file), theirs));
  CHECK(h.state.gallery.conflict == file);
}

TEST_CASE("gallery: renaming a card whose file someone else changed does not make it ours") {
  Harness h;
  const fs::path dir = FreshFolder("rename-theirs");
  h.state.gallery.folder = dir.string();
  h.OpenCase("beyond");
  SaveAs(h, "Eigen");
  const std::string file = h.sketch().file;
  Sketch theirs = FileSketch(file);
  theirs.tokens.pop_back();
  REQUIRE(SaveSketch(theirs, file).empty());
  h.state.gallery.stale = true;
  h.Settle();
  h.Click("Naam##gren0");
  h.TypeInEntry("Andere naam");
  CHECK(FileSketch(file).name.nl == "Andere naam");
  Nudge(h);  // our change: asked, not saved over their tokens
  CHECK(h.state.gallery.conflict == file);
  CHECK(SameTokens(FileSketch(file), theirs));
}

TEST_CASE("gallery: two apps on one sketch file never silently overwrite each other") {
  const fs::path dir = FreshFolder("two");
  Harness a;
  a.state.gallery.folder = dir.string();
  a.OpenCase("civil");
  SaveAs(a, "Samen");
  const std::string file = a.sketch().file;

  Harness b;
  b.state.gallery.folder = dir.string();
  b.Click(b.Text(Str::Sketches));
  b.Click("Open##gopen0");
  REQUIRE(b.sketch().file == file);

  Nudge(a);  // A saves first
  const Sketch from_a = FileSketch(file);
  CHECK(SameTokens(from_a, a.sketch()));
  Nudge(b);  // B's change would overwrite A's: B asks instead
  CHECK(SameTokens(FileSketch(file), from_a));
  CHECK(b.Shows(b.Text(Str::KeepBoth)));
}

TEST_CASE("gallery: two apps saving one sketch file at the very same moment: one saves, one asks") {
  const fs::path dir = FreshFolder("same_moment");
  Harness a, b;
  a.state.gallery.folder = b.state.gallery.folder = dir.string();
  a.OpenCase("civil");
  SaveAs(a, "Samen");
  const std::string file = a.sketch().file;
  b.Click(b.Text(Str::Sketches));  // where the question is shown
  int without_one_asking = 0;
  for (int round = 0; round < 30; ++round) {
    REQUIRE(OpenSketchFile(a.state, file).empty());
    REQUIRE(OpenSketchFile(b.state, file).empty());
    // Both boards change; their saves (the end of each app's frame) then start at one instant.
    const std::string id = a.sketch().tokens.front().id;
    REQUIRE(a.state.board.Move(id, {0.1, 0.01 * round}));
    REQUIRE(b.state.board.Move(id, {-0.1, -0.01 * round}));
    std::atomic<int> ready{0};
    const auto sync = [&](Harness& h) {
      return std::thread([&ready, &h] {
        ready.fetch_add(1);
        while (ready.load() < 2) {
        }
        SyncSketchFile(h.state);  // hands the write to the app's writer
        FinishSketchFileSave(h.state);
      });
    };
    std::thread first = sync(a), second = sync(b);
    first.join();
    second.join();
    const bool a_asks = a.state.gallery.conflict == file;
    if (a_asks == (b.state.gallery.conflict == file)) {
      ++without_one_asking;
      continue;
    }
    CHECK(SameTokens(FileSketch(file), a_asks ? b.sketch() : a.sketch()));
  }
  CHECK(without_one_asking == 0);
  a.Settle();
  b.Settle();
  CHECK(b.Shows(b.Text(Str::KeepBoth)) != a.Shows(a.Text(Str::KeepBoth)));
}

TEST_CASE("gallery: without a folder it says so and saves nothing") {
  Harness h;
  h.state.gallery.folder.clear();
  h.Click(h.Text(Str::Sketches));
  CHECK(h.state.gallery.listing.sketches.empty());
  h.Click(h.Text(Str::SaveAs));  // disabled: nothing opens
  CHECK_FALSE(h.state.entries.at[0].open);
}

TEST_CASE("gallery: the board's name and description are typed in and undone one at a time") {
  Harness h;
  h.ClickTwice(h.Text(Str::New));
  h.Click(h.Text(Str::Sketches));
  h.Click(h.Text(Str::EditSketchName));
  h.TypeInEntry("Groene daken");
  h.Click(h.Text(Str::EditSketchDescription));
  h.TypeInEntry("Met het waterschap en twee hoveniers");
  CHECK(h.sketch().name.nl == "Groene daken");
  CHECK(h.sketch().description.nl == "Met het waterschap en twee hoveniers");
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().description.nl.empty());
  CHECK(h.sketch().name.nl == "Groene daken");
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().name.nl != "Groene daken");
}

TEST_CASE("gallery: after a restart the board still saves back to its own file, and still asks") {
  const fs::path dir = FreshFolder("restart");
  const std::string autosave_path = (dir / "state" / "board.json").string();
  std::string file;
  {
    Harness h;
    h.state.gallery.folder = (dir / "sketches").string();
    BoardAutosave autosave(autosave_path, true);
    autosave.Restore(h.state);
    h.OpenCase("civ-water");
    SaveAs(h, "Water na de herstart");
    file = h.sketch().file;
    REQUIRE_FALSE(file.empty());
    autosave.Update(h.state, true);  // the app quits
  }
  {
    Harness again;
    BoardAutosave autosave(autosave_path, true);
    autosave.Restore(again.state);
    again.Settle();
    REQUIRE(again.sketch().file == file);
    Nudge(again);
    CHECK(again.state.gallery.conflict.empty());
    CHECK(SameTokens(FileSketch(file), again.sketch()));
    autosave.Update(again.state, true);
  }
  // Someone else writes the file while no app has it open: the first save after the restart
  // asks instead of writing over it.
  Sketch theirs = FileSketch(file);
  theirs.tokens.pop_back();
  REQUIRE(SaveSketch(theirs, file).empty());
  Harness third;
  BoardAutosave autosave(autosave_path, true);
  autosave.Restore(third.state);
  third.Settle();
  Nudge(third);
  CHECK(third.state.gallery.conflict == file);
  CHECK(SameTokens(FileSketch(file), theirs));
}

TEST_CASE("gallery: a sketch file deleted outside the app is said, and saved again at the next change") {
  const fs::path dir = FreshFolder("deleted");
  Harness h;
  h.state.gallery.folder = dir.string();
  h.OpenCase("civil");
  SaveAs(h, "Weg");
  const std::string file = h.sketch().file;
  fs::remove(file);
  Nudge(h);
  CHECK(SameTokens(FileSketch(file), h.sketch()));
  bool said = false;
  for (const Messages::Entry& e : h.state.messages.Entries())
    said = said || e.text.find(file + " was deleted outside") == 0;
  CHECK(said);
}

TEST_CASE("gallery: the board's own file is written off the frame; a later frame tells how it went") {
  const fs::path dir = FreshFolder("writer");
  Harness h;
  h.state.gallery.folder = dir.string();
  h.OpenCase("civil");
  SaveAs(h, "Later");
  const std::string file = h.sketch().file;
  fs::remove_all(dir);  // the next write fails: nowhere to put it
  REQUIRE(h.state.board.Move(h.sketch().tokens.front().id, {0.2, 0.2}));
  h.Frame();  // hands the write to the writer and goes on
  REQUIRE(h.state.gallery.saving);
  h.state.gallery.writer->Wait();
  CHECK(h.state.gallery.reported.empty());  // ended, but not yet taken
  CHECK_FALSE(h.app.settled);               // the loop draws on until it is
  h.Frame();
  CHECK_FALSE(h.state.gallery.saving);
  CHECK(h.state.gallery.reported.find(file) != std::string::npos);
}

TEST_CASE("gallery: Exporteer on a card copies the kept sketch into the documents folder") {
  Harness h;
  const fs::path dir = FreshFolder("export");
  const fs::path documents = FreshFolder("export-documents");
  ::setenv("XDG_DOCUMENTS_DIR", documents.c_str(), 1);
  h.state.gallery.folder = dir.string();
  h.OpenCase("civ-water");
  SaveAs(h, "Uit te delen");
  REQUIRE(h.state.gallery.listing.sketches.size() == 1);
  h.Click("##gexport0");
  ::unsetenv("XDG_DOCUMENTS_DIR");
  const fs::path copy = documents / "PPS Canvas" / "uit-te-delen.json";  // where reports go
  REQUIRE(fs::exists(copy));
  const Sketch exported = FileSketch(copy.string());
  CHECK(exported.name.nl == "Uit te delen");
  CHECK(SameTokens(exported, h.sketch()));
  // Said where it went; the kept sketch stays where it was, and the board saves to it still.
  REQUIRE_FALSE(h.state.messages.Empty());
  CHECK(h.state.messages.Entries().back().text.find(copy.string()) != std::string::npos);
  CHECK_FALSE(h.state.messages.AnyProblem());
  CHECK(h.sketch().file == h.state.gallery.listing.sketches[0].path);
}
