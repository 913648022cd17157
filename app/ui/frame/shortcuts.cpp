// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/shortcuts.h"

namespace pps {

namespace {

Command Blanking(Blank blank) {
  return Command{CommandKind::SetBlank, static_cast<int>(blank)};
}

}  // namespace

std::optional<Command> ShortcutFor(const InputEvent& e, const Presentation& presentation,
                                   const StoryPlay& story) {
  if (e.kind != InputKind::Key || !e.down) return std::nullopt;
  const bool ctrl = e.mods & kModCtrl, shift = e.mods & kModShift, alt = e.mods & kModAlt;
  if (ctrl && !shift && !alt && e.key == Key::Q) return Command{CommandKind::Quit};
  if (presentation.on && presentation.blank != Blank::None) {
    // The screen comes back at any key; the key that blanked it does not act again.
    return Blanking(Blank::None);
  }
  if (alt) return std::nullopt;
  if (!ctrl && e.key == Key::F5) return Command{CommandKind::TogglePresenting};
  if (presentation.on && !ctrl) {
    if (e.key == Key::Escape) return Command{CommandKind::LeavePresenting};
    if (e.key == Key::B || e.key == Key::Period) return Blanking(Blank::Black);
    if (e.key == Key::W || e.key == Key::Comma) return Blanking(Blank::White);
    if (e.key == Key::L) return Command{CommandKind::ToggleLaser};
    if (e.key == Key::S) return Command{CommandKind::ToggleSpotlight};
  }
  if (story.Open() && presentation.on && !ctrl) {
    if (e.key == Key::PageDown || e.key == Key::Right || e.key == Key::Space)
      return Command{CommandKind::StoryStep, story.step + 1};
    if (e.key == Key::PageUp || e.key == Key::Left)
      return Command{CommandKind::StoryStep, story.step - 1};
    if (e.key == Key::T) return Command{CommandKind::StoryStep, story.step};
    if (e.key == Key::Home) return Command{CommandKind::StoryStep, 0};
    if (e.key == Key::End) return Command{CommandKind::StoryStep, story.steps};
  }
  if (!ctrl && !shift && !alt && e.key == Key::C) return Command{CommandKind::NextCompare};
  if (ctrl && e.key == Key::Z) return Command{shift ? CommandKind::Redo : CommandKind::Undo};
  if (ctrl && !shift && e.key == Key::Y) return Command{CommandKind::Redo};
  if (!ctrl && !shift && e.key >= Key::Digit1 && e.key <= Key::Digit9)
    return Command{CommandKind::OpenCase, static_cast<int>(e.key) - static_cast<int>(Key::Digit1)};
  return std::nullopt;
}

}  // namespace pps
