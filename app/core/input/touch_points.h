// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A touch screen's reports (X11 XInput 2.2 touch events, already stripped of X types) to pointer
// events: each finger its own pointer, so ten fingers drag ten tokens. Kept apart from X so that
// it can be tested without a server, which cannot make touches under Xvfb.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/input/input_event.h"
#include "core/model/board_geometry.h"

namespace pps {

enum class TouchKind : std::uint8_t { Begin, Update, End, Cancel };  // Cancel: the system took it

// One touch report as the server gives it.
struct TouchReport {
  TouchKind kind = TouchKind::Update;
  int device = 0;           // the physical (slave) device that saw the touch
  std::uint32_t touch = 0;  // the server's touch id, unique while the touch lasts
  double x = 0.0, y = 0.0;  // px, window coordinates
  double time = 0.0;        // seconds, the platform's clock (as every InputEvent)
  double size = 0.0;        // px, the contact's longest extent; 0 when the screen does not say
};

// Valuator `number` of an XInput event, whose valuators come packed (XI2proto, "Valuators"):
// `mask` has a bit per valuator, set when the event carries it, and `values` holds one value per
// set bit, in bit order. Nothing when the event does not carry it (a device sends an axis only
// when it changed, except x and y).
std::optional<double> PackedValuator(const unsigned char* mask, int mask_len, const double* values,
                                     int number);

// px of a touch-major valuator's `value` (ABS_MT_TOUCH_MAJOR): the kernel's multi-touch protocol
// gives it "in surface units", those of ABS_MT_POSITION_X, whose range [x_min, x_max] the X server
// stretches over the screen's `screen_width` px. 0 (unknown) for a value or range that makes no
// sense; at most the screen's width, which is a palm all the same.
double TouchMajorToPx(double value, double x_min, double x_max, double screen_width);

class TouchPoints {
 public:
  // As many fingers as PointerRouter can hold tokens with; more are ignored until some lift.
  static constexpr int kMaxTouches = 32;

  // Appends to `out` what `report` means as pointer events (nothing, one, or two):
  // - Begin gives a Down for a new pointer (a fresh id: the pair device/touch id does not fit
  //   PointerId's 32 bits, and a fresh id can never meet a stale grab of an old touch). A Begin
  //   for a touch already live (a lost End) first cancels the old one. A Begin beyond
  //   kMaxTouches live touches is dropped, and so are its later reports.
  // - Update gives a Move. An Update for a touch never begun is ignored rather than begun: it
  //   is a touch that was dropped (too many fingers), and starting it mid-gesture could grab
  //   whatever token happens to be under the finger now.
  // - End gives an Up and forgets the touch; an End for an unknown touch is ignored. Cancel (the
  //   system took the touch: a browser's touchcancel) gives a Cancel: it presses nothing.
  // A report with a position that is not a finite number is ignored (an End then lifts the
  // touch where it was last seen).
  // Down and Move carry the contact's size (for TouchAsMouse's palm test). An Update of size 0
  // keeps the size last reported: the server sends an axis other than x and y only when it
  // changed. A size that is not a finite, positive number is 0 (unknown).
  void Translate(const TouchReport& report, std::vector<InputEvent>& out);

  // Cancels every live touch of `device` (it was unplugged or disabled): each pointer lets go of
  // its token where it is now.
  void CancelDevice(int device, double time, std::vector<InputEvent>& out);

  // Cancels every live touch (the window or the connection to the server is gone).
  void CancelAll(double time, std::vector<InputEvent>& out);

  // How many touches are live now.
  int Live() const;

  // How many Begins were dropped because kMaxTouches touches were live.
  std::uint64_t Dropped() const { return dropped_; }

 private:
  struct Slot {
    bool used = false;
    int device = 0;
    std::uint32_t touch = 0;
    std::uint32_t pointer = 0;  // PointerId::id of this touch
    ScreenPoint at;             // px, where it was last seen
    float size = 0.0f;          // px, as last reported; 0 unknown
  };
  Slot* Find(int device, std::uint32_t touch);
  static void Cancel(Slot& slot, double time, std::vector<InputEvent>& out);

  std::array<Slot, kMaxTouches> slots_{};
  std::uint32_t next_pointer_ = 0;
  std::uint64_t dropped_ = 0;
};

}  // namespace pps
