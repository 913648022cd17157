// SPDX-License-Identifier: EUPL-1.2
#include "frame_bench.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

#include "alloc_count.h"
#include "bench_sketch.h"
#include "core/input/input_queue.h"
#include "core/model/story.h"
#include "shell/frame.h"
#include "ui/frame/draw_hash.h"
#include "ui/frame/frame_damage.h"
#include "ui/widgets/theme.h"

namespace pps::bench {

namespace {

constexpr int kWarmupFrames = 130;  // more than one turn of the drag circle
constexpr int kFramesPerTurn = 120;
constexpr double kPi = 3.14159265358979323846;

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

// Median and 95th percentile of `samples`. The median, not the mean: on a shared machine a
// few frames are stretched by other work, and the p95 shows them.
void Summarise(std::vector<double> samples, double& median, double& p95) {
  std::sort(samples.begin(), samples.end());
  const auto at = [&](double q) {
    return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
  };
  median = at(0.5);
  p95 = at(0.95);
}

// One frame of the app (StepFrame, with no window): the mouse's event through the input queue
// to ImGui and DrawApp. `phase` Move with `down` unchanged moves; Down and Up press and release.
void AppFrame(App& app, ImVec2 mouse, PointerPhase phase = PointerPhase::Move) {
  app.queue.Push(PointerEvent(kMousePointer, phase, {mouse.x, mouse.y}, ImGui::GetTime()));
  FrameIo no_window;
  StepFrame(app, no_window, ImGui::GetTime());
}

// The floor: the chips the app drew in its last frame, drawn the way it draws them (shadow,
// border, fill, label) straight into one window's draw list, with nothing computed. With
// `every_chip`, all chips instead, buried or not, their labels wrapped as they are drawn: what
// drawing costs without the app's culling.
void FloorFrame(const AppState& state, bool every_chip) {
  const float s = state.scale, r = 10 * s, border = 2 * s;
  ImFont* font = state.fonts.body ? state.fonts.body : ImGui::GetFont();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin("floor", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImDrawListFlags flags = draw->Flags;
  for (std::size_t i = 0; i < state.chips.rects.size(); ++i) {
    const ChipVisibility shown = state.chips.visible[i];
    if (!every_chip && shown == ChipVisibility::Buried) continue;
    const ImVec2 a(state.chips.rects[i].min.x, state.chips.rects[i].min.y);
    const ImVec2 b(state.chips.rects[i].max.x, state.chips.rects[i].max.y);
    draw->Flags = flags & ~ImDrawListFlags_AntiAliasedFill;
    draw->AddRectFilled(ImVec2(a.x + 2 * s, a.y + 3 * s), ImVec2(b.x + 2 * s, b.y + 3 * s),
                        IM_COL32(0, 0, 0, 40), r);
    draw->Flags = flags;
    draw->AddRectFilled(a, b, IM_COL32(90, 90, 90, 255), r);
    draw->AddRectFilled(ImVec2(a.x + border, a.y + border), ImVec2(b.x - border, b.y - border),
                        IM_COL32(255, 255, 255, 255), r - border);
    const std::string& lines = state.chips.labels[i]->lines;
    if (every_chip)
      draw->AddText(font, font->FontSize, ImVec2(a.x + 14 * s, a.y + 9 * s), kInk,
                    state.board.Current().tokens[i].label.nl.c_str(), nullptr, 200 * s);
    else if (shown == ChipVisibility::LabelShows)
      draw->AddText(font, font->FontSize, ImVec2(a.x + 14 * s, a.y + 9 * s), kInk, lines.c_str(),
                    lines.c_str() + lines.size());
  }
  ImGui::End();
  ImGui::Render();
}

// Times `frames` floor frames after a warm-up: median and p95, ms.
void TimeFloor(const AppState& state, bool every_chip, int frames, std::vector<double>& ms,
               double& median, double& p95) {
  ms.clear();
  for (int f = 0; f < kWarmupFrames; ++f) FloorFrame(state, every_chip);
  for (int f = 0; f < frames; ++f) {
    const double start = ThreadCpuMs();
    FloorFrame(state, every_chip);
    ms.push_back(ThreadCpuMs() - start);
  }
  Summarise(ms, median, p95);
}

// A new ImGui context at 1920x1080 (destroyed by the caller) with `app`'s data from `data_dir`
// and its fonts, as the app's frame needs them; on an error, none, and what went wrong.
std::string StartHeadless(App& app, const std::string& data_dir) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1920, 1080);
  io.DeltaTime = 1.0f / 60.0f;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL 3 backend does
  AppState& state = app.state;
  state.content = LoadContent(data_dir);
  if (!state.content.errors.empty() || state.content.library.empty()) {
    ImGui::DestroyContext();
    return "cannot load the data in " + data_dir;
  }
  if (const Error fonts = LoadFonts(state.fonts, 1.0f))
    std::fprintf(stderr, "pps-bench: %s\n", fonts.what().c_str());
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  return {};
}

// One frame of the app in which `key` is pressed and released, or nothing happens (Key::Other).
void KeyFrame(App& app, Key key = Key::Other) {
  if (key != Key::Other) {
    app.queue.Push(KeyEvent(key, kModNone, true, ImGui::GetTime()));
    app.queue.Push(KeyEvent(key, kModNone, false, ImGui::GetTime()));
  }
  FrameIo no_window;
  StepFrame(app, no_window, ImGui::GetTime());
}

}  // namespace

