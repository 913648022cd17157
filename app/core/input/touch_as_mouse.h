// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Touches work the buttons by taps, everyone's alike. Dear ImGui follows one mouse; a touch
// table has many fingers and several people at once. A touch that lands on a token drags it
// (PointerRouter). A touch that lands elsewhere presses nothing while it is down: when it lifts
// soon and near where it landed, it was a tap, and the tap is played to ImGui as the mouse
// (pressed in one frame, let go in the next), one tap after another. So a finger resting
// anywhere keeps nobody from pressing a button, two taps in one frame both happen, and a hand
// that rests (longer than a tap) presses nothing. A touch that moves past the slop before it
// lifts drags as the mouse (a panel scrolls), when no other touch does. Contacts that land
// together within a hand's span are a palm: they press nothing and drag nothing. So is a single
// contact whose source reports it as large as a palm or a forearm (a TUIO blob), landing so or
// growing so later: the heel of a hand leaning on the table's edge.

#include <deque>
#include <vector>

#include "core/input/input_event.h"
#include "core/input/pointer_router.h"

namespace pps {

class TouchAsMouse {
 public:
  static constexpr double kTapSeconds = 0.5;   // a touch down longer rests: it is no tap
  static constexpr double kPalmSeconds = 0.2;  // contacts landing within this time of each other
  static constexpr float kHandSpan = 260.0f;   // and this far apart (px at scale 1)...
  static constexpr int kPalmContacts = 3;      // ...this many or more, are one hand
  // A contact longer than this (px at scale 1, in its longest extent) is a palm on its own. The
  // scale makes a button (44 px at scale 1) at least 9 mm tall, and on the tables that report
  // contact sizes (TUIO trackers on 40" and larger screens at 1080p or 4K) a px at scale 1
  // comes to about 0.6-0.8 mm: 45 px is some 27-36 mm, more than a fingertip (10-20 mm) or a
  // thumb pressed flat (about 25 mm), and less than the heel of a hand (40 mm and more), the
  // side of a hand or a forearm (60 mm and more) resting on the table. It is also wider than a
  // button: a contact that covers a whole button cannot mean to press just that one.
  static constexpr float kPalmSize = 45.0f;

  // Rewrites this frame's events: touches on tokens stay as they are, for the board; touches
  // elsewhere become taps played as kMousePointer events, or the mouse itself while one drags.
  // Tokens taken by a palm's contacts are let go (a Cancel). `targets` are the chips as the user
  // last saw them; `scale` sizes the slop's and the hand's px. In the frame after the mouse was
  // let go, it leaves the screen (a move to -FLT_MAX), so that no button stays lit as if
  // hovered: a finger has no hover.
  void Apply(std::vector<InputEvent>& events, const PointerTargets& targets, float scale = 1.0f);

  // Taps wait to be played, or the mouse has yet to leave, or a touch is down that would still
  // be a tap at `now` (seconds, the events' clock; see Pressing): the loop must draw more
  // frames.
  bool Pending(double now) const {
    return !taps_.empty() || pressed_ || leave_ || Pressing(now, nullptr, 0) > 0;
  }

  // Where touches are down that would press a button if they lifted at `now` (landed off the
  // tokens, within kTapSeconds, not a palm, not dragging as the mouse): what the screen shows as
  // pressed, since a touch presses nothing until it lifts. Writes up to `max` of them to `at`
  // and returns how many there are.
  int Pressing(double now, ScreenPoint* at, int max) const;

  // Whether a touch drags as the mouse now.
  bool Active() const { return live_; }

 private:
  struct Touch {
    PointerId pointer;
    ScreenPoint landed;
    double since = 0.0;     // when it landed (the event's time)
    bool on_token = false;  // it landed on a token: it is the board's
    bool palm = false;      // it landed with others as one hand: it presses and drags nothing
    bool down = true;       // false once lifted: kept a while for the palm test
  };
  struct Tap {
    PointerId pointer;
    ScreenPoint at;       // where it landed
    double landed = 0.0;  // when (with the pointer: which touch it was)
  };

  void Land(const InputEvent& e, const PointerTargets& targets, float scale,
            std::vector<InputEvent>& out);
  void Reject(Touch& t, double time, std::vector<InputEvent>& out);
  void Lift(const InputEvent& e, const Touch& touch, float slop);
  void Play(const PointerTargets& targets, double now, std::vector<InputEvent>& out);
  Touch* Of(PointerId pointer);

  std::vector<Touch> touches_;  // down now, and lifted within kPalmSeconds
  std::deque<Tap> taps_;        // waiting to be played, oldest first
  bool pressed_ = false;        // a tap was pressed last frame: it is let go in this one
  Tap playing_;
  bool live_ = false;  // a touch drags as the mouse
  PointerId live_pointer_;
  bool mouse_down_ = false;          // the real mouse's button is down
  bool leave_ = false;               // the mouse was let go: it leaves the screen next
  bool button_changed_ = false;      // ImGui's button went down or up in this frame already
  double clock_ = 0.0;               // the latest event's time: what played taps are stamped with
  std::vector<InputEvent> scratch_;  // the frame's events as rewritten, then the frame's before
};

// Whether a press at `p` (px) lands on a token's chip on the board (not on what covers it).
bool LandsOnToken(const PointerTargets& targets, ScreenPoint p);

}  // namespace pps
