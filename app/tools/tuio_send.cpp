// SPDX-License-Identifier: EUPL-1.2
// pps-tuio-send: plays a scripted multi-finger gesture as TUIO 1.1 (/tuio/2Dcur over OSC/UDP,
// and /tuio/2Dblb when asked), for tests and for demos without a touch table. Every frame is one
// bundle, as trackers send it: per profile source, alive, a set per finger down, fseq; about 60
// frames a second, in real time.

#include <oscpack/ip/UdpSocket.h>
#include <oscpack/osc/OscOutboundPacketStream.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int kMaxFingers = 32;

const char* const kHelp =
    R"(Usage: pps-tuio-send [HOST:]PORT (--script FILE | --drag X0 Y0 X1 Y1 ...) [options]

Plays a multi-finger gesture as TUIO 1.1 cursors (/tuio/2Dcur) to HOST:PORT over UDP
(HOST defaults to 127.0.0.1). Coordinates are normalised: 0..1 across the window, from the
top left corner.

  --script FILE   play FILE ('-' for standard input): one event a line,
                    <time_ms> <finger> <down|move|up> <x> <y> [<w> <h>]
                  finger 0..31; '#' starts a comment. Between a finger's events its position
                  is interpolated, so "0 0 down .2 .5" then "1000 0 move .8 .5" is a drag.
                  <w> <h>: the finger's size from this event on (normalised, as a blob's);
                  a script that gives sizes sends blobs (see --blob)
  --drag X0 Y0 X1 Y1
                  one finger dragged from (X0,Y0) to (X1,Y1) over --duration; give it again for
                  more fingers, which all move at the same time
  --duration MS   how long each --drag takes (default 1000)
  --blob W H      send each finger as a blob too (/tuio/2Dblb, its own frame in the same
                  bundle, the same session id), W x H (normalised) unless the script gives its
                  size, as trackers that send both profiles do
  --blobs-only    send blobs and no cursors
  --rate HZ       frames a second (default 60)
  --verbose       print each frame sent
  -h, --help      this text

Example: two fingers at once, across the middle of the window:
  pps-tuio-send 3333 --drag 0.3 0.3 0.7 0.3 --drag 0.3 0.7 0.7 0.7
)";

enum class Phase { Down, Move, Up };

struct Step {
  double time = 0.0;  // ms from the start
  int finger = 0;
  Phase phase = Phase::Move;
  float x = 0.0f, y = 0.0f;    // normalised
  float w = -1.0f, h = -1.0f;  // normalised, the blob's size from here on; -1: as before
};

// Reads a script; on a bad line, names it and returns false.
bool ReadScript(std::istream& in, const std::string& name, std::vector<Step>& steps) {
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    Step step;
    std::string phase, extra;
    if (!(words >> std::ws) || words.eof()) continue;  // blank or comment only
    bool ok = static_cast<bool>(words >> step.time >> step.finger >> phase >> step.x >> step.y);
    if (ok && !(words >> std::ws).eof())
      ok = (words >> step.w >> step.h) && step.w >= 0.0f && step.h >= 0.0f;
    if (!ok || (words >> extra) || (phase != "down" && phase != "move" && phase != "up") ||
        step.finger < 0 || step.finger >= kMaxFingers || step.time < 0.0) {
      std::cerr << "pps-tuio-send: " << name << ":" << number
                << ": expected <time_ms> <finger 0..31> <down|move|up> <x> <y> [<w> <h>], got: "
                << line << "\n";
      return false;
    }
    step.phase = phase == "down" ? Phase::Down : phase == "up" ? Phase::Up : Phase::Move;
    steps.push_back(step);
  }
  return true;
}

// Checks that each finger goes down before it moves or lifts; names the first that does not.
bool CheckOrder(std::vector<Step>& steps) {
  std::stable_sort(steps.begin(), steps.end(),
                   [](const Step& a, const Step& b) { return a.time < b.time; });
  bool down[kMaxFingers] = {};
  for (const Step& s : steps) {
    const bool want_down = s.phase != Phase::Down;
    if (down[s.finger] != want_down) {
      std::cerr << "pps-tuio-send: at " << s.time << " ms finger " << s.finger
                << (want_down ? " moves or lifts before it is down\n" : " is already down\n");
      return false;
    }
    down[s.finger] = s.phase != Phase::Up;
  }
  return true;
}

