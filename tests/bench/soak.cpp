// SPDX-License-Identifier: EUPL-1.2
// pps-soak: a long headless run of the real UI under random use — ten pointers pressing,
// dragging and letting go at once, taps on every kind of button, keys, undo and redo, sketches
// saved and opened, autosave — checking every frame that every classification value is finite.
// Prints frames, actions and memory at start and end. Meant for the sanitizer build:
//   pps-soak --data DATA_DIR [--frames N] [--seed S]

#include <imgui.h>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/input/input_queue.h"
#include "core/model/classify.h"
#include "core/model/sketch_file.h"
#include "shell/frame.h"

using namespace pps;

namespace {

double RssMb() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  return -1.0;
}

bool Finite(const Classification& c) {
  bool ok = std::isfinite(c.zwaartepunt.formal) && std::isfinite(c.zwaartepunt.outside) &&
            std::isfinite(c.spread) && std::isfinite(c.axis_distance) &&
            std::isfinite(c.total_weight);
  for (double share : c.shares) ok = ok && std::isfinite(share) && share >= 0.0 && share <= 1.0;
  return ok;
}

struct Counts {
  long presses = 0, moves = 0, releases = 0, cancels = 0, taps = 0, keys = 0, saves = 0, opens = 0;
  long turned = 0;  // frames with the view turned
};

}  // namespace

