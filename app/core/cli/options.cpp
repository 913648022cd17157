// SPDX-License-Identifier: EUPL-1.2
#include "core/cli/options.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

namespace pps {

namespace {

// px: the largest window side. An 8K display is 7680x4320; a 16384 px square window takes 4.3 GB
// of buffers, more than a machine this app runs on can draw.
constexpr int kMaxWindowSide = 8192;

bool ParseSize(const std::string& text, int& width, int& height) {
  int w = 0, h = 0;
  char extra = 0;
  if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &extra) != 2) return false;
  if (w < 320 || h < 240 || w > kMaxWindowSide || h > kMaxWindowSide) return false;
  width = w, height = h;
  return true;
}

// [HOST:]PORT; a bare port listens on loopback only.
bool ParseAddress(const std::string& text, std::string& host, int& port) {
  const std::size_t colon = text.rfind(':');
  const std::string h = colon == std::string::npos ? "127.0.0.1" : text.substr(0, colon);
  const std::string p = colon == std::string::npos ? text : text.substr(colon + 1);
  int n = 0;
  char extra = 0;
  if (h.empty() || std::sscanf(p.c_str(), "%d%c", &n, &extra) != 1 || n < 1 || n > 65535)
    return false;
  host = h, port = n;
  return true;
}

// What is wrong with the name of a file to write: ".md" would be a hidden file nobody finds.
std::string CheckFileName(const std::string& option, const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  if (name == "." || name.find_last_of('.') != 0) return {};
  return option + " " + path + ": the name is only an extension; name the file, e.g. board" + name;
}

// What is wrong with `path` as a file written later (at exit, or while the app runs), checked at
// start so that a long run is not lost to a typo: a folder, or a folder that is missing or not
// writable. Empty when it can be.
std::string CheckWritableLater(const std::string& option, const std::string& path) {
  const std::string named = option + " " + path + ": ";
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return named + "is a folder; name a file in it";
  const std::filesystem::path file(path);
  const std::string folder = file.has_parent_path() ? file.parent_path().string() : ".";
  if (!std::filesystem::is_directory(folder, ec))
    return named + (std::filesystem::exists(folder, ec)
                        ? folder + " is not a folder"
                        : "the folder " + folder + " does not exist");
  if (access(folder.c_str(), W_OK) != 0)
    return named + "cannot write in the folder " + folder + ": " + std::strerror(errno);
  return {};
}

// Options that take no value. Returns false when `arg` is none of them.
bool ParseSwitch(const std::string& arg, Options& o) {
  if (arg == "-h" || arg == "--help") o.help = true;
  else if (arg == "--version") o.version = true;
  else if (arg == "--list-cases") o.list_cases = true;
  else if (arg == "--json") o.json = true;
  else if (arg == "--fullscreen") o.fullscreen = true;
  else if (arg == "--kiosk") o.kiosk = o.fullscreen = true;
  else if (arg == "--whole-frames") o.whole_frames = true;
  else if (arg == "--present") o.present = true;
  else return false;
  return true;
}

// Options whose value is a file, a folder or a case, taken as given (and checked at the end).
const std::pair<const char*, std::string Options::*> kTextOptions[] = {
    {"--classify", &Options::classify},       {"--open", &Options::open},
    {"--screenshot", &Options::screenshot},   {"--export", &Options::export_path},
    {"--data", &Options::data_dir},           {"--save-on-exit", &Options::save_on_exit},
    {"--frame-log", &Options::frame_log},     {"--dump-layout", &Options::dump_layout},
    {"--status-file", &Options::status_file}, {"--share-url", &Options::share_url},
};

// Each reads an option's value into `o`, or says what is wrong with it.
std::string ParseScale(const std::string& v, Options& o) {
  char extra = 0;
  if (std::sscanf(v.c_str(), "%f%c", &o.scale, &extra) == 1 && o.scale >= 0.5f && o.scale <= 4.0f)
    return {};
  return "--scale " + v + ": expected a number from 0.5 to 4, e.g. 1.5";
}

std::string ParseAim(const std::string& v, Options& o) {
  o.aim = ParseTypeId(v);
  return o.aim ? "" : "--aim " + v + ": expected ontwikkelaar, opleider, katalysator or ondernemer";
}

std::string ParseSizeOption(const std::string& v, Options& o) {
  o.size_given = true;
  if (ParseSize(v, o.width, o.height)) return {};
  const std::string max = std::to_string(kMaxWindowSide);
  return "--size " + v + ": expected WIDTHxHEIGHT, e.g. 1280x800, from 320x240 to " + max + "x" +
         max;
}