// Where finger `f` is at `t` ms, if it is down: interpolated between its steps.
bool FingerAt(const std::vector<Step>& steps, int f, double t, float& x, float& y) {
  const Step* before = nullptr;
  const Step* after = nullptr;
  for (const Step& s : steps) {
    if (s.finger != f) continue;
    if (s.time <= t) before = &s;
    else if (!after) after = &s;
  }
  if (!before || before->phase == Phase::Up) return false;
  x = before->x, y = before->y;
  if (after && after->phase == Phase::Move && after->time > before->time) {
    const float a = static_cast<float>((t - before->time) / (after->time - before->time));
    x += (after->x - before->x) * a;
    y += (after->y - before->y) * a;
  }
  return true;
}

// Finger `f`'s blob size at `t` ms: the last size its steps gave by then, else `w` x `h`.
void SizeAt(const std::vector<Step>& steps, int f, double t, float& w, float& h) {
  for (const Step& s : steps)
    if (s.finger == f && s.time <= t && s.w >= 0.0f) w = s.w, h = s.h;
}

// What the command line asked for.
struct Args {
  std::string host = "127.0.0.1", script;
  int port = 0;
  std::vector<float> drags;  // four numbers a drag: from x y, to x y
  double duration = 1000.0, rate = 60.0;
  bool verbose = false, help = false;
  bool blobs = false, cursors = true;    // which profiles are sent
  float blob_w = 0.02f, blob_h = 0.02f;  // normalised: a blob's size when its steps give none
};

// Reads the arguments; on an error says what is wrong and returns false.
bool ParseArgs(int argc, char** argv, Args& args) {
  std::string address;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&](int n) { return i + n < argc; };
    if (arg == "--help" || arg == "-h") {
      args.help = true;
      return true;
    } else if (arg == "--script" && value(1)) {
      args.script = argv[++i];
    } else if (arg == "--drag" && value(4)) {
      for (int k = 0; k < 4; ++k) args.drags.push_back(std::strtof(argv[++i], nullptr));
    } else if (arg == "--duration" && value(1)) {
      args.duration = std::strtod(argv[++i], nullptr);
    } else if (arg == "--rate" && value(1)) {
      args.rate = std::strtod(argv[++i], nullptr);
    } else if (arg == "--blob" && value(2)) {
      args.blobs = true;
      args.blob_w = std::strtof(argv[++i], nullptr);
      args.blob_h = std::strtof(argv[++i], nullptr);
    } else if (arg == "--blobs-only") {
      args.blobs = true, args.cursors = false;
    } else if (arg == "--verbose") {
      args.verbose = true;
    } else if (address.empty() && arg[0] != '-') {
      address = arg;
    } else {
      std::cerr << "pps-tuio-send: unknown or incomplete argument: " << arg << " (see --help)\n";
      return false;
    }
  }
  if (address.empty() || args.script.empty() == args.drags.empty() || !(args.duration > 0.0) ||
      !(args.rate > 0.0 && args.rate <= 1000.0) || !(args.blob_w >= 0.0f && args.blob_h >= 0.0f)) {
    std::cerr << "pps-tuio-send: give [HOST:]PORT and either --script or --drag (see --help)\n";
    return false;
  }
  const std::size_t colon = address.rfind(':');
  if (colon != std::string::npos) args.host = address.substr(0, colon);
  args.port = std::atoi(address.substr(colon == std::string::npos ? 0 : colon + 1).c_str());
  if (args.port <= 0 || args.port > 65535) {
    std::cerr << "pps-tuio-send: " << address << ": expected [HOST:]PORT, port 1..65535\n";
    return false;
  }
  return true;
}

// The gesture's steps, from the script or the drags; on an error says what is wrong and returns
// false.
bool GestureSteps(const Args& args, std::vector<Step>& steps) {
  if (!args.script.empty()) {
    std::ifstream file;
    if (args.script != "-") file.open(args.script);
    if (args.script != "-" && !file) {
      std::cerr << "pps-tuio-send: cannot read " << args.script << "\n";
      return false;
    }
    if (!ReadScript(args.script == "-" ? std::cin : file, args.script, steps)) return false;
  }
  const std::vector<float>& d = args.drags;
  for (std::size_t i = 0; i + 3 < d.size() && static_cast<int>(i / 4) < kMaxFingers; i += 4) {
    const int f = static_cast<int>(i / 4);
    steps.push_back({0.0, f, Phase::Down, d[i], d[i + 1]});
    steps.push_back({args.duration, f, Phase::Move, d[i + 2], d[i + 3]});
    steps.push_back({args.duration + 100.0, f, Phase::Up, d[i + 2], d[i + 3]});
  }
  if (steps.empty()) std::cerr << "pps-tuio-send: the gesture is empty\n";
  return !steps.empty() && CheckOrder(steps);
}

