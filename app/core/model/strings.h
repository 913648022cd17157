// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The interface's own words (data/strings.json), looked up by enum so that a frame never
// searches or allocates.

#include <array>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/io/loaded.h"
#include "core/io/text.h"

namespace pps {

// Each entry: enum name, key in strings.json.
#define PPS_STRINGS(X)                                  \
  X(NewSketch, "new_sketch")                            \
  X(EmptyBoardTitle, "empty_board_title")               \
  X(EmptyBoardHint, "empty_board_hint")                 \
  X(TypeNumber, "type_number")                          \
  X(Grensgeval, "grensgeval")                           \
  X(GrensgevalBetween, "grensgeval_between")            \
  X(Zwaartepunt, "zwaartepunt")                         \
  X(Shares, "shares")                                   \
  X(Stability, "stability")                             \
  X(StabilityFirm, "stability_firm")                    \
  X(StabilityModerate, "stability_moderate")            \
  X(StabilityFragile, "stability_fragile")              \
  X(Spread, "spread")                                   \
  X(SpreadWide, "spread_wide")                          \
  X(SpreadNarrow, "spread_narrow")                      \
  X(Propositions, "propositions")                       \
  X(Preconditions, "preconditions")                     \
  X(Pitfalls, "pitfalls")                               \
  X(Examples, "examples")                               \
  X(NearestCase, "nearest_case")                        \
  X(DataErrors, "data_errors")                          \
  X(Tokens, "tokens")                                   \
  X(Reset, "reset")                                     \
  X(OtherLanguage, "other_language")                    \
  X(OpenCase, "open_case")                              \
  X(AlsoType, "also_type")                              \
  X(Timeline, "timeline")                               \
  X(Ghosts, "ghosts")                                   \
  X(AddActivity, "add_activity")                        \
  X(LibraryTitle, "library_title")                      \
  X(LibraryHint, "library_hint")                        \
  X(Done, "done")                                       \
  X(Remove, "remove")                                   \
  X(PutBack, "put_back")                                \
  X(Rename, "rename")                                   \
  X(Duplicate, "duplicate")                             \
  X(WhyHere, "why_here")                                \
  X(StartHint, "start_hint")                            \
  X(OwnActivity, "own_activity")                        \
  X(EditSketchName, "edit_sketch_name")                 \
  X(EditSketchDescription, "edit_sketch_description")   \
  X(Back, "back")                                       \
  X(Undo, "undo")                                       \
  X(Redo, "redo")                                       \
  X(Turn, "turn")                                       \
  X(TableSides, "table_sides")                          \
  X(Present, "present")                                 \
  X(StopPresenting, "stop_presenting")                  \
  X(Laser, "laser")                                     \
  X(Spotlight, "spotlight")                             \
  X(RoomDepth, "room_depth")                            \
  X(TypeAsks, "type_asks")                              \
  X(SinceStart, "since_start")                          \
  X(SwapScreens, "swap_screens")                        \
  X(RoomSees, "room_sees")                              \
  X(BlankBlack, "blank_black")                          \
  X(BlankWhite, "blank_white")                          \
  X(NextStep, "next_step")                              \
  X(NoStoryLine, "no_story_line")                       \
  X(OnScreen, "on_screen")                              \
  X(StoryLines, "story_lines")                          \
  X(StoryLinesHint, "story_lines_hint")                 \
  X(StoryEnd, "story_end")                              \
  X(StoryStepOf, "story_step_of")                       \
  X(BackToStory, "back_to_story")                       \
  X(StoryLine, "story_line")                            \
  X(StoryStart, "story_start")                          \
  X(StepPace, "step_pace")                              \
  X(BecauseHeavier, "because_heavier")                  \
  X(BecauseLighter, "because_lighter")                  \
  X(BecauseCrosses, "because_crosses")                  \
  X(BecauseCrossesBoth, "because_crosses_both")         \
  X(BecauseMovesLittle, "because_moves_little")         \
  X(BecauseMoves, "because_moves")                      \
  X(BecauseMovesFar, "because_moves_far")               \
  X(BecauseStill, "because_still")                      \
  X(BecauseNow, "because_now")                          \
  X(BecauseStays, "because_stays")                      \
  X(BecauseBorder, "because_border")                    \
  X(BecauseCentre, "because_centre")                    \
  X(BecauseEmpty, "because_empty")                      \
  X(ConfirmTap, "confirm_tap")                          \
  X(Record, "record")                                   \
  X(Compare, "compare")                                 \
  X(CompareWith, "compare_with")                        \
  X(CompareSketch, "compare_sketch")                    \
  X(Recording, "recording")                             \
  X(RecordedStep, "recorded_step")                      \
  X(RecordedSteps, "recorded_steps")                    \
  X(RecordingHint, "recording_hint")                    \
  X(RecordCaption, "record_caption")                    \
  X(RecordStop, "record_stop")                          \
  X(StoryNameTitle, "story_name_title")                 \
  X(CaptionTitle, "caption_title")                      \
  X(StoryKept, "story_kept")                            \
  X(StoryExported, "story_exported")                    \
  X(SketchExported, "sketch_exported")                  \
  X(NothingRecorded, "nothing_recorded")                \
  X(EditStory, "edit_story")                            \
  X(ExportStory, "export_story")                        \
  X(RemoveStory, "remove_story")                        \
  X(Dismiss, "dismiss")                                 \
  X(New, "new")                                         \
  X(Sketches, "sketches")                               \
  X(GalleryTitle, "gallery_title")                      \
  X(GalleryHint, "gallery_hint")                        \
  X(GalleryEmpty, "gallery_empty")                      \
  X(GalleryNoFolder, "gallery_no_folder")               \
  X(SaveAs, "save_as")                                  \
  X(SaveAsTitle, "save_as_title")                       \
  X(RenameSketchTitle, "rename_sketch_title")           \
  X(GalleryOpen, "gallery_open")                        \
  X(GalleryDuplicate, "gallery_duplicate")              \
  X(GalleryRename, "gallery_rename")                    \
  X(GalleryRemove, "gallery_remove")                    \
  X(GalleryBin, "gallery_bin")                          \
  X(GalleryRestore, "gallery_restore")                  \
  X(SavedIn, "saved_in")                                \
  X(FileChanged, "file_changed")                        \
  X(FileChangedHint, "file_changed_hint")               \
  X(KeepBoth, "keep_both")                              \
  X(LoadTheirs, "load_theirs")                          \
  X(Aim, "aim")                                         \
  X(AimReached, "aim_reached")                          \
  X(AimOneChange, "aim_one_change")                     \
  X(AimTwoChanges, "aim_two_changes")                   \
  X(AimMoreChanges, "aim_more_changes")                 \
  X(AimOutOfReach, "aim_out_of_reach")                  \
  X(AimMove, "aim_move")                                \
  X(AimFurther, "aim_further")                          \
  X(AimAdd, "aim_add")                                  \
  X(AimApply, "aim_apply")                              \
  X(Report, "report")                                   \
  X(ReportSaved, "report_saved")                        \
  X(ReportFrom, "report_from")                          \
  X(BoardPicture, "board_picture")                      \
  X(Reading, "reading")                                 \
  X(Activity, "activity")                               \
  X(Place, "place")                                     \
  X(Quadrant, "quadrant")                               \
  X(Weight, "weight")                                   \
  X(WeightNote, "weight_note")                          \
  X(Note, "note")                                       \
  X(Guidance, "guidance")                               \
  X(Cancel, "cancel")                                   \
  X(TextTooLong, "text_too_long")                       \
  X(TextNotTyped, "text_not_typed")                     \
  X(KeyShift, "key_shift")                              \
  X(KeySpace, "key_space")                              \
  X(KeyBackspace, "key_backspace")                      \
  X(RenameTokenTitle, "rename_token_title")             \
  X(TokenNoteTitle, "token_note_title")                 \
  X(NewActivityTitle, "new_activity_title")             \
  X(SketchNameTitle, "sketch_name_title")               \
  X(SketchDescriptionTitle, "sketch_description_title") \
  X(BoardFull, "board_full")                            \
  X(ExitUnsaved, "exit_unsaved")                        \
  X(About, "about")                                     \
  X(SketchBinnedOpen, "sketch_binned_open")             \
  X(SketchRestoredOpen, "sketch_restored_open")         \
  X(BoardsKept, "boards_kept")                          \
  X(NotASketch, "not_a_sketch")                         \
  X(CardGone, "card_gone")                              \
  X(GalleryRestored, "gallery_restored")                \
  X(KeyClear, "key_clear")                              \
  X(KeyLetters, "key_letters")                          \
  X(ToUsbStick, "to_usb_stick")                         \
  X(NoUsbStick, "no_usb_stick")                         \
  X(ReportKeptIn, "report_kept_in")                     \
  X(ScanToTake, "scan_to_take")                         \
  X(SketchTooBigForCode, "sketch_too_big_for_code")     \
  X(ShareUrlHint, "share_url_hint")                     \
  X(CopiedToStick, "copied_to_stick")                   \
  X(PlaceOnAxis, "place_on_axis")                       \
  X(PlaceSlightly, "place_slightly")                    \
  X(PlaceClearly, "place_clearly")                      \
  X(PlaceStrongly, "place_strongly")                    \
  X(ReportMade, "report_made")                          \
  X(EmptyBoardShort, "empty_board_short")               \
  X(TypeFollowsZwaartepunt, "type_follows_zwaartepunt") \
  X(StepUndone, "step_undone")                          \
  X(StepRedone, "step_redone")                          \
  X(StepAdded, "step_added")                            \
  X(StepRemoved, "step_removed")                        \
  X(StepMoved, "step_moved")                            \
  X(StepRenamed, "step_renamed")                        \
  X(StepNoted, "step_noted")                            \
  X(StepWeighed, "step_weighed")                        \
  X(StepSeveral, "step_several")                        \
  X(StepBoard, "step_board")                            \
  X(StepSketchText, "step_sketch_text")                 \
  X(OwnActivityChip, "own_activity_chip")               \
  X(CopyingToStick, "copying_to_stick")                 \
  X(Token, "token")                                     \
  X(ZwaartepuntExplained, "zwaartepunt_explained")

enum class Str {
#define PPS_STRING_ENUM(name, key) name,
  PPS_STRINGS(PPS_STRING_ENUM)
#undef PPS_STRING_ENUM
};

inline constexpr int kStrCount = 0
#define PPS_STRING_COUNT(name, key) +1
    PPS_STRINGS(PPS_STRING_COUNT)
#undef PPS_STRING_COUNT
    ;

inline constexpr int kStringsVersion = 1;

struct Strings {
  std::array<LocalText, kStrCount> text;  // indexed by Str; the key itself until loaded

  Strings();
  const char* Get(Str s, Language language) const {
    return text[static_cast<int>(s)].In(language).c_str();
  }
};

// Validates a parsed strings document: every key present in Dutch, no unknown keys.
Strings StringsFromJson(const nlohmann::json& root);

// Loads and validates data/strings.json.
Loaded<Strings> LoadStrings(const std::string& path);

}  // namespace pps
