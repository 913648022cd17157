// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Keyboard shortcuts: key events to commands, so that a shortcut pressed and released between
// two frames acts exactly once.

#include <optional>

#include "core/input/input_event.h"
#include "ui/state/command.h"

namespace pps {

// The command a key event asks for: 1-9 open the case studies, Ctrl+Z undoes, Ctrl+Shift+Z and
// Ctrl+Y redo, Ctrl+Q quits. Only presses count, not releases.
std::optional<Command> ShortcutFor(const InputEvent& key);

}  // namespace pps