// When frames are sent (ms): on the rate's grid, and one at every step, so that a short tap is
// sent too.
std::vector<double> FrameTimes(const std::vector<Step>& steps, double rate) {
  std::vector<double> times;
  const double period = 1000.0 / rate, end = steps.back().time;
  for (const Step& s : steps) times.push_back(s.time);
  for (int k = 0; k * period < end; ++k) {
    const double t = k * period;  // unless a step's frame is within half a millisecond
    if (std::none_of(steps.begin(), steps.end(),
                     [&](const Step& s) { return std::abs(s.time - t) < 0.5; }))
      times.push_back(t);
  }
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  return times;
}

// One TUIO bundle: per profile sent, the source, the fingers alive at `t`, where each is (and
// for blobs, how large), and the frame number.
std::size_t Bundle(const std::vector<Step>& steps, double t, const std::string& source,
                   std::int32_t fseq, const Args& args, char (&buffer)[16384]) {
  osc::OutboundPacketStream p(buffer, sizeof buffer);
  float xs[kMaxFingers], ys[kMaxFingers], ws[kMaxFingers], hs[kMaxFingers];
  bool down[kMaxFingers];
  for (int f = 0; f < kMaxFingers; ++f) {
    down[f] = FingerAt(steps, f, t, xs[f], ys[f]);
    ws[f] = args.blob_w, hs[f] = args.blob_h;
    SizeAt(steps, f, t, ws[f], hs[f]);
  }
  p << osc::BeginBundleImmediate;
  for (const char* address : {"/tuio/2Dcur", "/tuio/2Dblb"}) {
    const bool blob = std::strcmp(address, "/tuio/2Dblb") == 0;
    if (blob ? !args.blobs : !args.cursors) continue;
    p << osc::BeginMessage(address) << "source" << source.c_str() << osc::EndMessage;
    p << osc::BeginMessage(address) << "alive";
    for (int f = 0; f < kMaxFingers; ++f)
      if (down[f]) p << static_cast<osc::int32>(f + 1);  // session ids 1..32, in both profiles
    p << osc::EndMessage;
    for (int f = 0; f < kMaxFingers; ++f) {
      if (!down[f]) continue;
      p << osc::BeginMessage(address) << "set" << static_cast<osc::int32>(f + 1) << xs[f] << ys[f];
      if (blob)  // angle, width, height, area; then velocities and accelerations, none
        p << 0.0f << ws[f] << hs[f] << ws[f] * hs[f] << 0.0f << 0.0f << 0.0f << 0.0f << 0.0f;
      else p << 0.0f << 0.0f << 0.0f;
      p << osc::EndMessage;
      if (args.verbose)
        std::cout << t << " ms: " << (blob ? "blob " : "finger ") << f << " at " << xs[f] << " "
                  << ys[f]
                  << (blob ? " size " + std::to_string(ws[f]) + " x " + std::to_string(hs[f])
                           : std::string())
                  << "\n";
    }
    p << osc::BeginMessage(address) << "fseq" << fseq << osc::EndMessage;
  }
  p << osc::EndBundle;
  return p.Size();
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, args)) return 2;
  if (args.help) {
    std::cout << kHelp;
    return 0;
  }
  std::vector<Step> steps;
  if (!GestureSteps(args, steps)) return 2;
  // Sizes in the script ask for blobs.
  if (std::any_of(steps.begin(), steps.end(), [](const Step& s) { return s.w >= 0.0f; }))
    args.blobs = true;
  const std::vector<double> times = FrameTimes(steps, args.rate);
  try {
    const IpEndpointName to(args.host.c_str(), args.port);  // an unknown host: 0.0.0.0
    if (to.address == 0 && args.host != "0.0.0.0") {
      std::cerr << "pps-tuio-send: cannot resolve host " << args.host << "\n";
      return 2;
    }
    UdpTransmitSocket socket(to);
    const std::string source = "pps-tuio-send:" + std::to_string(getpid());
    const auto start = std::chrono::steady_clock::now();
    char buffer[16384];
    std::int32_t fseq = 0;
    for (const double t : times) {
      std::this_thread::sleep_until(start + std::chrono::duration<double, std::milli>(t));
      socket.Send(buffer, Bundle(steps, t, source, ++fseq, args, buffer));
    }
    if (args.verbose)
      std::cout << fseq << " frames sent to " << args.host << ":" << args.port << "\n";
  } catch (const std::exception& e) {
    std::cerr << "pps-tuio-send: " << args.host << ":" << args.port << ": " << e.what() << "\n";
    return 1;
  }
  return 0;
}
