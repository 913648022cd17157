// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Finger-sized buttons that remember where they were drawn (Ui::targets), so that a test can
// press one by its label through the real input path.

#include <imgui.h>

#include <cstdint>

#include "core/model/classify.h"
#include "ui/state/ui.h"

namespace pps {

// Pushes `font`, or the current one again when it was not loaded (PopFont() either way).
inline void PushFont(ImFont* font) { ImGui::PushFont(font ? font : ImGui::GetFont()); }

// Records the last ImGui item as the target `label`.
void RecordTarget(const Ui& ui, const char* label);

// How firmly the board holds its type, in words ("stevig in dit type"...).
const char* StabilityText(const Ui& ui, const Classification& c);

// ImGui::Button, recorded. `accent` 0xRRGGBB tints it (0: a plain one); `selected` fills it.
bool TouchButton(const Ui& ui, const char* label, ImVec2 size, std::uint32_t accent = 0,
                 bool selected = false);

// A full-width button whose `text` wraps onto as many lines as it needs, tinted with `accent`.
// `id` identifies it to ImGui and to tests.
bool WrappedButton(const Ui& ui, const char* id, const char* text, float min_height,
                   std::uint32_t accent);

// Opens a card over the board: a white, rounded, outlined window at `rect` (px) with `pad` inside
// and `gap` between items; `extra` flags are added (NoInputs for one that only explains). Close
// it with EndCard().
void BeginCard(const char* id, const ChipRect& rect, float pad, float gap, float scale,
               ImGuiWindowFlags extra = 0);
void EndCard();

}  // namespace pps
