#include "core/options.h"

#include <cstdio>

namespace pps {

namespace {

bool ParseSize(const std::string& text, int& width, int& height) {
  int w = 0, h = 0;
  char extra = 0;
  if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &extra) != 2) return false;
  if (w < 320 || h < 240 || w > 16384 || h > 16384) return false;
  width = w, height = h;
  return true;
}

}  // namespace

ParsedOptions ParseOptions(const std::vector<std::string>& args) {
  ParsedOptions parsed;
  Options& o = parsed.options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const auto value = [&](std::string& into) {
      if (i + 1 >= args.size() || args[i + 1].empty()) {
        parsed.error = arg + " needs a value";
        return false;
      }
      into = args[++i];
      return true;
    };
    std::string v;
    if (arg == "-h" || arg == "--help") o.help = true;
    else if (arg == "--list-cases") o.list_cases = true;
    else if (arg == "--json") o.json = true;
    else if (arg == "--fullscreen") o.fullscreen = true;
    else if (arg == "--classify") {
      if (!value(o.classify)) break;
    } else if (arg == "--open") {
      if (!value(o.open)) break;
    } else if (arg == "--screenshot") {
      if (!value(o.screenshot)) break;
    } else if (arg == "--data") {
      if (!value(o.data_dir)) break;
    } else if (arg == "--save-on-exit") {
      if (!value(o.save_on_exit)) break;
    } else if (arg == "--size") {
      if (!value(v)) break;
      if (!ParseSize(v, o.width, o.height)) {
        parsed.error = "--size " + v + ": expected WIDTHxHEIGHT, e.g. 1280x800 (320x240 or more)";
        break;
      }
    } else if (arg == "--frames") {
      if (!value(v)) break;
      char extra = 0;
      if (std::sscanf(v.c_str(), "%d%c", &o.frames, &extra) != 1 || o.frames < 1) {
        parsed.error = "--frames " + v + ": expected a whole number of 1 or more";
        break;
      }
    } else if (arg == "--lang") {
      if (!value(v)) break;
      if (v != "nl" && v != "en") {
        parsed.error = "--lang " + v + ": expected nl or en";
        break;
      }
      o.language = v == "en" ? Language::English : Language::Dutch;
    } else {
      parsed.error = "unknown argument \"" + arg + "\" (see --help)";
      break;
    }
  }
  return parsed;
}

std::string HelpText() {
  return R"(pps-canvas - sketch a public-private partnership and see its PPS type live

Usage: pps-canvas [options]

Window:
  --open FILE|CASE      open a sketch file or a case study (e.g. civ-water)
  --lang nl|en          language of the interface (default nl)
  --size WxH            initial window size in pixels (default 1280x800)
  --fullscreen          start fullscreen on the primary monitor
  --screenshot FILE     render the app for a few frames, write a PNG, exit
  --save-on-exit FILE   write the sketch to FILE when the window closes (Ctrl+Q quits)
  --frames N            quit after presenting N frames (for benchmarks and smoke tests)

Headless (no window):
  --list-cases          list the nine case studies
  --classify FILE|CASE  classify a sketch file or a case study
  --json                print --list-cases / --classify as JSON

Other:
  --data DIR            read the model, guidance and cases from DIR
  -h, --help            show this help

The board is saved as it changes, to $XDG_STATE_HOME/pps-canvas/board.json (by default
~/.local/state/pps-canvas/board.json), and comes back at the next start unless --open is given.

The app needs a display. On a machine without one, run it under Xvfb:
  xvfb-run -a -s "-screen 0 1280x800x24" pps-canvas --screenshot board.png
)";
}

}  // namespace pps