int main(int argc, char** argv) {
  std::string data;
  long frames = 20000;
  unsigned seed = 20261129u;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--data") data = argv[i + 1];
    else if (arg == "--frames") frames = std::atol(argv[i + 1]);
    else if (arg == "--seed") seed = static_cast<unsigned>(std::atol(argv[i + 1]));
  }
  if (data.empty() || frames <= 0) {
    std::fprintf(stderr, "usage: pps-soak --data DATA_DIR [--frames N] [--seed S]\n");
    return 2;
  }
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("pps-soak-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  // Reports ("Verslag" is tapped too) go to a folder of the soak's own.
  ::setenv("XDG_DOCUMENTS_DIR", (dir / "documents").c_str(), 1);

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1920, 1080);
  io.DeltaTime = 1.0f / 60.0f;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  App app((dir / "state" / "board.json").string(), true);
  AppState& state = app.state;
  InputQueue& queue = app.queue;
  FrameIo no_window;
  state.content = LoadContent(data);
  if (!state.content.errors.empty()) {
    std::fprintf(stderr, "pps-soak: %s\n", state.content.errors.front().c_str());
    return 2;
  }
  if (const Error fonts = LoadFonts(state.fonts, 1.0f))
    std::fprintf(stderr, "pps-soak: %s\n", fonts.what().c_str());
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  state.board.Restore(NewSketch(state), nullptr, std::nullopt, nullptr);

  std::mt19937 random(seed);
  const auto chance = [&](double p) { return std::uniform_real_distribution<>(0, 1)(random) < p; };
  const auto pick = [&](int n) { return std::uniform_int_distribution<>(0, n - 1)(random); };
  const auto anywhere = [&] {
    return ScreenPoint{static_cast<float>(pick(2000) - 40), static_cast<float>(pick(1160) - 40)};
  };
  constexpr int kPointers = 10;
  std::vector<bool> down(kPointers, false);
  Counts n;
  double start_rss = 0.0;
  long bad_frames = 0;
  for (long f = 0; f < frames; ++f) {
    const double now = static_cast<double>(f) / 60.0;
    for (int p = 0; p < kPointers; ++p) {
      const PointerId id =
          p == 0 ? kMousePointer : PointerId{PointerSource::Touch, std::uint32_t(p)};
      if (!down[p] && chance(0.02)) {
        // Press on a chip most of the time, anywhere else now and then.
        ScreenPoint at = anywhere();
        if (!state.chips.rects.empty() && chance(0.8)) {
          const ChipRect& r = state.chips.rects[static_cast<std::size_t>(pick(int(state.chips.rects.size())))];
          at = {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
          if (state.turned) at = {io.DisplaySize.x - at.x, io.DisplaySize.y - at.y};
        }
        queue.Push(PointerEvent(id, PointerPhase::Down, at, now)), down[p] = true, ++n.presses;
      } else if (down[p] && chance(0.05)) {
        const bool cancel = chance(0.1);
        queue.Push(
            PointerEvent(id, cancel ? PointerPhase::Cancel : PointerPhase::Up, anywhere(), now));
        down[p] = false, ++(cancel ? n.cancels : n.releases);
      } else if (down[p]) {
        queue.Push(PointerEvent(id, PointerPhase::Move, anywhere(), now)), ++n.moves;
      }
    }
    if (chance(0.01) && state.targets.size() > 0) {  // a tap on a button, by the mouse or a finger
      const int p = pick(kPointers);
      const PointerId id =
          p == 0 ? kMousePointer : PointerId{PointerSource::Touch, std::uint32_t(p)};
      const TapTarget& t = state.targets[static_cast<std::size_t>(pick(state.targets.size()))];
      // Where the button is on the screen: turned half a turn with the view.
      ScreenPoint at{(t.rect.min.x + t.rect.max.x) * 0.5f, (t.rect.min.y + t.rect.max.y) * 0.5f};
      if (state.turned) at = {io.DisplaySize.x - at.x, io.DisplaySize.y - at.y};
      if (!down[p]) {
        if (p == 0) queue.Push(PointerEvent(id, PointerPhase::Move, at, now));
        queue.Push(PointerEvent(id, PointerPhase::Down, at, now));
        queue.Push(PointerEvent(id, PointerPhase::Up, at, now));
        ++n.taps;
      }
    }
    if (chance(0.01)) {  // a shortcut: a case, undo or redo
      static constexpr Key kKeys[] = {Key::Digit1, Key::Digit5, Key::Digit9,
                                      Key::Z,      Key::Z,      Key::Y};
      const Key key = kKeys[pick(6)];
      const std::uint8_t mods = key == Key::Z || key == Key::Y ? kModCtrl : kModNone;
      queue.Push(KeyEvent(key, mods, true, now));
      queue.Push(KeyEvent(key, mods, false, now));
      ++n.keys;
    }
    if (chance(0.002)) {  // save the board, and open it again
      const std::string file = (dir / "soak.json").string();
      const Error error = SaveSketch(state.board.Current(), file);
      Loaded<Sketch> back = LoadSketch(file);
      if (!error.empty() || !back) {
        std::fprintf(stderr, "pps-soak: frame %ld: %s%s\n", f, error.what().c_str(),
                     back.error.c_str());
        return 1;
      }
      state.router.CancelAll(state.board);
      state.board.Open(std::move(*back.value), nullptr);
      ++n.saves, ++n.opens;
    }
    StepFrame(app, no_window, now);
    if (app.ended) break;
    n.turned += state.turned ? 1 : 0;
    if (!Finite(Classify(state.content.model, state.board.Current().tokens))) ++bad_frames;
    if (f == 999) start_rss = RssMb();  // after the caches have filled
  }
  app.autosave.Update(state, true);
  const double end_rss = RssMb();
  ImGui::DestroyContext();
  std::filesystem::remove_all(dir);
  std::printf(
      "pps-soak: %ld frames, seed %u: %ld presses, %ld moves, %ld releases, %ld cancels, "
      "%ld button taps, %ld keys, %ld saves and opens; %ld frames turned; %zu tokens at the end\n",
      frames, seed, n.presses, n.moves, n.releases, n.cancels, n.taps, n.keys, n.saves, n.turned,
      state.board.Current().tokens.size());
  std::printf("pps-soak: memory (RSS) after 1000 frames %.1f MB, at the end %.1f MB\n", start_rss,
              end_rss);
  std::printf("pps-soak: frames with a classification value not finite: %ld\n", bad_frames);
  return bad_frames == 0 ? 0 : 1;
}
