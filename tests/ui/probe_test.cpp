// SPDX-License-Identifier: EUPL-1.2
// What a script driving the real app from outside reads: the layout (DumpLayout: buttons by a
// stable id, the board, its axes, the tokens) and the status after each frame (shell/probe.h:
// settled, input taken, saved), against the real app's frames.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "harness.h"
#include "shell/probe.h"
#include "ui/frame/layout_dump.h"

using namespace pps;
using pps::test::Harness;
namespace fs = std::filesystem;

namespace {

// The lines of `dump` whose first word is `kind` and second `id`, split into words.
std::vector<std::string> Line(const std::string& dump, const std::string& kind,
                              const std::string& id) {
  std::istringstream lines(dump);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string word; words >> word;) w.push_back(word);
    if (w.size() >= 2 && w[0] == kind && (id.empty() || w[1] == id)) return w;
  }
  return {};
}

std::string Dump(const Harness& h) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  return DumpLayout(h.state, {display.x, display.y});
}

// A status file's words as key -> value.
std::map<std::string, std::string> ReadStatus(const std::string& path) {
  std::ifstream in(path);
  std::map<std::string, std::string> status;
  for (std::string key, value; in >> key >> value;) status[key] = value;
  return status;
}

std::string FreshFolder(const char* name) {
  const fs::path dir =
      fs::temp_directory_path() / ("pps-canvas-ui-tests-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

}  // namespace

TEST_CASE("a button's id is what follows ## in its label, else its string's key") {
  Harness h;
  CHECK(TargetId(h.state, "Zorgboulevard##case0") == "case0");
  CHECK(TargetId(h.state, "Verslag##report") == "report");
  CHECK(TargetId(h.state, "Q###key_1_0") == "key_1_0");  // "###": the id is kept as Shift changes
  CHECK(TargetId(h.state, h.Text(Str::Undo).c_str()) == "undo");
  CHECK(TargetId(h.state, h.Text(Str::AddActivity).c_str()) == "add_activity");
  CHECK(TargetId(h.state, "Nothing we know") == "Nothing_we_know");
  h.ClickTwice(h.Text(Str::OtherLanguage));  // the same ids in English
  REQUIRE(h.state.language == Language::English);
  CHECK(TargetId(h.state, h.Text(Str::AddActivity).c_str()) == "add_activity");
}

TEST_CASE("the layout dump names every button drawn, the board, its axes and the tokens") {
  Harness h;
  h.OpenCase("civ-water");
  const std::string dump = Dump(h);
  CHECK(Line(dump, "window", "") ==
        std::vector<std::string>{"window", "1280", "800", "scale", "1", "view", "upright"});
  CHECK(Line(dump, "board", "") == std::vector<std::string>{"board", "236", "78", "880", "722"});
  CHECK(Line(dump, "axes", "") ==
        std::vector<std::string>{"axes", "558", "400", "322", "0", "0", "322"});
  // Every button by id, with the rect it was drawn at.
  int buttons = 0;
  for (int i = 0; i < h.state.targets.size(); ++i) {
    const TapTarget& t = h.state.targets[static_cast<std::size_t>(i)];
    if (t.rect.max.y <= 0.0f || t.rect.min.y >= 800.0f) continue;  // scrolled out of view
    ++buttons;
    const std::vector<std::string> w = Line(dump, "button", TargetId(h.state, t.label.data()));
    INFO(t.label.data());
    REQUIRE(w.size() >= 6);
    CHECK(std::stof(w[2]) == Approx(t.rect.min.x).margin(0.06));
    CHECK(std::stof(w[5]) == Approx(t.rect.max.y).margin(0.06));
  }
  CHECK(buttons > 20);
  for (const char* id : {"new", "undo", "redo", "add_activity", "case2", "turn", "report"})
    CHECK_FALSE(Line(dump, "button", id).empty());
  // Every token where it stands, and its chip.
  for (const Token& t : h.sketch().tokens) {
    const std::vector<std::string> w = Line(dump, "token", t.id);
    INFO(t.id);
    REQUIRE(w.size() >= 8);
    CHECK(std::stof(w[2]) == Approx(h.Screen(t.position).x).margin(0.06));
    CHECK(std::stof(w[3]) == Approx(h.Screen(t.position).y).margin(0.06));
  }
}

TEST_CASE("the layout dump gives the screen's px when the view is turned") {
  Harness h;
  h.OpenCase("civ-water");
  const std::vector<std::string> upright = Line(Dump(h), "button", "case2");
  const std::vector<std::string> token = Line(Dump(h), "token", "cursussen");
  h.ClickTwice(h.Text(Str::Turn));
  REQUIRE(h.state.turned);
  const std::string dump = Dump(h);
  CHECK(Line(dump, "window", "").back() == "turned");
  const std::vector<std::string> turned = Line(dump, "button", "case2");
  REQUIRE((upright.size() >= 6 && turned.size() >= 6));
  CHECK(std::stof(turned[2]) == Approx(1280.0f - std::stof(upright[4])));
  CHECK(std::stof(turned[3]) == Approx(800.0f - std::stof(upright[5])));
  CHECK(Line(dump, "axes", "") ==
        std::vector<std::string>{"axes", "722", "400", "-322", "0", "0", "-322"});
  const std::vector<std::string> turned_token = Line(dump, "token", "cursussen");
  REQUIRE((token.size() >= 8 && turned_token.size() >= 8));
  CHECK(std::stof(turned_token[2]) == Approx(1280.0f - std::stof(token[2])));
  // A tap where the dump says the button is presses it on the turned screen.
  const ImVec2 middle((std::stof(turned[2]) + std::stof(turned[4])) * 0.5f,
                      (std::stof(turned[3]) + std::stof(turned[5])) * 0.5f);
  h.Tap(middle);
  CHECK(h.sketch().id == h.state.content.cases[2].id);
}

TEST_CASE("the status says when the app has settled, what input it took, and what is saved") {
  const std::string dir = FreshFolder("probe");
  Harness h(ImVec2(1280, 800), dir + "/state/board.json");
  Probe probe(dir + "/status.txt", dir + "/layout.txt");
  h.OpenCase("civ-water");
  const auto frame = [&] { probe.AfterFrame(h.app, 3); };
  frame();
  std::map<std::string, std::string> s = ReadStatus(dir + "/status.txt");
  CHECK(s["frame"] == "1");
  CHECK(s["settled"] == "1");
  CHECK(s["size"] == "1280x800");
  CHECK(s["exposed"] == "3");
  CHECK(s["revision"] == std::to_string(h.state.board.Revision()));
  CHECK(s["saved"] == s["revision"]);
  std::ifstream layout(dir + "/layout.txt");
  CHECK(std::string(std::istreambuf_iterator<char>(layout), {}) == Dump(h));

  // While a token is held the app has not settled, even when nothing moves.
  const ImVec2 at = h.ChipCentre("cursussen");
  h.MoveTo(at), frame();
  h.Press(at), frame();
  for (int i = 0; i < 5; ++i) h.Frame(), frame();
  s = ReadStatus(dir + "/status.txt");
  CHECK(s["settled"] == "0");
  CHECK(s["input"] == "2");
  h.MoveTo(ImVec2(at.x - 150.0f, at.y)), frame();
  h.Release(ImVec2(at.x - 150.0f, at.y)), frame();
  for (int i = 0; i < 200 && !h.app.settled; ++i) h.Frame(), frame();
  s = ReadStatus(dir + "/status.txt");
  CHECK(s["settled"] == "1");
  CHECK(s["input"] == "4");
  CHECK(s["revision"] == std::to_string(h.state.board.Revision()));
  CHECK(s["saved"] == s["revision"]);  // the drag is in the autosave

  // A key held is not settled either.
  h.queue.Push(KeyEvent(Key::Other, kModShift, true, 100.0));
  for (int i = 0; i < 3; ++i) h.Frame(), frame();
  CHECK(ReadStatus(dir + "/status.txt")["settled"] == "0");
  h.queue.Push(KeyEvent(Key::Other, kModNone, false, 100.1));
  for (int i = 0; i < 3; ++i) h.Frame(), frame();
  CHECK(ReadStatus(dir + "/status.txt")["settled"] == "1");
}

TEST_CASE("the status says the board is not saved while its autosave cannot be written") {
  const std::string dir = FreshFolder("probe-unsaved");
  {
    std::ofstream blocked(dir + "/state");  // a file where the state folder should be
  }
  Harness h(ImVec2(1280, 800), dir + "/state/board.json");
  Probe probe(dir + "/status.txt", "");
  h.OpenCase("civ-water");
  probe.AfterFrame(h.app, 1);
  std::map<std::string, std::string> s = ReadStatus(dir + "/status.txt");
  CHECK(s["settled"] == "1");
  CHECK(s["saved"] != s["revision"]);
  CHECK_FALSE(fs::exists(dir + "/layout.txt"));
}
