// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Keyboard shortcuts: key events to commands, so that a shortcut pressed and released between
// two frames acts exactly once.

#include <optional>

#include "core/input/input_event.h"
#include "ui/state/command.h"
#include "ui/state/view_state.h"

namespace pps {

// The command a key event asks for: 1-9 open the case studies, Ctrl+Z undoes, Ctrl+Shift+Z and
// Ctrl+Y redo, Ctrl+Q quits, F5 starts and ends presenting. While presenting (a clicker's keys):
// Escape ends it; B or "." blanks the screen black, W or "," white, the same key again shows it;
// on a blank screen any key only shows it again; L turns the laser pointer on and off, S the
// spotlight. Only presses count, not releases.
// Presenting with a story line open, PageDown, the right or down arrow and Space step it on,
// PageUp and the left or up arrow back.
std::optional<Command> ShortcutFor(const InputEvent& key, const Presentation& presentation = {},
                                   const StoryPlay& story = {});

}  // namespace pps
