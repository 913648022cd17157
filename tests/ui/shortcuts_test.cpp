// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <optional>

#include "core/input/input_event.h"
#include "ui/frame/shortcuts.h"
#include "ui/state/command.h"

using namespace pps;

namespace {

std::optional<Command> Press(Key key, std::uint8_t mods) {
  return ShortcutFor(KeyEvent(key, mods, true, 0.0));
}

bool Is(const std::optional<Command>& c, CommandKind kind) {
  return c && c->kind == kind;
}

}  // namespace

TEST_CASE("Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Ctrl+Q quits") {
  CHECK(Is(Press(Key::Z, kModCtrl), CommandKind::Undo));
  CHECK(Is(Press(Key::Z, kModCtrl | kModShift), CommandKind::Redo));
  CHECK(Is(Press(Key::Y, kModCtrl), CommandKind::Redo));
  CHECK(Is(Press(Key::Q, kModCtrl), CommandKind::Quit));
}

TEST_CASE("digits 1 to 9 open the case studies 0 to 8") {
  const Key digits[] = {Key::Digit1, Key::Digit2, Key::Digit3, Key::Digit4, Key::Digit5,
                        Key::Digit6, Key::Digit7, Key::Digit8, Key::Digit9};
  for (int i = 0; i < 9; ++i) {
    const std::optional<Command> c = Press(digits[i], kModNone);
    REQUIRE(Is(c, CommandKind::OpenCase));
    CHECK(c->index == i);
  }
  CHECK_FALSE(Press(Key::Digit1, kModCtrl));
  CHECK_FALSE(Press(Key::Digit1, kModShift));
}

TEST_CASE("key releases ask for nothing") {
  CHECK_FALSE(ShortcutFor(KeyEvent(Key::Z, kModCtrl, false, 0.0)));
  CHECK_FALSE(ShortcutFor(KeyEvent(Key::Q, kModCtrl, false, 0.0)));
  CHECK_FALSE(ShortcutFor(KeyEvent(Key::Digit3, kModNone, false, 0.0)));
}

TEST_CASE("Alt combinations and unbound keys ask for nothing") {
  CHECK_FALSE(Press(Key::Z, kModCtrl | kModAlt));
  CHECK_FALSE(Press(Key::Z, kModCtrl | kModShift | kModAlt));
  CHECK_FALSE(Press(Key::Y, kModCtrl | kModAlt));
  CHECK_FALSE(Press(Key::Q, kModCtrl | kModAlt));
  CHECK_FALSE(Press(Key::Digit1, kModAlt));
  CHECK_FALSE(Press(Key::Z, kModNone));
  CHECK_FALSE(Press(Key::Q, kModNone));
  CHECK_FALSE(Press(Key::Y, kModCtrl | kModShift));
  CHECK_FALSE(Press(Key::Other, kModCtrl));
  CHECK_FALSE(ShortcutFor(PointerEvent(kMousePointer, PointerPhase::Down, {0, 0}, 0.0)));
}
