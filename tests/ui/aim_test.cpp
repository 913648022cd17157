// SPDX-License-Identifier: EUPL-1.2
// Aim for a type and the report, from the sidebar, through the real input path: a "Doel" button
// per type shows the plan on the board and in the sidebar, "Toepassen" applies it as one undo
// step, and "Verslag" writes the report into the documents folder.

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/model/aim.h"
#include "core/model/share_link.h"
#include "core/model/sketch_file.h"
#include "core/model/token_texts.h"
#include "core/report/report.h"
#include "core/report/report_writer.h"
#include "drawn_text.h"
#include "harness.h"
#include "ui/frame/layout.h"
#include "ui/session/report_export.h"

using namespace pps;
using pps::test::DrawnText;
using pps::test::Harness;
using pps::test::WithoutSpaces;

namespace {

// The "Doel" button of `type`: its label is the type's name, with the type's number as its id.
std::string AimButton(const Harness& h, PpsType type) {
  const TypeInfo& info = h.state.content.model.Of(type);
  return info.name.In(h.state.language) + "##aim" + std::to_string(info.number);
}

std::string Apply(const Harness& h) {
  return h.Text(Str::AimApply) + "##aim-apply";
}

// Every field of every token, so that "restored exactly" means exactly.
bool SameTokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].position.formal != b[i].position.formal ||
        a[i].position.outside != b[i].position.outside || a[i].weight != b[i].weight ||
        a[i].label.nl != b[i].label.nl || a[i].label.en != b[i].label.en || a[i].note != b[i].note)
      return false;
  }
  return true;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("aim: a Doel button shows the plan, Toepassen makes the type, one undo restores it") {
  Harness h;
  h.OpenCase("zorgboulevard-roosendaal");  // an Ontwikkelaar; one move makes it an Opleider
  const std::vector<Token> before = h.sketch().tokens;
  CHECK(h.probe.board.aim_moves == 0);
  CHECK_FALSE(h.Shows(Apply(h)));

  h.Click(AimButton(h, PpsType::Opleider));
  REQUIRE(h.state.aim.target == PpsType::Opleider);
  CHECK(h.state.aim.plan.status == AimStatus::OneChange);
  REQUIRE(h.state.aim.plan.changes.size() == 1);
  // On the board: an arrow to a ghost chip for the move; nothing changed yet.
  CHECK(h.probe.board.aim_moves == 1);
  CHECK(h.probe.board.aim_adds == 0);
  // Over the chips, where it is seen, not hidden under one (the walkthrough's Wijkleerbedrijf).
  CHECK(h.probe.board.aim_begin >= h.probe.board.over_chips_begin);
  CHECK(h.probe.board.aim_begin < h.probe.board.over_chips_end);
  CHECK(SameTokens(h.sketch().tokens, before));
  CHECK(h.Now().type == PpsType::Ontwikkelaar);

  h.Click(Apply(h));
  const Classification after = h.Now();
  CHECK(after.type == PpsType::Opleider);
  CHECK(Reaches(h.state.content.model, after, PpsType::Opleider));
  // Reached: the aim stays on, with nothing left to do.
  CHECK(h.state.aim.target == PpsType::Opleider);
  CHECK(h.state.aim.plan.status == AimStatus::Reached);
  CHECK(h.probe.board.aim_moves == 0);
  CHECK_FALSE(h.Shows(Apply(h)));

  h.Click(h.Text(Str::Undo));
  CHECK(SameTokens(h.sketch().tokens, before));
  CHECK(h.Now().type == PpsType::Ontwikkelaar);
  // ... and the plan follows the board back.
  CHECK(h.state.aim.plan.status == AimStatus::OneChange);
  CHECK(h.probe.board.aim_moves == 1);
}

