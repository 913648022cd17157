#pragma once
// The command line. Parsed once in main; a wrong argument is an error that names it.

#include <optional>
#include <string>
#include <vector>

#include "core/text.h"

namespace pps {

struct Options {
  bool help = false;
  bool list_cases = false;
  std::string classify;  // a sketch file or a case id
  bool json = false;
  std::string open;                // a sketch file or a case id to open in the window
  std::string screenshot;          // write a PNG of the window and exit
  std::string save_on_exit;        // write the sketch as it stands when the window closes
  int frames = 0;                  // quit after this many presented frames; 0 runs until closed
  int width = 1280, height = 800;  // px, initial window size
  bool fullscreen = false;
  Language language = Language::Dutch;
  std::string data_dir;  // overrides FindDataDir
};

struct ParsedOptions {
  Options options;
  std::string error;  // names the argument that is wrong; empty when parsing succeeded
};

// Parses argv[1..]; never exits or prints.
ParsedOptions ParseOptions(const std::vector<std::string>& args);

// The text that --help prints.
std::string HelpText();

}  // namespace pps
