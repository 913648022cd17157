// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Input as events, not state: every source (the mouse now; touch screens and TUIO next) turns
// what it saw into these, in one coordinate space (px of the window), so that a press and a
// release inside one frame are two events and nothing is lost between frames.

#include <cstdint>

#include "core/model/board_geometry.h"

namespace pps {

enum class PointerSource : std::uint8_t { Mouse, Touch, Tuio };

// A pointer, unique across sources: the same number from two sources is two pointers.
struct PointerId {
  PointerSource source = PointerSource::Mouse;
  std::uint32_t id = 0;  // the source's own number for it

  friend bool operator==(PointerId a, PointerId b) { return a.source == b.source && a.id == b.id; }
  friend bool operator!=(PointerId a, PointerId b) { return !(a == b); }
};

// The one pointer Dear ImGui follows: the mouse (on X11 a single touch arrives as the mouse).
inline constexpr PointerId kMousePointer{PointerSource::Mouse, 0};

enum class PointerPhase : std::uint8_t { Down, Move, Up, Cancel };

// The keys the app acts on; everything else arrives as Other.
enum class Key : std::uint8_t {
  Other,
  Digit1,
  Digit2,
  Digit3,
  Digit4,
  Digit5,
  Digit6,
  Digit7,
  Digit8,
  Digit9,
  Q,
  Y,
  Z,
  Backspace,
  Enter,  // the keypad's too
  Escape,
  // A presentation clicker's: F5 and Escape (one button sends them in turn), PageDown and
  // PageUp (next and back), and B or "." for a black screen, W or "," for a white one.
  F5,
  PageDown,
  PageUp,
  B,
  W,
  Period,
  Comma,
  L,  // presenting: the laser pointer
  S,  // presenting: the spotlight
  // A story line's next and back step, besides PageDown and PageUp.
  Right,
  Left,
  Space,
  T,     // a story line: back from a detour to the script's board ("Terug")
  Home,  // a story line's start
  End,   // ... and its end
  C,     // compare with a case study, faintly under the board: the next one, then none
};

// Modifier keys held with a key, as bits.
inline constexpr std::uint8_t kModNone = 0, kModCtrl = 1, kModShift = 2, kModAlt = 4;

// Char: a typed character (a code point, after the keyboard layout and dead keys), apart from
// Key so that typing and shortcuts never read the same thing twice.
enum class InputKind : std::uint8_t { Pointer, Scroll, Key, Char };

struct InputEvent {
  InputKind kind = InputKind::Pointer;
  double time = 0.0;  // seconds, the platform's clock, when the event reached the app

  // Pointer: which, what happened, and where (px).
  PointerId pointer;
  PointerPhase phase = PointerPhase::Move;
  ScreenPoint at;
  // Pointer: the contact's longest extent (px) as its source measured it; 0 when the source
  // does not say (the mouse, a TUIO cursor), which is never taken for a palm.
  float size = 0.0f;

  // Scroll: wheel steps (positive: up and right).
  float scroll_x = 0.0f, scroll_y = 0.0f;

  // Key: pressed (or repeated) when `down`, released otherwise.
  Key key = Key::Other;
  std::uint8_t mods = kModNone;  // kMod* bits
  bool down = false;

  // Char: the code point typed.
  char32_t code_point = 0;
};

// Shorthands for sources and tests.
inline InputEvent PointerEvent(PointerId pointer, PointerPhase phase, ScreenPoint at, double time) {
  InputEvent e;
  e.kind = InputKind::Pointer;
  e.pointer = pointer;
  e.phase = phase;
  e.at = at;
  e.time = time;
  return e;
}

inline InputEvent KeyEvent(Key key, std::uint8_t mods, bool down, double time) {
  InputEvent e;
  e.kind = InputKind::Key;
  e.key = key;
  e.mods = mods;
  e.down = down;
  e.time = time;
  return e;
}

inline InputEvent CharEvent(char32_t code_point, double time) {
  InputEvent e;
  e.kind = InputKind::Char;
  e.code_point = code_point;
  e.time = time;
  return e;
}

inline InputEvent ScrollEvent(float x, float y, double time) {
  InputEvent e;
  e.kind = InputKind::Scroll;
  e.scroll_x = x;
  e.scroll_y = y;
  e.time = time;
  return e;
}

}  // namespace pps
