// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The command line. Parsed once in main; a wrong argument is an error that names it.

#include <optional>
#include <string>
#include <vector>

#include "core/io/text.h"
#include "core/model/pps_type.h"

namespace pps {

inline constexpr int kDefaultTuioPort = 3333;  // TUIO's usual UDP port

struct Options {
  bool help = false;
  bool version = false;  // print the app's version and its data's, and exit
  bool list_cases = false;
  std::string classify;        // a sketch file or a case id
  std::optional<PpsType> aim;  // with classify: suggest the fewest changes to this type
  bool json = false;
  std::string open;           // a sketch file or a case id to open in the window
  std::string screenshot;     // write a PNG of the window and exit
  std::string export_path;    // --export: write the board (.png) or the report (.md, .html), exit
  std::string save_on_exit;   // write the sketch as it stands when the window closes
  int frames = 0;             // quit after this many presented frames; 0 runs until closed
  std::string frame_log;      // per-frame times written here at exit (benchmarks)
  std::string status_file;    // after each frame: whether the app settled and saved (tests)
  std::string dump_layout;    // what is on screen, by id, whenever it changes; "-": print, exit
  bool whole_frames = false;  // draw and swap every frame whole, never only what changed
  int width = 1280, height = 800;  // px, initial window size
  bool size_given = false;         // --size was given (an export draws larger by default)
  bool fullscreen = false;
  bool kiosk = false;     // fullscreen, and nothing closes the app by accident (Ctrl+Q quits)
  int table_sides = 0;    // --table: the sides of a touch table people sit at (1, 2 or 4); 0:
                          // not given (as last chosen in the app)
  float scale = 0.0f;     // UI scale; 0 picks one from the monitor and the window's size
  bool present = false;   // start presenting (F5 in the app)
  float room_depth_m = 0.0f;      // --room-depth: to the back row, m; 0: the default (6 m)
  float screen_height_mm = 0.0f;  // --screen-height: the picture's height, mm; 0: as X says
  std::string share_url;  // --share-url: the browser build's address, for a report's QR code
  std::string tuio_host;  // --tuio: the address to listen on for TUIO over UDP
  int tuio_port = 0;      // 0: no TUIO
  Language language = Language::Dutch;
  std::string data_dir;  // overrides FindDataDir
};

struct ParsedOptions {
  Options options;
  std::string error;  // names the argument that is wrong; empty when parsing succeeded
};

// Parses argv[1..]; never exits or prints. Reads the file system only to refuse, at start, a
// file that could not be written later (--save-on-exit, --frame-log, --status-file,
// --dump-layout).
ParsedOptions ParseOptions(const std::vector<std::string>& args);

// The text that --help prints.
std::string HelpText();

}  // namespace pps
