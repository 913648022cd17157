// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One frame's input on its way in: turned with the view, touches sorted into the one that works
// the buttons and those that drag tokens, then handed to Dear ImGui 1.86, which reads the mouse
// as state: where it is and which buttons are down after this frame's events.
// InputQueue::TakeFrame() has already split a press and a release that came together over two
// frames.

#include <vector>

#include "core/input/input_event.h"
#include "core/input/pointer_router.h"
#include "ui/frame/frame_damage.h"
#include "ui/frame/turned_panels.h"

struct ImDrawData;

namespace pps {

struct AppState;

// Where the board's tokens, the bin and what covers the board are, as the user last saw them:
// what pointer events are routed against.
PointerTargets BoardTargets(const AppState& state);

// Readies this frame's events for the views: pointers turned with the view when it is turned
// (so that every source, mouse, touch and TUIO, lands where the user sees things), and the touch
// that works the buttons renamed as the mouse; and where touches are down that would press a
// button if they lifted at `now` (seconds, the events' clock: AppState::pressing). Call before
// FeedImGui.
void PrepareInput(AppState& state, std::vector<InputEvent>& events, double now);

// Sets ImGui's mouse position, left button, wheel and modifier keys from `events`. Only the
// mouse pointer reaches ImGui; other pointers go to the board alone. A cancelled press is let go
// off screen, so that it presses no button. Over a panel turned toward a side, the mouse is put
// where that panel lies upright (`panels`, as drawn last).
void FeedImGui(const std::vector<InputEvent>& events, TurnedPanels& panels);

// Turns the panels drawn for a side toward it, then the frame's drawing 180 degrees about the
// middle of the display when the view is turned.
// Call after ImGui::Render(), before the renderer draws it.
void TurnDrawing(const AppState& state, ImDrawData& draw_data);

// The same for rects of the display (px, `display` px wide and high).
void TurnRects(const AppState& state, ImVec2 display, std::vector<PixelRect>& rects);

}  // namespace pps