StepResult MeasureStepFrames(const std::string& data_dir, int tokens, int glides) {
  StepResult result;
  result.tokens = tokens;
  App app("", false, true);
  AppState& state = app.state;
  result.error = StartHeadless(app, data_dir);
  if (!result.error.empty()) return result;
  Story story;
  story.id = "bench";
  story.start = GeneratedSketch(state.content, tokens);
  StoryStep across;
  for (const Token& t : story.start.tokens)
    across.move.push_back({t.id, {-t.position.formal, t.position.outside}});
  story.steps.push_back(across);
  state.content.stories.push_back(story);
  state.board.Restore(NewSketch(state), nullptr, std::nullopt, nullptr);
  KeyFrame(app);
  state.commands.push_back(
      Command{CommandKind::OpenStory, static_cast<int>(state.content.stories.size()) - 1});
  KeyFrame(app);
  KeyFrame(app, Key::F5);
  if (!state.presentation.on || !state.story.Open()) result.error = "the story line did not open";

  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(glides) * 600);  // no allocation of the bench's own
  std::uint64_t allocations = 0;
  constexpr int kWarmupGlides = 2;  // the draw lists and the trail grow to their size
  for (int g = 0; g < kWarmupGlides + glides && result.error.empty(); ++g) {
    KeyFrame(app, g % 2 ? Key::PageUp : Key::PageDown);  // the step taken: not timed
    if (!state.story.glide.on) result.error = "the step did not glide";
    // Each frame of the glide (the first makes its tokens: allocations, once a step).
    for (int f = 0; state.story.glide.on && f < 600; ++f) {
      const std::uint64_t before = AllocationCount();
      const double start = ThreadCpuMs();
      KeyFrame(app);
      if (g < kWarmupGlides) continue;
      ms.push_back(ThreadCpuMs() - start);
      if (f > 0) allocations += AllocationCount() - before;
    }
  }
  ImGui::DestroyContext();
  if (ms.empty()) {
    if (result.error.empty()) result.error = "no frame glided";
    return result;
  }
  result.frames = static_cast<int>(ms.size());
  Summarise(ms, result.frame_ms, result.frame_p95_ms);
  result.allocs_per_frame = static_cast<double>(allocations) / static_cast<double>(ms.size());
  return result;
}

FrameResult MeasureFrames(const std::string& data_dir, int tokens, int frames) {
  FrameResult result;
  result.tokens = tokens;
  App app("", false, true);
  AppState& state = app.state;
  result.error = StartHeadless(app, data_dir);
  if (!result.error.empty()) return result;
  state.board.Restore(GeneratedSketch(state.content, tokens), nullptr, std::nullopt, nullptr);
  // Press on the topmost chip, then drag it round a circle that crosses both axes.
  AppFrame(app, ImVec2(-1, -1));
  const ChipRect top = state.chips.rects.back();
  const ImVec2 grab((top.min.x + top.max.x) * 0.5f, (top.min.y + top.max.y) * 0.5f);
  AppFrame(app, grab);
  AppFrame(app, grab, PointerPhase::Down);
  if (!state.router.Any()) result.error = "the drag did not grab a token";
  const ScreenPoint centre = state.board_rect.Center();
  const float radius = state.board_rect.HalfSize() * 0.45f;
  const auto mouse_at = [&](int frame) {
    const double angle = 2.0 * kPi * frame / kFramesPerTurn;
    return ImVec2(centre.x + radius * static_cast<float>(std::cos(angle)),
                  centre.y + radius * static_cast<float>(std::sin(angle)));
  };

  std::vector<double> app_ms, floor_ms, hash_ms, damage_ms, damaged;
  app_ms.reserve(static_cast<std::size_t>(frames));
  hash_ms.reserve(static_cast<std::size_t>(frames));
  damage_ms.reserve(static_cast<std::size_t>(frames));
  damaged.reserve(static_cast<std::size_t>(frames));
  FrameDamage damage;
  floor_ms.reserve(static_cast<std::size_t>(frames));
  for (int f = 0; f < kWarmupFrames; ++f) {
    AppFrame(app, mouse_at(f));
    damage.Update(*ImGui::GetDrawData(), nullptr);
  }
  std::uint64_t hashes = 0;  // kept, so that the hashing is not optimised away
  const std::uint64_t allocations_before = AllocationCount();
  for (int f = 0; f < frames; ++f) {
    const ImVec2 mouse = mouse_at(kWarmupFrames + f);
    const double start = ThreadCpuMs();
    AppFrame(app, mouse);
    const double drawn = ThreadCpuMs();
    app_ms.push_back(drawn - start);
    hashes += HashDrawData(*ImGui::GetDrawData());
    const double hashed = ThreadCpuMs();
    hash_ms.push_back(hashed - drawn);
    damage.Update(*ImGui::GetDrawData(), nullptr);
    damage_ms.push_back(ThreadCpuMs() - hashed);
    damaged.push_back(static_cast<double>(damage.DamagedTiles()) / damage.Tiles());
  }
  const std::uint64_t allocations = AllocationCount() - allocations_before;
  if (!state.router.Any()) result.error = "the token was dropped during the drag";

  TimeFloor(state, false, frames, floor_ms, result.floor_ms, result.floor_p95_ms);
  double unused_p95 = 0.0;
  TimeFloor(state, true, frames, floor_ms, result.floor_all_ms, unused_p95);
  for (const ChipVisibility v : state.chips.visible) result.drawn += v != ChipVisibility::Buried;
  ImGui::DestroyContext();

  Summarise(app_ms, result.frame_ms, result.frame_p95_ms);
  double unused = 0.0;
  Summarise(hash_ms, result.hash_ms, unused);
  Summarise(damage_ms, result.damage_ms, unused);
  Summarise(damaged, result.damaged, unused);
  if (hashes == 0) result.error = "the draw data hashed to nothing";
  result.allocs_per_frame = static_cast<double>(allocations) / frames;
  return result;
}

}  // namespace pps::bench
