// pps-bench: measures PPS Canvas against its floors and prints a table, then one JSON line.
// Run it under an X display (the `bench` target wraps it in xvfb-run):
//   pps-bench --app PPS_CANVAS --bare PPS_BARE_WINDOW --data DATA_DIR [--quick]

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "alloc_count.h"
#include "frame_bench.h"
#include "process_bench.h"

using namespace pps::bench;

namespace {

struct Settings {
  std::string app, bare, data;
  bool quick = false;   // a smoke run: few frames, short idle; the numbers mean little
  int only_tokens = 0;  // frames only, for this token count (for profiling)
};

bool ParseArgs(int argc, char** argv, Settings& s) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--quick") s.quick = true;
    else if (arg == "--app" && has_value) s.app = argv[++i];
    else if (arg == "--bare" && has_value) s.bare = argv[++i];
    else if (arg == "--data" && has_value) s.data = argv[++i];
    else if (arg == "--tokens" && has_value) s.only_tokens = std::atoi(argv[++i]);
    else {
      std::cerr << "pps-bench: unexpected argument \"" << arg << "\"\n";
      return false;
    }
  }
  if (s.app.empty() || s.bare.empty() || s.data.empty()) {
    std::cerr << "usage: pps-bench --app PPS_CANVAS --bare PPS_BARE_WINDOW --data DIR [--quick]\n"
                 "       [--tokens N]  (frames for N tokens only, e.g. under perf)\n";
    return false;
  }
  return true;
}

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown CPU";
}

