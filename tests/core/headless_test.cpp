// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/cli/headless.h"
#include "core/cli/options.h"
#include "core/cli/version.h"
#include "test_support.h"

using namespace pps;
using nlohmann::json;

namespace {

struct Run {
  int code;
  std::string out, err;
};

Run RunCli(const std::vector<std::string>& args) {
  static const Content content = LoadContent(PPS_DATA_DIR);
  const ParsedOptions parsed = ParseOptions(args);
  REQUIRE(parsed.error.empty());
  std::ostringstream out, err;
  const int code = RunHeadless(parsed.options, content, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("list-cases as JSON lists nine cases, each computed as published") {
  const Run run = RunCli({"--list-cases", "--json"});
  REQUIRE(run.code == 0);
  const json list = json::parse(run.out);
  REQUIRE(list.size() == 9);
  for (const json& c : list) {
    INFO(c.dump());
    CHECK(c["computed_type"] == c["published_type"]);
    CHECK(c["tokens"].get<int>() >= 3);
    CHECK(c["zwaartepunt"].size() == 2);
    CHECK(c["name"].is_string());
  }
  CHECK(list[0]["id"] == "zorgboulevard-roosendaal");
}

TEST_CASE("classify a case id gives the full classification") {
  const Run run = RunCli({"--classify", "civ-water", "--json"});
  REQUIRE(run.code == 0);
  const json r = json::parse(run.out);
  CHECK(r["type"] == "opleider");
  CHECK(r["grensgeval"] == false);
  CHECK(r["neighbours"].empty());
  double total = 0.0;
  for (const auto& [type, share] : r["shares"].items()) total += share.get<double>();
  CHECK(total == Approx(1.0).margin(0.001));
  CHECK(r["spread"].get<double>() > 0.0);
  CHECK(r["nearest_case"].is_string());
  CHECK(r["nearest_case"] != "civ-water");
  // The model's reading of it, in words: the sidebar says the same.
  CHECK(r["stability"] == (r["axis_distance"].get<double>() > 0.35   ? "firm"
                           : r["axis_distance"].get<double>() > 0.15 ? "moderate"
                                                                     : "fragile"));
  CHECK(r["quadrants_in_use"].get<int>() >= 1);
  CHECK(r["spread_wide"] == (r["quadrants_in_use"].get<int>() >= 2));
}

TEST_CASE("classify a file: an empty board has type null") {
  const std::string path = test::WriteTemp(
      "empty.json", R"({"format": "pps-canvas/sketch", "version": 1, "tokens": []})");
  const Run run = RunCli({"--classify", path, "--json"});
  REQUIRE(run.code == 0);
  const json r = json::parse(run.out);
  CHECK(r["type"].is_null());
  CHECK(r["nearest_case"].is_null());
}

TEST_CASE("classify a grensgeval names its neighbours") {
  const std::string path =
      test::WriteTemp("border.json", R"({"format": "pps-canvas/sketch", "version": 1,
      "tokens": [{"id": "a", "label": "x", "formal": 0.05, "outside": 0.6}]})");
  const json r = json::parse(RunCli({"--classify", path, "--json"}).out);
  CHECK(r["type"] == "ondernemer");
  CHECK(r["grensgeval"] == true);
  CHECK(r["neighbours"] == json::array({"katalysator"}));
}

TEST_CASE("classify bad input fails with a message naming it") {
  Run run = RunCli({"--classify", "no-such-case"});
  CHECK(run.code != 0);
  CHECK_THAT(run.err, Catch::Contains("no-such-case") && Catch::Contains("cannot be opened"));
  const std::string path = test::WriteTemp("bad.json", "{\"format\": \"pps-canvas/sketch\",");
  run = RunCli({"--classify", path});
  CHECK(run.code != 0);
  CHECK_THAT(run.err, Catch::Contains(path) && Catch::Contains("line 1"));
}

TEST_CASE("classify of a device or a FIFO fails at once with a message, not a crash or a hang") {
  const Run run = RunCli({"--classify", "/dev/zero"});
  CHECK(run.code == 1);
  CHECK_THAT(run.err, Catch::Contains("/dev/zero") && Catch::Contains("not a regular file"));
}

TEST_CASE("classify without json prints a readable summary") {
  const Run run = RunCli({"--classify", "beyond"});
  REQUIRE(run.code == 0);
  CHECK_THAT(run.out, Catch::Contains("type:        ondernemer"));
}

TEST_CASE("wrong arguments are errors that name them") {
  CHECK_THAT(ParseOptions({"--bogus"}).error, Catch::Contains("--bogus"));
  CHECK_THAT(ParseOptions({"--classify"}).error, Catch::Contains("--classify needs a value"));
  CHECK_THAT(ParseOptions({"--size", "big"}).error, Catch::Contains("--size big"));
  CHECK_THAT(ParseOptions({"--lang", "de"}).error, Catch::Contains("--lang de"));
  CHECK_THAT(ParseOptions({"--frames", "0"}).error, Catch::Contains("--frames 0"));
  CHECK_THAT(ParseOptions({"--frames", "3x"}).error, Catch::Contains("--frames 3x"));
  const ParsedOptions ok =
      ParseOptions({"--size", "800x600", "--lang", "en", "--open", "civil", "--frames", "2"});
  CHECK(ok.error.empty());
  CHECK(ok.options.width == 800);
  CHECK(ok.options.language == Language::English);
  CHECK(ok.options.open == "civil");
  CHECK(ok.options.frames == 2);
  CHECK(ParseOptions({"--frame-log", "f.txt"}).options.frame_log == "f.txt");
  CHECK_THAT(ParseOptions({"--frame-log"}).error, Catch::Contains("--frame-log needs a value"));
}

TEST_CASE("aim a case at another type: one move, and the result is that type, firmly") {
  const Run run = RunCli({"--classify", "civ-water", "--aim", "ondernemer", "--json"});
  REQUIRE(run.code == 0);
  const json r = json::parse(run.out);
  CHECK(r["target"] == "ondernemer");
  CHECK(r["stable_margin"] == 0.15);
  CHECK(r["before"]["type"] == "opleider");
  REQUIRE((r["status"] == "one_change" || r["status"] == "two_changes"));
  CHECK(r["one_change_enough"] == (r["status"] == "one_change"));
  REQUIRE(r["changes"].size() >= 1);
  for (const json& c : r["changes"]) {
    INFO(c.dump());
    CHECK((c["kind"] == "move" || c["kind"] == "add"));
    CHECK(c["label"].is_string());
    if (c["kind"] == "move") CHECK(c["to"].size() == 2);
  }
  CHECK(r["after"]["type"] == "ondernemer");
  CHECK(r["after"]["grensgeval"] == false);
  CHECK(r["after"]["stability"] != "fragile");
}

TEST_CASE("aim, readable: a plan, or that none is needed, or that one change cannot do it") {
  Run run = RunCli({"--classify", "beyond", "--aim", "katalysator"});
  REQUIRE(run.code == 0);
  CHECK_THAT(run.out,
             Catch::Contains("now:   ondernemer") && Catch::Contains("aim:   katalysator"));
  CHECK_THAT(run.out, Catch::Contains("move \"") || Catch::Contains("add \""));
  CHECK_THAT(run.out, Catch::Contains("after: katalysator,"));
  run = RunCli({"--classify", "beyond", "--aim", "ondernemer"});
  CHECK_THAT(run.out, Catch::Contains("plan:  none needed"));
  // Heavy tokens deep in Ontwikkelaar: out of reach of one or two changes; four moves.
  std::string tokens;
  for (int i = 0; i < 6; ++i)
    tokens += std::string(i ? "," : "") + R"({"id": "t)" + std::to_string(i) +
              R"(", "label": "x", "formal": -0.8, "outside": -0.8, "weight": 3})";
  const std::string path = test::WriteTemp(
      "deep.json", R"({"format": "pps-canvas/sketch", "version": 1, "tokens": [)" + tokens + "]}");
  run = RunCli({"--classify", path, "--aim", "ondernemer"});
  REQUIRE(run.code == 0);
  CHECK_THAT(run.out, Catch::Contains("cannot be done in one or two changes; 4 changes:"));
  CHECK_THAT(run.out, Catch::Contains("after: ondernemer,"));
  const json r = json::parse(RunCli({"--classify", path, "--aim", "ondernemer", "--json"}).out);
  CHECK(r["status"] == "more_changes");
  CHECK(r["one_change_enough"] == false);
  CHECK(r["changes"].size() == 4);
  CHECK(r["after"]["type"] == "ondernemer");
}

