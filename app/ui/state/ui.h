// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What every view is given to draw with: the content and the words in the app's language, the
// size, the fonts; where it records the buttons it drew; and the one way it asks for a change,
// a Command applied at the frame's end. A view takes this, what it shows, and the view state
// it keeps; never the whole AppState.

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/board_geometry.h"
#include "core/model/content.h"
#include "core/model/pps_type.h"
#include "core/model/table_sides.h"
#include "ui/state/command.h"
#include "ui/widgets/fonts.h"

namespace pps {

// A button as drawn in the last frame, by its label, so that a test can press it like a user.
struct TapTarget {
  std::array<char, 96> label{};  // the ImGui label, "##" suffix and all
  ChipRect rect;                 // px
  ChipRect visible;              // px: the part of it its panel shows (empty: scrolled away)
};

// The buttons drawn in the last frame, in drawing order.
class TapTargets {
 public:
  void Clear() { count_ = 0; }
  // Records `label` at `rect`, of which `visible` is seen; beyond kMax buttons a frame, the rest
  // are not recorded.
  void Record(const char* label, const ChipRect& rect, const ChipRect& visible);
  // The target whose label is `label`, either whole, the part shown (before "##") or, given as
  // "##id", its id; nullptr when no such button was drawn.
  const TapTarget* Find(const char* label) const;
  const TapTarget* begin() const { return items_.data(); }
  const TapTarget* end() const { return items_.data() + count_; }
  int size() const { return count_; }
  const TapTarget& operator[](std::size_t i) const { return items_[i]; }

 private:
  static constexpr int kMax = 160;  // a gallery of sketches has four buttons a card
  std::array<TapTarget, kMax> items_{};
  int count_ = 0;
};

// What the sidebar showed in the last frame, so tests can check it without reading pixels.
struct ShownGuidance {
  std::optional<PpsType> type;
  std::array<PpsType, kTypeCount> sections{};  // the types whose guidance was shown, in order
  int section_count = 0;
  // Per section, when its preconditions were laid out in view this frame: the heading drawn
  // above them and how many groups of them (null and 0 while out of view).
  std::array<const char*, kTypeCount> preconditions_heading{};
  std::array<int, kTypeCount> precondition_groups{};
  // The same for its pitfalls, under the publication's numbered "valkuilen" headings.
  std::array<const char*, kTypeCount> pitfalls_heading{};
  std::array<int, kTypeCount> pitfall_groups{};
};

// What the board showed in the last frame besides its chips, for the same reason.
struct ShownBoard {
  int ghosts = 0;           // faint chips where a case's moved tokens started
  int trail_pieces = 0;     // visible pieces of the zwaartepunt's fading trail
  bool banner = false;      // the type-shift banner
  bool start_hint = false;  // how to start, on an empty board
  // Vertices in the board's draw list: after what lies under the chips (quadrants, axes, ghosts,
  // the aim), where the chips begin, where what lies over the still chips and under the held
  // ones begins and ends (trail, quadrant names, the banner, then the zwaartepunt), and the
  // zwaartepunt's marker within that. Without a layer renderer, the still chips lie between
  // chips_begin and over_chips_begin, the held ones after over_chips_end.
  int under_chips_end = 0, chips_begin = 0;
  int over_chips_begin = 0, over_chips_end = 0;
  int zwaartepunt_begin = 0, zwaartepunt_end = 0;
  int aim_begin = 0;  // where the aim's ghosts and arrows begin: over the still chips
  // Where the zwaartepunt's name was drawn (px); none when every side of it held a chip.
  std::optional<ChipRect> zwaartepunt_label;
  std::optional<BoardPoint> zwaartepunt;  // where it was drawn (board units); none: not drawn
  bool glide = false;    // a story line's step under way: the tokens shown part way
  int compared = 0;      // the faint chips of a case study compared with
  bool bin = false;      // the bin, offered while a token is dragged
  bool bin_hot = false;  // ... with a dragged token's pointer over it
  int aim_moves = 0;     // the aim's arrows from a chip to a ghost chip where it should go
  int aim_adds = 0;      // the aim's dashed "+" chips of activities to add
  std::string step_note;  // what the last undo or redo did, as said on the board; "": nothing
  std::string pulsed;     // the token pulsing because an undo or redo touched it; "": none
};

// What a frame showed, for tests only: the app runs without one (Ui::probe is null).
struct FrameProbe {
  ShownGuidance guidance;
  ShownBoard board;
  int buttons_pressed = 0;  // buttons shown pressed under a touch that has not lifted yet
};

struct Ui {
  const Content& content;  // model, guidance, cases, library, the interface's words
  Language language;
  float scale;  // the monitor's content scale; every size in px is multiplied by it
  const UiFonts& fonts;
  TapTargets& targets;             // the buttons drawn this frame
  std::vector<Command>& commands;  // asked for in this frame, applied at its end
  FrameProbe* probe = nullptr;     // tests only
  // The turn of the panel being drawn, when it faces a side of the table: the buttons it records
  // are where the screen shows them. Null: upright.
  const Turn* turn = nullptr;
  // Drawn for a room (presenting): the body font is the smallest text, which the room's rule
  // sizes; nothing is drawn smaller.
  bool room = false;

  void Ask(Command command) const { commands.push_back(std::move(command)); }
};

// The interface's text for `s` in the app's language.
inline const char* S(const Ui& ui, Str s) {
  return ui.content.strings.Get(s, ui.language);
}

}  // namespace pps
