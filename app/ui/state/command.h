// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What a user asked for with a button or a key: the intents views return. The app applies them
// at one point in the frame (ui/session/commands.h), so that every change has one way in.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "core/model/sketch.h"

namespace pps {

enum class CommandKind : std::uint8_t {
  None,  // nothing asked for (a Command made without a kind)
  NewSketch,
  Reset,  // the open case back as it was
  Back,   // swap with the previous board
  Undo,
  Redo,
  OpenCase,        // index: the case, 0-based
  AddActivity,     // index: the library activity
  AddOwnActivity,  // text: the label of one's own activity, put in the middle of the board
  ToggleLanguage,
  ToggleLibrary,
  ToggleTurn,        // the whole view turned 180 degrees, for the other side of the table
  TogglePresenting,  // presentation mode on or off (F5, the button)
  LeavePresenting,   // presentation mode off (Escape, the room panel's button)
  SetBlank,          // index: Blank, the screen black or white or shown again
  ToggleLaser,       // presenting: the laser pointer on or off (L, the room panel's button)
  ToggleSpotlight,   // presenting: the spotlight on or off (S, the room panel's button)
  NextRoomPoints,    // index: the first of the type's points the room sees
  SwapRoomScreen,    // presenting on two screens: the room sees the other one
  OpenStory,         // index: the story line in Content::stories, opened at its start
  StoryStep,         // index: the step of the open story line to show (0: its start); the
                     // step shown again: back from a detour to the script's board
  ToggleStorySteps,  // the room panel lists the open story line's steps, to jump to one
  SetStepSeconds,    // index: how long a story line's step glides, in tenths of a second, kept
  SetCompare,        // index: the case study shown faintly under the board (-1: none)
  NextCompare,       // the next case study to compare with, after the last none (C)
  CompareSaved,      // file: a kept sketch to compare with (again: none)
  // Story lines recorded by doing (ui/session/story_recording.h).
  StartRecording,      // from the board as it is, every settled change a step
  StopRecording,       // text: the name it is kept under (none: nothing recorded is dropped)
  SetRecordedCaption,  // text: the caption of the last step recorded
  EditStory,           // file: one's own story line whose steps the gallery lists (again: none)
  SetStoryCaption,     // token: one's own story line's step, StepOf; text: its caption
  RemoveStoryStep,     // token: one's own story line's step, StepOf
  RemoveStory,         // file: one's own story line, to the bin of its folder
  ExportStory,         // index: a story line, its file into the documents folder
  SetRoomDepth,        // index: metres to the back row (4, 6, 8 or 10 in the room panel), kept
  SetTableSides,  // index: the sides of the table people sit at (1, 2 or 4), kept for next time
  CloseLibrary,
  DismissMessages,
  Quit,
  RemoveToken,           // token: off the board
  PutBackToken,          // token: back where the open case has it
  RenameToken,           // token, text: its label, in both languages
  SetTokenNote,          // token, text: its note
  SetSketchName,         // text: the sketch's name (the description kept)
  SetSketchDescription,  // text: the sketch's description (the name kept)
  // The gallery of one's own sketches (ui/session/gallery_commands.h); file: the saved sketch's
  // file.
  ToggleGallery,
  CloseGallery,
  SaveSketchAs,     // text: the name
  OpenSaved,        // file
  DuplicateSaved,   // file
  RenameSaved,      // file; text: the new name
  RemoveSaved,      // file, to the bin
  ExportSaved,      // file, a copy into the documents folder (in a browser: a download)
  RestoreSaved,     // file: in the bin
  KeepBothFiles,    // the board's file changed on disk: ours to a new file beside it
  LoadTheirs,       // ... or theirs onto the board
  SetTokenWeight,   // token; index: the weight in halves (3 is 1.5)
  DuplicateToken,   // token: a copy beside it, on top
  SetAim,           // index: the type aimed for (Index(PpsType)), or -1 for no aim
  ApplyAim,         // the aim's plan, as one undo step
  ExportReport,     // the report of the board into the documents folder
  CloseReport,      // the report's view in the sidebar
  CopyReportToUsb,  // file: the USB stick (MountedSticks) the report last made goes onto
};

// One's own story line's step as a command's token: "STEP:FILE", the step (1-based) and the
// story line's file (which, unlike its place in the list, no removal moves).
inline std::string StepOf(const std::string& file, std::size_t step) {
  return std::to_string(step) + ":" + file;
}

struct Command {
  CommandKind kind = CommandKind::None;
  int index = -1;     // for OpenCase and AddActivity
  std::string token;  // for the token's own commands: its id
  std::string file;   // for the gallery's commands on a saved sketch: its file
  std::string text;   // for commands that set a text: what was typed
  std::optional<BoardPoint> at;  // AddActivity, AddOwnActivity: where it was carried to; none:
                                 // its own place (one's own: the middle)

  Command() = default;
  Command(CommandKind k, int i = -1, std::string id = {})
      : kind(k), index(i), token(std::move(id)) {}

  // A command on the file at `path`: a saved sketch of the gallery, a USB stick.
  static Command OnFile(CommandKind k, std::string path) {
    Command c(k);
    c.file = std::move(path);
    return c;
  }

  // Whether the command names a file rather than a token.
  static bool OnFile(CommandKind k) {
    return k == CommandKind::OpenSaved || k == CommandKind::DuplicateSaved ||
           k == CommandKind::RenameSaved || k == CommandKind::RemoveSaved ||
           k == CommandKind::RestoreSaved || k == CommandKind::EditStory ||
           k == CommandKind::CompareSaved || k == CommandKind::RemoveStory ||
           k == CommandKind::ExportSaved || k == CommandKind::CopyReportToUsb;
  }
};

}  // namespace pps
