// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the user sees: whole frames of the real app in a real window (from the start of a frame
// to the return of its buffer swap), and input to pixels (from an event's arrival to the swap
// that shows it), while real input drags tokens: the X server's mouse (XTest) and TUIO cursors
// over UDP. The app logs each frame (--frame-log); the bench reads the log after the app exits.

#include <string>

#include "frame_figures.h"

namespace pps::bench {

// How long each gesture lasts and what runs.
struct WindowSettings {
  std::string app, bare, data;
  int width = 1920, height = 1080;  // px, the window
  bool quick = false;               // gestures of a second: the numbers mean little
};

struct WindowResult {
  int tokens = 0;       // 0: the bare window
  Figures mouse_frame;  // whole frames while the mouse drags one token
  Figures mouse_moved;  // those of them that took pointer events: they show a move
  double mouse_drawn = 0.0;  // the median share of the screen those drew, 0 to 1
  Figures mouse_input;  // input to pixels: from the mouse event's arrival (its time stamp)
  Figures mouse_sent;   // the same from when the bench sent it (X's queue included)
  Figures tuio_frame;   // whole frames while one TUIO finger drags one token
  Figures tuio_input;   // input to pixels for that finger, from arrival
  Figures tuio_sent;    // and from when the bench sent it
  Figures ten_frame;    // whole frames while ten TUIO fingers drag ten tokens
  Figures ten_input;    // input to pixels for the ten, from arrival
  std::string error;    // empty when every measurement asked for ran
};

// Runs the app at the settings' size on a generated sketch of `tokens` activities: the mouse
// drags one token round the board, then (with `tuio`) one TUIO finger drags another, then ten
// fingers drag ten at once. Checks from the saved sketch that every dragged token moved.
WindowResult MeasureAppWindow(const WindowSettings& settings, int tokens, bool tuio);

// The floor: the bare window at the same size, drawing every frame while the mouse drags.
WindowResult MeasureBareWindow(const WindowSettings& settings);

}  // namespace pps::bench
