// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/shortcuts.h"

namespace pps {

std::optional<Command> ShortcutFor(const InputEvent& e) {
  if (e.kind != InputKind::Key || !e.down) return std::nullopt;
  const bool ctrl = e.mods & kModCtrl, shift = e.mods & kModShift, alt = e.mods & kModAlt;
  if (alt) return std::nullopt;
  if (ctrl && e.key == Key::Z) return Command{shift ? CommandKind::Redo : CommandKind::Undo};
  if (ctrl && !shift && e.key == Key::Y) return Command{CommandKind::Redo};
  if (ctrl && !shift && e.key == Key::Q) return Command{CommandKind::Quit};
  if (!ctrl && !shift && e.key >= Key::Digit1 && e.key <= Key::Digit9)
    return Command{CommandKind::OpenCase, static_cast<int>(e.key) - static_cast<int>(Key::Digit1)};
  return std::nullopt;
}

}  // namespace pps
