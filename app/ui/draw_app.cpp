#include <imgui.h>

#include <algorithm>

#include "core/classify.h"
#include "ui/app_state.h"
#include "ui/board_view.h"
#include "ui/sidebar.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace pps {

namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;
constexpr int kMousePointer = 0;  // touch cursors use ids from 1 up

void DataErrors(const AppState& state) {
  if (state.content.errors.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 30, 30, 255));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(state.content.strings.Get(Str::DataErrors, state.language));
  for (const std::string& e : state.content.errors) {
    ImGui::Bullet();
    ImGui::TextUnformatted(e.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Separator();
}

// The mouse (or a single touch, which X11 delivers as the mouse) drives pointer 0.
void MouseInput(AppState& state, const BoardRect& rect, bool board_hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  const ScreenLayout& layout = state.content.model.layout;
  const BoardPoint at = ScreenToBoard(layout, rect, {io.MousePos.x, io.MousePos.y});
  if (io.MouseClicked[0] && board_hovered) {
    const int token = TopmostAt(state.chips, {io.MousePos.x, io.MousePos.y});
    if (token >= 0 && state.drags.Press(state.sketch, kMousePointer, token, at)) ++state.edits;
  }
  if (io.MouseDown[0] && state.drags.Move(state.sketch, kMousePointer, at)) ++state.edits;
  if (io.MouseReleased[0] || !io.MouseDown[0]) {
    const int held = state.drags.HeldBy(kMousePointer);
    state.drags.Release(kMousePointer);
    if (held >= 0 && Contains(state.trash, {io.MousePos.x, io.MousePos.y}))
      RemoveToken(state, held);
  }
}

void CaseKeys(AppState& state) {
  if (ImGui::GetIO().WantTextInput) return;
  const int n = std::min<int>(9, static_cast<int>(state.content.cases.size()));
  for (int i = 0; i < n; ++i)
    if (ImGui::IsKeyPressed('1' + i, false)) state.case_to_open = i;
}

}  // namespace

void Trail::Add(BoardPoint p, double time) {
  if (count > 0) {
    const BoardPoint& last = points[(next + kSamples - 1) % kSamples];
    if (last.formal == p.formal && last.outside == p.outside) return;
  }
  points[next] = p;
  times[next] = time;
  next = (next + 1) % kSamples;
  count = std::min(count + 1, kSamples);
}

Sketch NewSketch(const AppState& state) {
  Sketch sketch;
  sketch.name = state.content.strings.text[static_cast<int>(Str::NewSketch)];
  return sketch;
}

void OpenSketch(AppState& state, Sketch sketch, const Sketch* origin) {
  const bool held_work =
      !state.sketch.tokens.empty() && (!state.origin || !SameTokens(state.sketch, *state.origin));
  if (held_work) {
    if (state.previous) state.displaced.push_back(std::move(*state.previous));
    state.previous = std::move(state.sketch);
  }
  state.drags.Clear();
  state.trail.Clear();
  state.timeline.Restart();
  state.origin.reset();
  if (origin) state.origin = *origin;
  state.sketch = std::move(sketch);
  ++state.edits;
}

void BackToPrevious(AppState& state) {
  if (!state.previous) return;
  Sketch back = std::move(*state.previous);
  state.previous.reset();
  const Sketch* origin = FindCase(state.content, back.id);
  OpenSketch(state, std::move(back), origin);
}

void AddActivity(AppState& state, const Activity& activity) {
  AddToken(state.sketch, activity.token);
  ++state.edits;
}

void RemoveToken(AppState& state, int token) {
  if (token < 0 || token >= static_cast<int>(state.sketch.tokens.size())) return;
  if (state.drags.IsHeld(token)) return;
  state.sketch.tokens.erase(state.sketch.tokens.begin() + token);
  state.drags.Removed(token);
  ++state.edits;
}

void ResetToOrigin(AppState& state) {
  if (!state.origin) return;
  Sketch original = *state.origin;
  OpenSketch(state, original, &original);
}

bool DrawApp(AppState& state) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float sidebar_w = std::max(360.0f * state.scale, display.x * 0.3f);
  const float toolbar_w = 220.0f * state.scale;
  const float board_w = display.x - sidebar_w - toolbar_w;
  const double now = ImGui::GetTime();

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(toolbar_w, display.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(16.0f * state.scale, 20.0f * state.scale));
  ImGui::Begin("toolbar", nullptr, kPanel & ~ImGuiWindowFlags_NoScrollbar);
  DrawToolbar(state);
  ImGui::End();
  ImGui::PopStyleVar();

  ImGui::SetNextWindowPos(ImVec2(toolbar_w, 0));
  ImGui::SetNextWindowSize(ImVec2(board_w, display.y));
  ImGui::Begin("board", nullptr, kPanel | ImGuiWindowFlags_NoScrollWithMouse);
  const BoardRect rect =
      FitBoard({toolbar_w, 0.0f}, {toolbar_w + board_w, display.y}, 16.0f * state.scale);
  state.board_rect = rect;
  MouseInput(state, rect, ImGui::IsWindowHovered());
  CaseKeys(state);

  // From here on the frame reads the tokens as they stand after this frame's input.
  const Classification c = Classify(state.content.model, state.sketch.tokens);
  state.timeline.Observe(c.type, now);
  if (c.type) state.trail.Add(c.zwaartepunt, now);
  else state.trail.Clear();
  const bool animating = DrawBoard(ImGui::GetWindowDrawList(), state, c, rect, now);
  ImGui::End();

  ImGui::SetNextWindowPos(ImVec2(toolbar_w + board_w, 0));
  ImGui::SetNextWindowSize(ImVec2(sidebar_w, display.y));
  ImGui::Begin("sidebar", nullptr, kPanel & ~ImGuiWindowFlags_NoScrollbar);
  DataErrors(state);
  DrawSidebar(state, c);
  ImGui::End();

  if (state.case_to_open >= 0 && state.case_to_open < static_cast<int>(state.content.cases.size()))
    OpenSketch(state, state.content.cases[state.case_to_open],
               &state.content.cases[state.case_to_open]);
  state.case_to_open = -1;
  return animating || state.drags.Any();
}

}  // namespace pps
