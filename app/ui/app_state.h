#pragma once
// Everything one frame of the app reads and changes. The sketch is the model; the rest is
// view state that the UI keeps between frames.

#include <string>

#include "core/content.h"
#include "core/sketch.h"
#include "core/text.h"
#include "ui/fonts.h"

namespace pps {

struct AppState {
  Content content;       // model, guidance, cases, library, strings: loaded once at start
  Sketch sketch;         // what is on the board
  Language language = Language::Dutch;
  float scale = 1.0f;    // the monitor's content scale; every size in px is multiplied by it
  UiFonts fonts;         // null fonts mean ImGui's default
};

// A new, empty sketch named in the app's language.
Sketch NewSketch(const AppState& state);

// Draws one frame of the whole app: board and sidebar. Call between ImGui::NewFrame() and
// ImGui::Render(). Reads input once, changes `state`, allocates nothing in the steady state.
void DrawApp(AppState& state);

}  // namespace pps
