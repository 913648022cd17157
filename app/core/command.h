#pragma once
// What a user asked for with a button or a key: the intents views return. The app applies them
// at one point in the frame (ui/commands.h), so that every change has one way in.

#include <cstdint>

namespace pps {

enum class CommandKind : std::uint8_t {
  NewSketch,
  Reset,  // the open case back as it was
  Back,   // swap with the previous board
  Undo,
  Redo,
  OpenCase,     // index: the case, 0-based
  AddActivity,  // index: the library activity
  ToggleLanguage,
  ToggleLibrary,
  CloseLibrary,
  DismissMessages,
  Quit,
};

struct Command {
  CommandKind kind = CommandKind::NewSketch;
  int index = -1;  // for OpenCase and AddActivity
};

}  // namespace pps
