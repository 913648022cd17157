// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Finger-sized buttons that remember where they were drawn (AppState::targets), so that a test
// can press one by its label through the real input path.

#include <imgui.h>

#include <cstdint>

#include "ui/state/app_state.h"

namespace pps {

// The interface's text for `s` in the app's language.
inline const char* S(const AppState& state, Str s) {
  return state.content.strings.Get(s, state.language);
}

// Pushes `font`, or the current one again when it was not loaded (PopFont() either way).
inline void PushFont(ImFont* font) { ImGui::PushFont(font ? font : ImGui::GetFont()); }

// Forgets last frame's targets; call once at the start of a frame.
void ClearTargets(AppState& state);

// Records the last ImGui item as the target `label`.
void RecordTarget(AppState& state, const char* label);

// ImGui::Button, recorded. `accent` 0xRRGGBB tints it (0: a plain one); `selected` fills it.
bool TouchButton(AppState& state, const char* label, ImVec2 size, std::uint32_t accent = 0,
                 bool selected = false);

// A full-width button whose `text` wraps onto as many lines as it needs, tinted with `accent`.
// `id` identifies it to ImGui and to tests.
bool WrappedButton(AppState& state, const char* id, const char* text, float min_height,
                   std::uint32_t accent);

// Opens a card over the board: a white, rounded, outlined window at `rect` (px) with `pad` inside
// and `gap` between items; `extra` flags are added (NoInputs for one that only explains). Close
// it with EndCard().
void BeginCard(const char* id, const ChipRect& rect, float pad, float gap, float scale,
               ImGuiWindowFlags extra = 0);
void EndCard();

// The target whose label is `label`, either whole or the part shown (before "##"); nullptr when
// no such button was drawn in the last frame.
const TapTarget* FindTarget(const AppState& state, const char* label);

}  // namespace pps