TEST_CASE("aim: a plan of two changes is said so, and applied as one undo step") {
  Harness h;
  h.OpenCase("civ-water");  // an Opleider; no one change makes it an Ondernemer
  const std::vector<Token> before = h.sketch().tokens;
  h.Click(AimButton(h, PpsType::Ondernemer));
  CHECK(h.state.aim.plan.status == AimStatus::TwoChanges);
  REQUIRE(h.state.aim.plan.changes.size() == 2);
  CHECK(h.probe.board.aim_moves + h.probe.board.aim_adds == 2);
  h.Click(Apply(h));
  CHECK(h.Now().type == PpsType::Ondernemer);
  CHECK(Reaches(h.state.content.model, h.Now(), PpsType::Ondernemer));
  h.Click(h.Text(Str::Undo));  // both changes go in one step
  CHECK(SameTokens(h.sketch().tokens, before));
}

TEST_CASE("aim: the chosen type tapped again turns the aim off") {
  Harness h;
  h.OpenCase("civ-water");
  h.Click(AimButton(h, PpsType::Katalysator));
  CHECK(h.state.aim.plan.status == AimStatus::MoreChanges);
  CHECK(h.probe.board.aim_moves + h.probe.board.aim_adds >= 3);
  CHECK(h.Shows(Apply(h)));
  h.Click(AimButton(h, PpsType::Katalysator));
  CHECK_FALSE(h.state.aim.target);
  CHECK(h.probe.board.aim_moves == 0);
  CHECK(h.probe.board.aim_adds == 0);
  CHECK_FALSE(h.Shows(Apply(h)));
  // Another type in its place.
  h.Click(AimButton(h, PpsType::Ontwikkelaar));
  h.Click(AimButton(h, PpsType::Opleider));
  CHECK(h.state.aim.target == PpsType::Opleider);
  CHECK(h.state.aim.plan.status == AimStatus::Reached);
}

TEST_CASE("aim: on the empty board the plan adds an activity, drawn as a dashed + chip") {
  Harness h;
  REQUIRE(h.sketch().tokens.empty());
  h.Click(AimButton(h, PpsType::Katalysator));
  REQUIRE(h.state.aim.plan.status == AimStatus::OneChange);
  CHECK(h.probe.board.aim_adds == 1);
  h.Click(Apply(h));
  REQUIRE(h.sketch().tokens.size() == 1);
  CHECK(h.Now().type == PpsType::Katalysator);
  h.Click(h.Text(Str::Undo));
  CHECK(h.sketch().tokens.empty());
}

TEST_CASE("aim: reached, it holds while a token is dragged and says when it no longer does") {
  Harness h;
  h.OpenCase("civ-water");
  h.Click(AimButton(h, PpsType::Opleider));
  REQUIRE(h.state.aim.plan.status == AimStatus::Reached);
  // Drag the heaviest-looking token far across both axes: the plan follows every frame.
  const Token& t = h.sketch().tokens.front();
  const std::string id = t.id;
  const ImVec2 from = h.ChipCentre(id);
  h.MoveTo(from);
  h.Press(from);
  const ImVec2 to = h.Screen({-0.9, 0.9});
  for (int i = 1; i <= 10; ++i) {
    const float f = static_cast<float>(i) / 10.0f;
    h.MoveTo(ImVec2(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f));
    CHECK(h.state.aim.revision == h.state.board.Revision());  // never a frame behind
  }
  h.Release(to);
  h.Settle();
  CHECK(h.state.aim.target == PpsType::Opleider);
  const bool reached = Reaches(h.state.content.model, h.Now(), PpsType::Opleider);
  CHECK((h.state.aim.plan.status == AimStatus::Reached) == reached);
}

