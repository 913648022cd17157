// SPDX-License-Identifier: EUPL-1.2
// pps-bench: measures PPS Canvas against its floors and prints a table, then one JSON line.
// Run it under an X display (the `bench` target wraps it in xvfb-run):
//   pps-bench --app PPS_CANVAS --bare PPS_BARE_WINDOW --data DATA_DIR [--quick]

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "alloc_count.h"
#include "frame_bench.h"
#include "process_bench.h"
#include "window_bench.h"

using namespace pps::bench;

namespace {

struct Settings {
  std::string app, bare, data;
  bool quick = false;        // a smoke run: few frames, short idle; the numbers mean little
  int only_tokens = 0;       // frames only, for this token count (for profiling)
  bool window_only = false;  // only the real window's figures (whole frames, input to pixels)
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
    else if (arg == "--window-only") s.window_only = true;
    else {
      std::cerr << "pps-bench: unexpected argument \"" << arg << "\"\n";
      return false;
    }
  }
  if (s.app.empty() || s.bare.empty() || s.data.empty()) {
    std::cerr << "usage: pps-bench --app PPS_CANVAS --bare PPS_BARE_WINDOW --data DIR [--quick]\n"
                 "       [--tokens N]  (frames for N tokens only, e.g. under perf)\n"
                 "       [--window-only]  (only whole frames and input to pixels in a window)\n";
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

nlohmann::json ToJson(const Figures& f) {
  return {{"median", f.median_ms}, {"p95", f.p95_ms}, {"frames", f.count}};
}

// "12.3 / 45.6" (median / p95), or "-" when not measured.
std::string Pair(const Figures& f) {
  if (f.count == 0) return "-";
  char text[48];
  std::snprintf(text, sizeof text, "%.1f / %.1f", f.median_ms, f.p95_ms);
  return text;
}

// The real window's figures: runs, prints and returns them as JSON; `fail` hears each error.
nlohmann::json WindowFigures(const Settings& settings, const std::function<void(std::string)>& fail,
                             std::vector<std::string>& verdicts) {
  const WindowSettings ws{settings.app, settings.bare, settings.data, 1920, 1080, settings.quick};
  const WindowResult bare = MeasureBareWindow(ws);
  if (!bare.error.empty()) fail("bare window: " + bare.error);
  std::vector<WindowResult> runs;
  for (const int tokens : {60, 1000, 10000}) {
    if (settings.only_tokens && tokens != settings.only_tokens) continue;
    runs.push_back(MeasureAppWindow(ws, tokens, tokens != 1000));
    if (!runs.back().error.empty())
      fail("window, " + std::to_string(tokens) + " tokens: " + runs.back().error);
  }
  const auto run = [&](int tokens) -> const WindowResult& {
    for (const WindowResult& r : runs)
      if (r.tokens == tokens) return r;
    static const WindowResult not_run = [] {
      WindowResult r;
      r.error = "not run";
      return r;
    }();
    return not_run;
  };

  std::printf("\nWhole frames in a real window, 1920x1080 (scale 1.25), while real input drags:\n");
  std::printf(
      "wall ms from the frame's start to the return of its buffer swap, median / p95 (frames)\n");
  std::printf("%8s %22s %10s %22s %22s\n", "tokens", "mouse, one token", "/ bare",
              "TUIO, one finger", "TUIO, ten fingers");
  std::printf("%8s %16s (%3d) %10s\n", "bare", Pair(bare.mouse_frame).c_str(),
              bare.mouse_frame.count, "1.00");
  for (const WindowResult& r : runs)
    std::printf("%8d %16s (%3d) %10.2f %16s (%3d) %16s (%3d)\n", r.tokens,
                Pair(r.mouse_frame).c_str(), r.mouse_frame.count,
                r.mouse_frame.median_ms / bare.mouse_frame.median_ms, Pair(r.tuio_frame).c_str(),
                r.tuio_frame.count, Pair(r.ten_frame).c_str(), r.ten_frame.count);
  std::printf(
      "\nThe same, mouse, only frames that took its events and show a move (where the CPU draws,\n"
      "a frame draws only what changed: those in between draw only a fading trail), and the\n"
      "share of the screen they drew (median)\n");
  std::printf("%8s %22s %10s %14s\n", "tokens", "mouse, frames of a move", "/ bare", "screen drawn");
  for (const WindowResult& r : runs)
    std::printf("%8d %16s (%3d) %10.2f %13.1f%%\n", r.tokens, Pair(r.mouse_moved).c_str(),
                r.mouse_moved.count, r.mouse_moved.median_ms / bare.mouse_frame.median_ms,
                100.0 * r.mouse_drawn);
  std::printf(
      "\nInput to pixels (ms, median / p95, frames that took input): from the event's arrival in\n"
      "the app (its time stamp) and from when the bench sent it, to the return of the swap\n");
  std::printf("%8s %18s %18s %18s %18s %18s\n", "tokens", "mouse, arrival", "mouse, sent",
              "TUIO, arrival", "TUIO, sent", "ten TUIO, arrival");
  std::printf("%8s %18s %18s\n", "bare", Pair(bare.mouse_input).c_str(),
              Pair(bare.mouse_sent).c_str());
  for (const WindowResult& r : runs)
    std::printf("%8d %18s %18s %18s %18s %18s\n", r.tokens, Pair(r.mouse_input).c_str(),
                Pair(r.mouse_sent).c_str(), Pair(r.tuio_input).c_str(), Pair(r.tuio_sent).c_str(),
                Pair(r.ten_input).c_str());

  std::printf("\nFor the README (median / p95, ms):\n\n");
  std::printf(
      "| tokens | whole frame, mouse drag | / bare window | one TUIO finger | ten TUIO fingers | "
      "input to pixels, mouse (arrival; sent) | input to pixels, TUIO (arrival; sent) |\n");
  std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
  std::printf("| bare window | %s | 1.00 | | | %s; %s | |\n", Pair(bare.mouse_frame).c_str(),
              Pair(bare.mouse_input).c_str(), Pair(bare.mouse_sent).c_str());
  for (const WindowResult& r : runs)
    std::printf("| %d | %s | %.2f | %s | %s | %s; %s | %s; %s |\n", r.tokens,
                Pair(r.mouse_frame).c_str(), r.mouse_frame.median_ms / bare.mouse_frame.median_ms,
                Pair(r.tuio_frame).c_str(), Pair(r.ten_frame).c_str(), Pair(r.mouse_input).c_str(),
                Pair(r.mouse_sent).c_str(), Pair(r.tuio_input).c_str(), Pair(r.tuio_sent).c_str());

  const auto measured = [](const WindowResult& r, const Figures& f) {
    return r.error.empty() && f.count > 0;
  };
  const WindowResult &r60 = run(60), &r10k = run(10000);
  const auto verdict = [&](const char* what, bool ok, bool met) {
    char line[128];
    std::snprintf(line, sizeof line, "  %-46s %s", what, Verdict(ok, met));
    verdicts.push_back(line);
  };
  verdict("60 tokens whole frame <= 2 x bare window",
          measured(r60, r60.mouse_frame) && measured(bare, bare.mouse_frame),
          r60.mouse_frame.median_ms <= 2.0 * bare.mouse_frame.median_ms);
  verdict("  the same, frames that show a move", measured(r60, r60.mouse_moved),
          r60.mouse_moved.median_ms <= 2.0 * bare.mouse_frame.median_ms);
  verdict("10000 tokens whole frame <= 33 ms (median)", measured(r10k, r10k.mouse_frame),
          r10k.mouse_frame.median_ms <= 33.0);
  verdict("10000 tokens whole frame <= 33 ms (p95)", measured(r10k, r10k.mouse_frame),
          r10k.mouse_frame.p95_ms <= 33.0);
  verdict("  the same, frames that show a move (p95)", measured(r10k, r10k.mouse_moved),
          r10k.mouse_moved.p95_ms <= 33.0);
  verdict("60 tokens mouse to pixels p95 <= 16.7 ms", measured(r60, r60.mouse_input),
          r60.mouse_input.p95_ms <= 16.7);
  verdict("  the same from the send", measured(r60, r60.mouse_sent), r60.mouse_sent.p95_ms <= 16.7);
  verdict("60 tokens TUIO to pixels p95 <= 16.7 ms", measured(r60, r60.tuio_input),
          r60.tuio_input.p95_ms <= 16.7);
  verdict("  the same from the send", measured(r60, r60.tuio_sent), r60.tuio_sent.p95_ms <= 16.7);

  nlohmann::json frame, input;
  frame["bare"] = ToJson(bare.mouse_frame);
  input["bare"] = {{"arrival", ToJson(bare.mouse_input)}, {"sent", ToJson(bare.mouse_sent)}};
  for (const WindowResult& r : runs) {
    const std::string key = std::to_string(r.tokens);
    frame["mouse"][key] = ToJson(r.mouse_frame);
    frame["ratio_to_bare"][key] = r.mouse_frame.median_ms / bare.mouse_frame.median_ms;
    frame["mouse_moved"][key] = ToJson(r.mouse_moved);
    frame["mouse_screen_drawn"][key] = r.mouse_drawn;
    input["mouse"][key] = {{"arrival", ToJson(r.mouse_input)}, {"sent", ToJson(r.mouse_sent)}};
    if (r.tuio_frame.count == 0 && r.tokens == 1000) continue;
    frame["tuio"][key] = ToJson(r.tuio_frame);
    frame["ten_fingers"][key] = ToJson(r.ten_frame);
    input["tuio"][key] = {{"arrival", ToJson(r.tuio_input)}, {"sent", ToJson(r.tuio_sent)}};
    input["ten_fingers"][key] = {{"arrival", ToJson(r.ten_input)}};
  }
  return {{"size", "1920x1080"}, {"whole_frame_ms", frame}, {"input_to_pixels_ms", input}};
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
  if (settings.window_only) {
    std::vector<std::string> verdicts;
    const nlohmann::json window = WindowFigures(settings, fail, verdicts);
    std::printf("\nTargets\n");
    for (const std::string& v : verdicts) std::printf("%s\n", v.c_str());
    std::cout << nlohmann::json{{"window", window}}.dump() << std::endl;
    if (!std::getenv("PPS_BENCH_KEEP")) std::filesystem::remove_all(state_dir);
    else std::cerr << "pps-bench: kept " << state_dir << "\n";
    return failed ? 1 : 0;
  }

  std::printf("Frames: CPU time (median, p95), headless, 1920x1080, one token dragged (ms)\n");
  std::printf("floor: the same ImDrawList calls for the chips drawn; all chips: none culled\n");
  std::printf(
      "hash: hashing the frame's draw data, as the app's loop does on a quiet frame to see it "
      "settle\n");
  std::printf(
      "damage: finding the tiles that changed, as a window does where the CPU draws (all chips "
      "drawn straight here, none kept in a texture); changed: the share of the screen's tiles\n");
  std::printf("%8s %7s %10s %10s %10s %7s %10s %8s %8s %8s %8s\n", "tokens", "drawn", "frame",
              "frame p95", "floor", "ratio", "all chips", "allocs", "hash", "damage", "changed");
  nlohmann::json frame_ms, frame_p95, floor_ms, floor_all_ms, ratio, hash_ms, damage_ms;
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
    damage_ms[key] = r.damage_ms;
    allocs = std::max(allocs, r.allocs_per_frame);
    std::printf("%8d %7d %10.4f %10.4f %10.4f %7.2f %10.4f %8.2f %8.4f %8.4f %8.3f\n", tokens,
                r.drawn, r.frame_ms, r.frame_p95_ms, r.floor_ms, r.frame_ms / r.floor_ms,
                r.floor_all_ms, r.allocs_per_frame, r.hash_ms, r.damage_ms, r.damaged);
  }

  // A story line's step: every frame of its glide, at the board size a trainer shows.
  const StepResult step = MeasureStepFrames(settings.data, 60, settings.quick ? 2 : 40);
  if (!step.error.empty()) fail("a story line's step: " + step.error);
  std::printf(
      "\nA story line's step gliding, 60 tokens all crossing an axis, presenting: %d frames\n",
      step.frames);
  std::printf("%8s %10s %10s %8s\n", "tokens", "frame", "frame p95", "allocs");
  std::printf("%8d %10.4f %10.4f %8.2f\n", step.tokens, step.frame_ms, step.frame_p95_ms,
              step.allocs_per_frame);

  if (settings.only_tokens) {
    std::filesystem::remove_all(state_dir);
    return failed ? 1 : 0;
  }

  std::vector<std::string> window_verdicts;
  const nlohmann::json window = WindowFigures(settings, fail, window_verdicts);

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

  std::printf("\nProcess (under the current X display, 1280x800; median of %d starts)\n", runs);
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
  std::printf("  CPU: 60 tokens frame < 0.1 ms                  %s\n",
              Verdict(!failed && frame("60") > 0, frame("60") < 0.1));
  std::printf("  CPU: 10000 tokens frame < 4 ms                 %s\n",
              Verdict(!failed && frame("10000") > 0, frame("10000") < 4.0));
  std::printf("  CPU: 10000 tokens ratio <= 1.5                 %s\n",
              Verdict(!failed && ratio_10k > 0, ratio_10k <= 1.5));
  std::printf("  no allocation per frame                        %s\n",
              Verdict(!failed, allocs == 0.0));
  std::printf(
      "  a step's glide: frame <= 2 x a drag's, 60      %s\n",
      Verdict(!failed && step.frame_ms > 0 && frame("60") > 0, step.frame_ms <= 2.0 * frame("60")));
  std::printf("  a step's glide allocates nothing per frame     %s\n",
              Verdict(!failed && step.frames > 0, step.allocs_per_frame == 0.0));
  for (const std::string& v : window_verdicts) std::printf("%s\n", v.c_str());
  std::printf("  startup <= 1.5 x bare window                   %s\n",
              Verdict(startup > 0 && startup_floor > 0, startup <= 1.5 * startup_floor));
  std::printf("  idle CPU < 1 %%                                 %s\n",
              Verdict(idle.cpu_percent >= 0, idle.cpu_percent < 1.0));
  std::printf("  peak RSS < 100 MB                              %s\n",
              Verdict(idle.rss_mb > 0, idle.rss_mb < 100.0));
  std::printf(
      "  peak RSS within 10 MB of the bare window       %s\n\n",
      Verdict(idle.rss_mb > 0 && bare_idle.rss_mb > 0, idle.rss_mb - bare_idle.rss_mb <= 10.0));

  const nlohmann::json summary = {{"frame_ms", frame_ms},
                                  {"frame_p95_ms", frame_p95},
                                  {"floor_ms", floor_ms},
                                  {"floor_all_ms", floor_all_ms},
                                  {"ratio", ratio},
                                  {"draw_hash_ms", hash_ms},
                                  {"damage_ms", damage_ms},
                                  {"allocs_per_frame", allocs},
                                  {"step_glide_ms", step.frame_ms},
                                  {"step_glide_p95_ms", step.frame_p95_ms},
                                  {"step_glide_allocs_per_frame", step.allocs_per_frame},
                                  {"window", window},
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
