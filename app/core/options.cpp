#include "core/options.h"

#include <cctype>
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

// Whether the argument after --tuio is its address rather than the next option.
bool LooksLikeAddress(const std::string& text) {
  if (text.empty() || text[0] == '-') return false;
  return text.find(':') != std::string::npos || std::isdigit(static_cast<unsigned char>(text[0]));
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
    else if (arg == "--kiosk") o.kiosk = o.fullscreen = true;
    else if (arg == "--whole-frames") o.whole_frames = true;
    else if (arg == "--tuio") {
      o.tuio_host = "127.0.0.1", o.tuio_port = kDefaultTuioPort;
      if (i + 1 < args.size() && LooksLikeAddress(args[i + 1]) &&
          !ParseAddress(args[++i], o.tuio_host, o.tuio_port)) {
        parsed.error = "--tuio " + args[i] + ": expected [HOST:]PORT, e.g. 3333 or 0.0.0.0:3333";
        break;
      }
    } else if (arg == "--scale") {
      if (!value(v)) break;
      char extra = 0;
      if (std::sscanf(v.c_str(), "%f%c", &o.scale, &extra) != 1 || !(o.scale >= 0.5f) ||
          o.scale > 4.0f) {
        parsed.error = "--scale " + v + ": expected a number from 0.5 to 4, e.g. 1.5";
        break;
      }
    } else if (arg == "--classify") {
      if (!value(o.classify)) break;
    } else if (arg == "--aim") {
      if (!value(v)) break;
      o.aim = ParseTypeId(v);
      if (!o.aim) {
        parsed.error =
            "--aim " + v + ": expected ontwikkelaar, opleider, katalysator or ondernemer";
        break;
      }
    } else if (arg == "--open") {
      if (!value(o.open)) break;
    } else if (arg == "--screenshot") {
      if (!value(o.screenshot)) break;
    } else if (arg == "--export") {
      if (!value(o.export_path)) break;
    } else if (arg == "--data") {
      if (!value(o.data_dir)) break;
    } else if (arg == "--save-on-exit") {
      if (!value(o.save_on_exit)) break;
    } else if (arg == "--frame-log") {
      if (!value(o.frame_log)) break;
    } else if (arg == "--size") {
      if (!value(v)) break;
      if (!ParseSize(v, o.width, o.height)) {
        parsed.error = "--size " + v + ": expected WIDTHxHEIGHT, e.g. 1280x800 (320x240 or more)";
        break;
      }
      o.size_given = true;
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
    } else if (!arg.empty() && arg[0] != '-' && o.open.empty()) {
      o.open = arg;  // `pps-canvas FILE`: as --open FILE
    } else {
      parsed.error = "unknown argument \"" + arg + "\" (see --help)";
      break;
    }
  }
  if (parsed.error.empty() && o.aim && o.classify.empty())
    parsed.error = "--aim needs --classify FILE|CASE: the sketch to aim";
  return parsed;
}

std::string HelpText() {
  return R"(pps-canvas - sketch a public-private partnership and see its PPS type live

Usage: pps-canvas [options] [FILE]

Window:
  --open FILE|CASE      open a sketch file or a case study (e.g. civ-water); a file is saved
                        back to at every change (FILE alone does the same)
  --lang nl|en          language of the interface (default nl)
  --size WxH            initial window size in pixels (default 1280x800)
  --fullscreen          start fullscreen on the primary monitor
  --kiosk               fullscreen for a touch table: closing the window does nothing,
                        only Ctrl+Q quits
  --scale F             size of text and controls (0.5 to 4; default: from the screen)
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

The board is saved as it changes, to $XDG_STATE_HOME/pps-canvas/board.json (by default
~/.local/state/pps-canvas/board.json), and comes back at the next start unless --open is given.

The app needs a display. On a machine without one, run it under Xvfb:
  xvfb-run -a -s "-screen 0 1280x800x24" pps-canvas --screenshot board.png
)";
}

}  // namespace pps