TEST_CASE("aim: the plan follows a drag at 60 tokens", "[aim]") {
  Harness h;
  Sketch sketch = NewSketch(h.state);
  for (int i = 0; i < 60; ++i) {
    Token t;
    t.id = "t" + std::to_string(i);
    t.label = {"Activiteit " + std::to_string(i), "Activity " + std::to_string(i)};
    // Spread over the Ontwikkelaar side, a few over the axes.
    t.position = {-0.8 + 1.1 * ((i * 37) % 60) / 60.0, -0.8 + 1.1 * ((i * 23) % 60) / 60.0};
    t.weight = 1.0 + (i % 3) * 0.5;
    sketch.tokens.push_back(t);
  }
  h.state.board.Open(sketch, nullptr);
  h.Settle();
  // A drag with the aim on plans afresh for the board as it moves: the plan is of the board's
  // last revision once the token is let go.
  const auto drag = [&](int frames) {
    const ImVec2 from = h.ChipCentre("t59");
    h.MoveTo(from);
    h.Press(from);
    for (int i = 1; i <= frames; ++i)
      h.MoveTo(ImVec2(from.x + static_cast<float>(i % 40) * 4.0f, from.y));
    h.Release(ImVec2(from.x + 40.0f, from.y));
    h.Settle();
  };
  h.Click(AimButton(h, PpsType::Ondernemer));
  REQUIRE(h.state.aim.plan.status != AimStatus::Reached);
  const std::uint64_t before = h.state.board.Revision();
  drag(120);
  CHECK(h.state.board.Revision() != before);
  CHECK(h.state.aim.revision == h.state.board.Revision());
}

namespace {

// A window that has no pixels, but notes what the report's frame drew.
struct ReportIo : FrameIo {
  int captures = 0, aim_shown = -1;
  std::string board_text;  // what the report's frame drew on the board, legend and all
  BoardRect board{};       // where it drew the board
  std::string CaptureBoard(const AppState& state, ImDrawData&, std::string&) override {
    ++captures;
    aim_shown = state.probe->board.aim_moves + state.probe->board.aim_adds;
    board_text = DrawnText("board");
    board = state.board_rect;
    return {};
  }
};

// The report files' path without extension, as the report's view in the sidebar has it.
std::string WrittenBase(const Harness& h) {
  REQUIRE(h.state.report_view.open);
  REQUIRE_FALSE(h.state.report_view.files.empty());
  return h.state.report_view.files;
}

}  // namespace