std::string ParseFrames(const std::string& v, Options& o) {
  char extra = 0;
  if (std::sscanf(v.c_str(), "%d%c", &o.frames, &extra) == 1 && o.frames >= 1) return {};
  return "--frames " + v + ": expected a whole number of 1 or more";
}

std::string ParseLanguage(const std::string& v, Options& o) {
  if (v != "nl" && v != "en") return "--lang " + v + ": expected nl or en";
  o.language = v == "en" ? Language::English : Language::Dutch;
  return {};
}

std::string ParseTable(const std::string& v, Options& o) {
  if (v != "1" && v != "2" && v != "4") return "--table " + v + ": expected 1, 2 or 4 sides";
  o.table_sides = v[0] - '0';
  return {};
}

std::string ParseRoomDepth(const std::string& v, Options& o) {
  char extra = 0;
  if (std::sscanf(v.c_str(), "%f%c", &o.room_depth_m, &extra) == 1 && o.room_depth_m >= 2.0f &&
      o.room_depth_m <= 30.0f)
    return {};
  return "--room-depth " + v + ": expected metres from 2 to 30, e.g. 8";
}

std::string ParseScreenHeight(const std::string& v, Options& o) {
  char extra = 0;
  if (std::sscanf(v.c_str(), "%f%c", &o.screen_height_mm, &extra) == 1 &&
      o.screen_height_mm >= 100.0f && o.screen_height_mm <= 10000.0f)
    return {};
  return "--screen-height " + v + ": expected millimetres from 100 to 10000, e.g. 1250";
}

using ValueParser = std::string (*)(const std::string& value, Options& o);
const std::pair<const char*, ValueParser> kCheckedOptions[] = {
    {"--scale", ParseScale},          {"--aim", ParseAim},
    {"--size", ParseSizeOption},      {"--frames", ParseFrames},
    {"--lang", ParseLanguage},        {"--table", ParseTable},
    {"--room-depth", ParseRoomDepth}, {"--screen-height", ParseScreenHeight},
};

// --tuio [HOST:]PORT: its address is optional, so a word after it is its address, never the
// file to open.
std::string ParseTuio(const std::vector<std::string>& args, std::size_t& i, Options& o) {
  o.tuio_host = "127.0.0.1", o.tuio_port = kDefaultTuioPort;
  if (i + 1 >= args.size() || args[i + 1].rfind('-', 0) == 0) return {};
  ++i;
  if (ParseAddress(args[i], o.tuio_host, o.tuio_port)) return {};
  return "--tuio " + args[i] + ": expected [HOST:]PORT, e.g. 3333 or 0.0.0.0:3333";
}

// Reads args[i], and its value when it takes one (moving i on to it). Returns what is wrong,
// empty when nothing is.
std::string ParseArgument(const std::vector<std::string>& args, std::size_t& i, Options& o) {
  const std::string& arg = args[i];
  if (ParseSwitch(arg, o)) return {};
  if (arg == "--tuio") return ParseTuio(args, i, o);
  const bool has_value = i + 1 < args.size() && !args[i + 1].empty();
  for (const auto& [name, member] : kTextOptions) {
    if (arg != name) continue;
    if (!has_value) return arg + " needs a value";
    o.*member = args[++i];
    return {};
  }
  for (const auto& [name, parse] : kCheckedOptions) {
    if (arg != name) continue;
    if (!has_value) return arg + " needs a value";
    return parse(args[++i], o);
  }
  if (!arg.empty() && arg[0] != '-' && o.open.empty()) {
    o.open = arg;  // `pps-canvas FILE`: as --open FILE
    return {};
  }
  return "unknown argument \"" + arg + "\" (see --help)";
}

// What is wrong with options that are right one by one but not together, or with the name of a
// file to write. Empty when nothing is.
std::string CheckTogether(const Options& o) {
  if (o.aim && o.classify.empty()) return "--aim needs --classify FILE|CASE: the sketch to aim";
  const std::pair<const char*, const std::string*> outputs[] = {
      {"--export", &o.export_path},        {"--screenshot", &o.screenshot},
      {"--save-on-exit", &o.save_on_exit}, {"--frame-log", &o.frame_log},
      {"--status-file", &o.status_file},   {"--dump-layout", &o.dump_layout},
  };
  for (const auto& [option, path] : outputs) {
    if (path->empty() || *path == "-") continue;
    if (std::string e = CheckFileName(option, *path); !e.empty()) return e;
  }
  // Files written at exit or while the app runs; --export and --screenshot are written after a
  // few frames and say then what went wrong.
  for (const auto& [option, path] : {outputs[2], outputs[3], outputs[4], outputs[5]}) {
    if (path->empty() || *path == "-") continue;
    if (std::string e = CheckWritableLater(option, *path); !e.empty()) return e;
  }
  return {};
}

}  // namespace