TEST_CASE("aim arguments: a type id, and a sketch to aim") {
  const ParsedOptions ok = ParseOptions({"--classify", "civil", "--aim", "opleider"});
  REQUIRE(ok.error.empty());
  CHECK(ok.options.aim == PpsType::Opleider);
  CHECK_FALSE(ParseOptions({"--classify", "civil"}).options.aim.has_value());
  CHECK_THAT(ParseOptions({"--classify", "civil", "--aim", "trainer"}).error,
             Catch::Contains("--aim trainer") && Catch::Contains("ondernemer"));
  CHECK_THAT(ParseOptions({"--aim", "opleider"}).error, Catch::Contains("--aim needs --classify"));
  CHECK_THAT(ParseOptions({"--classify", "civil", "--aim"}).error,
             Catch::Contains("--aim needs a value"));
}

TEST_CASE("touch-table options: the tuio address and port; the scale; kiosk") {
  const ParsedOptions bare = ParseOptions({"--tuio", "--kiosk"});
  REQUIRE(bare.error.empty());
  CHECK(bare.options.tuio_host == "127.0.0.1");
  CHECK(bare.options.tuio_port == kDefaultTuioPort);
  CHECK(bare.options.kiosk);
  CHECK(bare.options.fullscreen);
  const ParsedOptions port = ParseOptions({"--tuio", "3400", "--scale", "1.5"});
  REQUIRE(port.error.empty());
  CHECK(port.options.tuio_host == "127.0.0.1");
  CHECK(port.options.tuio_port == 3400);
  CHECK(port.options.scale == 1.5f);
  const ParsedOptions host = ParseOptions({"--tuio", "0.0.0.0:3333"});
  REQUIRE(host.error.empty());
  CHECK(host.options.tuio_host == "0.0.0.0");
  CHECK(host.options.tuio_port == 3333);
  CHECK(ParseOptions({}).options.tuio_port == 0);
  CHECK_THAT(ParseOptions({"--tuio", "70000"}).error, Catch::Contains("--tuio 70000"));
  CHECK_THAT(ParseOptions({"--tuio", ":12"}).error, Catch::Contains("--tuio :12"));
  CHECK_THAT(ParseOptions({"--scale", "9"}).error, Catch::Contains("--scale 9"));
  CHECK_THAT(ParseOptions({"--scale", "x"}).error, Catch::Contains("--scale x"));
}