// A failed measurement (-1, or 0 from a run that never happened) is never a target met.
const char* Verdict(bool measured, bool met) {
  return !measured ? "NOT MEASURED" : met ? "met" : "MISSED";
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  if (!ParseArgs(argc, argv, settings)) return 2;
  CountImGuiAllocations();
  // The app under test autosaves its board: into a folder of its own, not the user's.
  char state_dir[] = "/tmp/pps-bench-XXXXXX";
  if (!mkdtemp(state_dir)) {
    std::cerr << "pps-bench: cannot make a folder in /tmp for the app's autosave\n";
    return 1;
  }
  setenv("XDG_STATE_HOME", state_dir, 1);
  bool failed = false;
  const auto fail = [&](const std::string& what) {
    std::cerr << "pps-bench: " << what << "\n";
    failed = true;
  };

  std::printf("PPS Canvas benchmark on %s, %ld cores%s\n\n", CpuModel().c_str(),
              sysconf(_SC_NPROCESSORS_ONLN), settings.quick ? " (quick run)" : "");
  std::printf("Frames: CPU time (median, p95), headless, 1920x1080, one token dragged (ms)\n");
  std::printf("floor: the same ImDrawList calls for the chips drawn; all chips: none culled\n");
  std::printf("hash: hashing the frame's draw data, as the app's loop does on a quiet frame to see it settle\n");
  std::printf("%8s %7s %10s %10s %10s %7s %10s %8s %8s\n", "tokens", "drawn", "frame", "frame p95",
              "floor", "ratio", "all chips", "allocs", "hash");
  nlohmann::json frame_ms, frame_p95, floor_ms, floor_all_ms, ratio, hash_ms;
  double allocs = 0.0;
  for (const auto& [tokens, frames] : {std::pair{60, 2000}, {1000, 600}, {10000, 150}}) {
    if (settings.only_tokens && tokens != settings.only_tokens) continue;
    const FrameResult r = MeasureFrames(settings.data, tokens, settings.quick ? 20 : frames);
    if (!r.error.empty()) fail(std::to_string(tokens) + " tokens: " + r.error);
    const std::string key = std::to_string(tokens);
    frame_ms[key] = r.frame_ms;
    frame_p95[key] = r.frame_p95_ms;
    floor_ms[key] = r.floor_ms;
    floor_all_ms[key] = r.floor_all_ms;
    ratio[key] = r.frame_ms / r.floor_ms;
    hash_ms[key] = r.hash_ms;
    allocs = std::max(allocs, r.allocs_per_frame);
    std::printf("%8d %7d %10.4f %10.4f %10.4f %7.2f %10.4f %8.2f %8.4f\n", tokens, r.drawn,
                r.frame_ms, r.frame_p95_ms, r.floor_ms, r.frame_ms / r.floor_ms, r.floor_all_ms,
                r.allocs_per_frame, r.hash_ms);
  }

  if (settings.only_tokens) {
    std::filesystem::remove_all(state_dir);
    return failed ? 1 : 0;
  }

  std::string error;
  const int runs = settings.quick ? 1 : 7;
  const double startup = MedianRunMs({settings.app, "--frames", "1"}, runs, error);
  const double startup_floor = MedianRunMs({settings.bare, "--frames", "1"}, runs, error);
  if (!error.empty()) fail(error);
  const double settle = settings.quick ? 1.0 : 2.0, idle_s = settings.quick ? 1.0 : 10.0;
  const IdleResult idle = MeasureIdle({settings.app, "--open", "civ-water"}, settle, idle_s);
  const IdleResult bare_idle = MeasureIdle({settings.bare, "--frames", "0"}, settle, idle_s);
  if (!idle.error.empty()) fail(idle.error);
  if (!bare_idle.error.empty()) fail(bare_idle.error);

  std::printf("\nProcess (under the current X display; median of %d starts)\n", runs);
  std::printf("%-40s %10s %12s %7s\n", "", "app", "bare window", "ratio");
  std::printf("%-40s %10.1f %12.1f %7.2f\n", "start to first frame and exit (ms)", startup,
              startup_floor, startup / startup_floor);
  std::printf("%-40s %10.2f %12.2f\n",
              ("idle CPU over " + std::to_string(int(idle_s)) + " s (%)").c_str(), idle.cpu_percent,
              bare_idle.cpu_percent);
  std::printf("%-40s %10.1f %12.1f %7.2f\n", "peak RSS, civ-water open (MB)", idle.rss_mb,
              bare_idle.rss_mb, idle.rss_mb / bare_idle.rss_mb);

  std::printf("\nTargets\n");
  const auto frame = [&](const char* key) {
    return frame_ms.contains(key) ? frame_ms[key].get<double>() : 0.0;
  };
  const double ratio_10k = ratio.contains("10000") ? ratio["10000"].get<double>() : 0.0;
  std::printf("  60 tokens frame < 0.1 ms           %s\n",
              Verdict(!failed && frame("60") > 0, frame("60") < 0.1));
  std::printf("  10000 tokens frame < 4 ms          %s\n",
              Verdict(!failed && frame("10000") > 0, frame("10000") < 4.0));
  std::printf("  10000 tokens ratio <= 1.5          %s\n",
              Verdict(!failed && ratio_10k > 0, ratio_10k <= 1.5));
  std::printf("  no allocation per frame            %s\n", Verdict(!failed, allocs == 0.0));
  std::printf("  startup <= 1.5 x bare window       %s\n",
              Verdict(startup > 0 && startup_floor > 0, startup <= 1.5 * startup_floor));
  std::printf("  idle CPU < 1 %%                     %s\n",
              Verdict(idle.cpu_percent >= 0, idle.cpu_percent < 1.0));
  std::printf("  peak RSS < 100 MB                  %s\n\n",
              Verdict(idle.rss_mb > 0, idle.rss_mb < 100.0));

  const nlohmann::json summary = {{"frame_ms", frame_ms},
                                  {"frame_p95_ms", frame_p95},
                                  {"floor_ms", floor_ms},
                                  {"floor_all_ms", floor_all_ms},
                                  {"ratio", ratio},
                                  {"draw_hash_ms", hash_ms},
                                  {"allocs_per_frame", allocs},
                                  {"startup_ms", startup},
                                  {"startup_floor_ms", startup_floor},
                                  {"idle_cpu_percent", idle.cpu_percent},
                                  {"rss_mb", idle.rss_mb},
                                  {"rss_floor_mb", bare_idle.rss_mb},
                                  {"idle_cpu_floor_percent", bare_idle.cpu_percent}};
  std::cout << summary.dump() << std::endl;
  std::filesystem::remove_all(state_dir);
  return failed ? 1 : 0;
}