ParsedOptions ParseOptions(const std::vector<std::string>& args) {
  ParsedOptions parsed;
  for (std::size_t i = 0; i < args.size() && parsed.error.empty(); ++i)
    parsed.error = ParseArgument(args, i, parsed.options);
  if (parsed.error.empty()) parsed.error = CheckTogether(parsed.options);
  return parsed;
}

std::string HelpText() {
  return R"(pps-canvas - sketch a public-private partnership and see its PPS type live

Usage: pps-canvas [options] [FILE]

Window:
  --open FILE|CASE|STORY|LINK
                        open a sketch file, a case study (e.g. civ-water) or a story line
                        (at its start; with --export, its end and its steps); a file is saved
                        back to at every change (FILE alone does the same); a report's link
                        (...#sketch=..., or a file holding one) opens its sketch
  --lang nl|en          language of the interface (default nl)
  --size WxH            initial window size in pixels (default 1280x800; 320x240 to
                        8192x8192)
  --fullscreen          start fullscreen on the primary monitor
  --kiosk               fullscreen for a touch table: closing the window does nothing,
                        only Ctrl+Q quits
  --table 1|2|4         people sit at 1 side of a touch table, at 2 (the long
                        sides) or at all 4: cards and the keyboard open facing whoever
                        tapped, and every used side has the type and the toolbar's actions
                        (default: as last chosen in the app, "Tafel" in the toolbar, else 1)
  --scale F             size of text and controls (0.5 to 4; default: from the screen)
  --present             start presenting to a room (F5 in the app; Esc ends it): the board
                        and its type, no editing chrome, text sized for the back row
  --room-depth M        presenting: metres to the back row (2 to 30; default: as last
                        chosen in the app, else 6); the smallest text's capitals are 1/200
                        of it tall (30 mm at 6 m)
  --screen-height MM    presenting: the picture's height in mm, where X does not know it
                        (a projector) or is wrong (default: as X reports it)
  --share-url URL       where the browser build is served (e.g. https://pps.example.org/):
                        a report's QR code opens the sketch there on a phone; without it
                        the code holds the sketch as text, which --open takes
  --tuio [HOST:]PORT    take touches from TUIO 1.1 over UDP (default 127.0.0.1:3333;
                        only loopback unless a HOST is named, e.g. 0.0.0.0:3333)
  --screenshot FILE     render the app for a few frames, write a PNG, exit
  --export OUT          with --open FILE|CASE: write the sketch's board as OUT.png, or its
                        report as OUT.md or OUT.html (one file, the board embedded, prints on
                        A4), in --lang, and exit. .png and .html draw the board in a window
                        that is never shown (1600x1000 unless --size), so they need a display
                        (Xvfb will do); .md does not
  --save-on-exit FILE   write the sketch to FILE when the window closes (Ctrl+Q quits)
  --frames N            quit after presenting N frames (for benchmarks and smoke tests)
  --frame-log FILE      write each presented frame's start, the end of its buffer swap and
                        the arrival of its earliest input to FILE at exit (benchmarks)
  --whole-frames        draw every frame whole and swap it; by default, where the CPU draws
                        (llvmpipe) a frame draws and shows only what changed

For scripts that drive the app from outside (tests/e2e):
  --status-file FILE    after each frame, write one line to FILE (whole, by a rename): frames
                        run, input events taken, whether the screen has settled (nothing moves
                        or is held: the app sleeps), the window's size, how often it was
                        exposed, the board's revision and the last one saved to disk
  --dump-layout FILE    write what is on screen to FILE (whole, by a rename), and again whenever
                        it changes: the window, the board and its axes, every button by a stable
                        id and every token, each with its rect in window px as the screen shows
                        it; with FILE "-", print it once the first frames are drawn, and exit

Headless (no window):
  --list-cases          list the nine case studies
  --classify FILE|CASE  classify a sketch file or a case study
  --aim TYPE            with --classify: the fewest changes (move a token, add a library
                        activity) that make the sketch TYPE, firmly (not a grensgeval, not
                        fragile); TYPE is ontwikkelaar, opleider, katalysator or ondernemer
  --json                print --list-cases / --classify / --aim as JSON

Other:
  --data DIR            read the model, guidance and cases from DIR
  -h, --help            show this help
  --version             show the version of the app and of its data

The board is saved as it changes, to $XDG_STATE_HOME/pps-canvas/board.json (by default
~/.local/state/pps-canvas/board.json), and comes back at the next start unless --open is given.

The app needs a display. On a machine without one, run it under Xvfb:
  xvfb-run -a -s "-screen 0 1280x800x24" pps-canvas --screenshot board.png
)";
}

}  // namespace pps