TEST_CASE("help lists every option") {
  const std::string help = HelpText();
  for (const char* option :
       {"--open", "--lang", "--size", "--fullscreen", "--screenshot", "--list-cases", "--classify",
        "--json", "--data", "--help", "--save-on-exit", "--frames", "--kiosk", "--scale", "--tuio",
        "--frame-log", "--aim", "--whole-frames"})
    CHECK_THAT(help, Catch::Contains(option));
  CHECK(ParseOptions({"--whole-frames"}).options.whole_frames);
  CHECK_FALSE(ParseOptions({}).options.whole_frames);  // by default only what changed
}

TEST_CASE("the option --tuio takes a following word as its address, never as the file to open") {
  const ParsedOptions word = ParseOptions({"--tuio", "abc"});
  CHECK_THAT(word.error, Catch::Contains("--tuio abc"));
  CHECK(word.options.open.empty());
  CHECK_THAT(ParseOptions({"--tuio", "board.json"}).error, Catch::Contains("--tuio board.json"));
  CHECK_THAT(ParseOptions({"--tuio", ""}).error, Catch::Contains("--tuio"));
  const ParsedOptions named = ParseOptions({"--tuio", "localhost:3400", "board.json"});
  REQUIRE(named.error.empty());
  CHECK(named.options.tuio_host == "localhost");
  CHECK(named.options.tuio_port == 3400);
  CHECK(named.options.open == "board.json");
  const ParsedOptions last = ParseOptions({"board.json", "--tuio"});
  REQUIRE(last.error.empty());
  CHECK(last.options.tuio_port == kDefaultTuioPort);
}