TEST_CASE("report: Verslag writes the HTML and Markdown into the documents folder and says where") {
  const std::string dir =
      (std::filesystem::temp_directory_path() / ("pps-aim-report-" + std::to_string(::getpid())))
          .string();
  std::filesystem::remove_all(dir);
  ::setenv("XDG_DOCUMENTS_DIR", dir.c_str(), 1);
  Harness h;
  ReportIo io;
  h.io = &io;
  h.OpenCase("civ-water");
  h.Click(AimButton(h, PpsType::Ondernemer));  // the aim is never in the report's picture
  REQUIRE(h.probe.board.aim_moves + h.probe.board.aim_adds == 2);
  h.Click(h.Text(Str::Report));
  // The frame after the tap drew the board plain and was read, written and never shown.
  CHECK(io.captures == 1);
  CHECK(io.aim_shown == 0);
  // The picture's legend below the board (as the screen shows it: there is room below it at
  // 1280x800): the name, the type, the day.
  CHECK(io.board.min.y == h.state.board_rect.min.y);
  CHECK(io.board.max.y == h.state.board_rect.max.y);
  CHECK(io.board_text.find("CIVWater\u00b7Opleider") != std::string::npos);
  CHECK(io.board_text.find(WithoutSpaces(DateText(std::time(nullptr), Language::Dutch))) !=
        std::string::npos);
  CHECK(h.state.report == ReportRequest::None);
  const std::string base = WrittenBase(h);
  CHECK(base.rfind(dir + "/PPS Canvas/CIV Water", 0) == 0);
  // Shown beside the board: where in words, not a path; the sketch beside the report, and in
  // the QR code's link.
  CHECK(h.state.report_view.folder_words ==
        std::filesystem::path(dir).filename().string() + " \u203a PPS Canvas");
  CHECK(h.Shows("##close_report"));
  CHECK_FALSE(h.Shows(h.Text(Str::Report)));  // the sidebar shows the report instead
  CHECK(SameTokens(*LoadSketch(base + ".json").value, h.sketch()));
  Loaded<Sketch> linked = SketchFromLink(h.state.report_view.link);
  REQUIRE(linked);
  CHECK_FALSE(SameTokens(*linked.value, h.sketch()));  // the case's texts stayed behind
  RestoreTokenTexts(h.state.content, *linked.value);   // and come back from this copy
  CHECK(SameTokens(*linked.value, h.sketch()));
  CHECK(h.state.report_view.markdown.find("Opleider") != std::string::npos);
  const std::string md = ReadAll(base + ".md"), html = ReadAll(base + ".html");
  CHECK(md.find("Opleider") != std::string::npos);
  CHECK(html.find("Opleider") != std::string::npos);
  for (const Token& t : h.sketch().tokens) {
    INFO(t.label.nl);
    CHECK(html.find(EscapeHtml(t.label.nl)) != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(base + ".png"));  // no window, no picture
  CHECK(h.state.messages.Empty());                      // nothing went wrong
  CHECK(h.probe.board.aim_moves + h.probe.board.aim_adds == 2);  // back on the board

  // A second report a moment later never writes over the first.
  h.Click("##close_report");
  CHECK_FALSE(h.state.report_view.open);
  h.Click(h.Text(Str::Report));
  CHECK(io.captures == 2);
  const std::string second = WrittenBase(h);
  CHECK(second != base);
  CHECK(std::filesystem::exists(second + ".md"));

  // A folder that cannot be made is said, and nothing is lost.
  const std::string blocker = dir + "/file";
  std::ofstream(blocker) << "x";
  ::setenv("XDG_DOCUMENTS_DIR", blocker.c_str(), 1);
  h.Click("##close_report");
  h.Click(h.Text(Str::Report));
  CHECK(io.captures == 3);
  CHECK(h.state.messages.AnyProblem());
  ::unsetenv("XDG_DOCUMENTS_DIR");
  std::filesystem::remove_all(dir);
}

TEST_CASE("report: Op USB-stick copies the report and the sketch onto a stick plugged in") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("pps-usb-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  ::setenv("XDG_DOCUMENTS_DIR", (dir / "docs").c_str(), 1);
  ::setenv("PPS_MEDIA_ROOT", (dir / "media").c_str(), 1);
  Harness h;
  ReportIo io;
  h.io = &io;
  h.OpenCase("beyond");
  h.Click(h.Text(Str::Report));
  REQUIRE(h.state.report_view.open);
  // No stick yet: the button is there, but does nothing.
  h.Click("##to_usb");
  CHECK(h.state.messages.Empty());
  // A stick as the desktop mounts one: a folder in the media folder.
  std::filesystem::create_directories(dir / "media" / "KINGSTON");
  h.Frame();
  h.Click("##to_usb");
  const std::filesystem::path on_stick = dir / "media" / "KINGSTON" / "PPS Canvas";
  const std::string name = std::filesystem::path(h.state.report_view.files).filename().string();
  for (const char* extension : {".html", ".md", ".json"})
    CHECK(std::filesystem::exists(on_stick / (name + extension)));
  CHECK(SameTokens(*LoadSketch((on_stick / (name + ".json")).string()).value, h.sketch()));
  REQUIRE_FALSE(h.state.messages.Empty());
  CHECK_FALSE(h.state.messages.AnyProblem());
  CHECK(h.state.messages.Entries().back().text.find("KINGSTON") != std::string::npos);
  ::unsetenv("XDG_DOCUMENTS_DIR");
  ::unsetenv("PPS_MEDIA_ROOT");
  std::filesystem::remove_all(dir);
}
