// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What is on screen, as text for a script that drives the real app from outside
// (--dump-layout, tests/e2e): the window, the board and its axes, every button drawn in the last
// frame (AppState::targets) by a stable id, and every token. Positions are px in the window as
// the screen shows it: turned with the view.
//
//   window W H scale S view upright|turned
//   board X0 Y0 X1 Y1
//   axes CX CY FX FY OX OY        the board's centre, and px per board unit along formal, outside
//   button ID X0 Y0 X1 Y1 LABEL   LABEL as shown, to the end of the line
//   token ID X Y X0 Y0 X1 Y1 LABEL  where it stands, and its chip as laid out last (a chip
//                                 stays inside the board: a token at its edge is off its middle)
//   label ID X0 Y0 X1 Y1          the text of a token's label, for each drawn whole
//   card ID X0 Y0 X1 Y1 angle A   the open card of token ID, A degrees turned clockwise (0, 90,
//                                 180, 270: toward the bottom, left, top or right side)
//   entry X0 Y0 X1 Y1 angle A TARGET TEXT  an open keyboard, the same way, the token (or file)
//                                 its text is for ("_" none) and the text typed so far
//   speaker X Y W H               presenting on two screens: the presenter's window on the
//                                 desktop (px), then its buttons in it, as the window's above:
//   speaker-button ID X0 Y0 X1 Y1 LABEL

#include <string>

#include "ui/frame/layout.h"
#include "ui/state/app_state.h"

namespace pps {

// The id a script names the button `label` by, the same in both languages: what follows "##" in
// it ("1  CIV Water##case2": "case2"), else the key in data/strings.json of its text ("↶":
// "undo"), else its text with each space as "_".
std::string TargetId(const AppState& state, const char* label);

// The layout of the last frame drawn on a display of `display` px. An id drawn twice in one
// frame gets "-2", "-3"... on its later ones; whitespace in a token's id becomes "_".
std::string DumpLayout(const AppState& state, DisplaySize display);

// The presenter's window at `x` `y` on the desktop, `size` px, and its buttons `targets`.
std::string DumpSpeaker(const AppState& state, const TapTargets& targets, int x, int y,
                        DisplaySize size);

}  // namespace pps