TEST_CASE("the option --size is at most what a machine can draw: 8192 px each way") {
  const ParsedOptions eight_k = ParseOptions({"--size", "8192x8192"});
  REQUIRE(eight_k.error.empty());
  CHECK(eight_k.options.width == 8192);
  CHECK_THAT(ParseOptions({"--size", "16384x16384"}).error,
             Catch::Contains("--size 16384x16384") && Catch::Contains("8192x8192"));
  CHECK_FALSE(ParseOptions({"--size", "8193x800"}).error.empty());
  CHECK_FALSE(ParseOptions({"--size", "1280x8193"}).error.empty());
}

TEST_CASE("a file to write needs a name before its extension") {
  for (const char* option : {"--export", "--screenshot", "--save-on-exit", "--frame-log"}) {
    INFO(option);
    const std::string hidden = ParseOptions({option, ".md", "--open", "civil"}).error;
    CHECK_THAT(hidden, Catch::Contains(std::string(option) + " .md") &&
                           Catch::Contains("only an extension"));
    const std::string in_folder = (test::TempDir() / ".png").string();
    CHECK_FALSE(ParseOptions({option, in_folder, "--open", "civil"}).error.empty());
  }
  CHECK(ParseOptions({"--export", "a.md", "--open", "civil"}).error.empty());
  CHECK(ParseOptions({"--save-on-exit", "noextension"}).error.empty());
}

TEST_CASE("a file written later is checked at start: its folder must exist and be writable") {
  std::filesystem::create_directories(test::TempDir());
  const std::string missing = (test::TempDir() / "no-such-folder" / "saved.json").string();
  const std::string file = test::WriteTemp("plain-file", "x");
  for (const char* option : {"--save-on-exit", "--frame-log", "--status-file", "--dump-layout"}) {
    INFO(option);
    const std::string no_folder = ParseOptions({option, missing}).error;
    CHECK_THAT(no_folder, Catch::Contains(std::string(option) + " " + missing) &&
                              Catch::Contains("does not exist"));
    CHECK_THAT(ParseOptions({option, file + "/saved.json"}).error,
               Catch::Contains(file + "/saved.json"));  // a file is no folder
    const std::string folder = test::TempDir().string();
    CHECK_THAT(ParseOptions({option, folder}).error,
               Catch::Contains(folder) && Catch::Contains("is a folder"));
    CHECK(ParseOptions({option, (test::TempDir() / "out.txt").string()}).error.empty());
    CHECK(ParseOptions({option, "relative.txt"}).error.empty());  // in the working folder
  }
}

TEST_CASE("a script's files: --status-file and --dump-layout, which may print instead") {
  const ParsedOptions both =
      ParseOptions({"--status-file", "status.txt", "--dump-layout", "layout.txt"});
  REQUIRE(both.error.empty());
  CHECK(both.options.status_file == "status.txt");
  CHECK(both.options.dump_layout == "layout.txt");
  const ParsedOptions printed = ParseOptions({"--dump-layout", "-", "--open", "civil"});
  REQUIRE(printed.error.empty());
  CHECK(printed.options.dump_layout == "-");
  CHECK(printed.options.open == "civil");
  CHECK_THAT(ParseOptions({"--status-file"}).error, Catch::Contains("--status-file needs a value"));
  CHECK_THAT(ParseOptions({"--dump-layout", ".txt"}).error, Catch::Contains("only an extension"));
  CHECK(ParseOptions({}).options.status_file.empty());
  CHECK(ParseOptions({}).options.dump_layout.empty());
}

TEST_CASE("version: --version names the app's version and each data file's") {
  REQUIRE(ParseOptions({"--version"}).options.version);
  const std::string text = VersionText(PPS_DATA_DIR);
  CHECK(text.rfind(std::string("pps-canvas ") + AppVersion() + "\n", 0) == 0);
  CHECK_THAT(text, Catch::Contains("model 1, guidance 3, library 1, strings 1)"));
  CHECK_THAT(VersionText(""), Catch::Contains("data: not found"));
  CHECK_THAT(VersionText("/nonexistent"), Catch::Contains("model unreadable"));
}
