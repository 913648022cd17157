// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/commands.h"

#include <algorithm>

#include "ui/panels/room_panel.h"
#include "ui/session/gallery_commands.h"
#include "ui/session/make_room.h"
#include "ui/session/report_export.h"
#include "ui/session/story_recording.h"

#include "core/files/settings.h"
#include "core/input/text_edit.h"
#include "core/model/aim.h"
#include "core/model/because.h"
#include "core/model/tween.h"

namespace pps {

namespace {

bool InRange(int i, std::size_t n) {
  return i >= 0 && static_cast<std::size_t>(i) < n;
}

void SayFull(AppState& state) {
  state.messages.Add(S(state, Str::BoardFull));
}

// The sides of the table people sit at, kept for the next start. What was open at a side no
// longer used closes: its person asked for another table.
void SetTableSides(AppState& state, int sides) {
  if (sides != 1 && sides != 2 && sides != 4) return;
  state.table_sides = sides;
  state.settings.table_sides = sides;
  for (TokenMenu& menu : state.token_menus)
    if (!SideUsed(sides, menu.side)) menu = TokenMenu{};
  for (int side = 0; side < kSideCount; ++side)
    if (!SideUsed(sides, static_cast<Side>(side)))
      state.entries.Of(static_cast<Side>(side)) = TextEntry{};
  if (state.side_actions.Open() && !SideUsed(sides, static_cast<Side>(state.side_actions.side)))
    state.side_actions = SideActions{};
  if (!SideUsed(sides, Side::Top)) state.top_labels.clear();
  if (state.settings_path.empty()) return;
  const Error e = WriteSettings(state.settings, state.settings_path);
  if (e) Tell(state, e.what());
}

// The depth of the room presented to, kept for the next start: the room's text is sized again,
// and its fonts baked again before the next frame (main.cpp, BakeRoomFonts).
void SetRoomDepth(AppState& state, int metres) {
  const float depth = static_cast<float>(metres);
  if (depth < kMinRoomDepthM || depth > kMaxRoomDepthM) return;
  state.room_depth_m = depth;
  state.room_scale = RoomScale(state.room_screen, state.room_depth_m);
  state.room_fonts = {};
  state.settings.room_depth_m = state.room_depth_m;
  if (state.settings_path.empty()) return;
  const Error e = WriteSettings(state.settings, state.settings_path);
  if (e) Tell(state, e.what());
}

// A kept sketch to compare with, as the gallery listed it (its name and tokens); the same again:
// none.
void CompareSaved(AppState& state, const std::string& file) {
  GalleryState& g = state.gallery;
  state.compare = -1;
  if (g.compare_file == file) {
    g.compare_file.clear();
    return;
  }
  for (const SavedSketch& saved : g.listing.sketches) {
    if (saved.path != file) continue;
    g.compare_file = file;
    g.compare = Sketch{};
    g.compare.name = {saved.name, {}};
    g.compare.tokens = saved.tokens;
    return;
  }
}

// How long a story line's step glides, in tenths of a second, kept for the next start.
void SetStepSeconds(AppState& state, int tenths) {
  const double seconds = tenths / 10.0;
  if (seconds < kMinTweenSeconds || seconds > kMaxTweenSeconds) return;
  state.settings.step_seconds = seconds;
  if (state.settings_path.empty()) return;
  const Error e = WriteSettings(state.settings, state.settings_path);
  if (e) Tell(state, e.what());
}

// Presenting on two screens or more: the room sees the next one, from now on and at the next
// start (kept in settings.json: a trainer's laptop meets the same projector every week).
void SwapRoomScreen(AppState& state) {
  Presentation& p = state.presentation;
  if (!p.on || p.screens < 2) return;
  p.room_screen = (p.room_screen + 1) % p.screens;
  state.settings.room_screen = p.room_screen;
  if (state.settings_path.empty()) return;
  const Error e = WriteSettings(state.settings, state.settings_path);
  if (e) Tell(state, e.what());
}

// Whether `a` and `b` differ in more than their place and weight (a label, a note changed).
bool Retold(const Token& a, const Token& b) {
  return a.label != b.label || a.description != b.description || a.why != b.why || a.note != b.note;
}

// Puts `target`'s tokens on the board exactly, as one undo step: those not in it go (and those
// changed in more than place and weight, to come back as it has them), those not on the board
// come, the others move and weigh as it has them, and all lie in its order.
void ShowTokens(Board& board, const Sketch& target) {
  const Board::Gesture gesture = board.BeginGesture();
  std::vector<std::string> gone;
  for (const Token& t : board.Current().tokens) {
    const Token* wanted = FindToken(target, t.id);
    if (!wanted || Retold(t, *wanted)) gone.push_back(t.id);
  }
  for (const std::string& id : gone) board.Remove(id, gesture);
  for (const Token& t : target.tokens) {
    const Token* now = FindToken(board.Current(), t.id);
    if (!now) {
      board.Add(t, gesture);
      board.Move(t.id, t.position, gesture);  // not set aside from a token standing there
      continue;
    }
    if (now->position.formal != t.position.formal || now->position.outside != t.position.outside)
      board.Move(t.id, t.position, gesture);
    if (now->weight != t.weight) board.SetWeight(t.id, t.weight, gesture);
  }
  const auto same_order = [&] {
    const std::vector<Token>& now = board.Current().tokens;
    for (std::size_t i = 0; i < now.size(); ++i)
      if (now[i].id != target.tokens[i].id) return false;
    return true;
  };
  if (!same_order())
    for (const Token& t : target.tokens) board.Raise(t.id, gesture);
  board.EndGesture(gesture);
}

// After an undo or a redo with a story line open: the step whose board it is now, if any (the
// caption then says what the board shows); off the script, the step stays.
void FollowStoryBoard(AppState& state) {
  StoryPlay& play = state.story;
  const Story* story = OpenStoryOf(state);
  if (!story || play.opened != state.board.Opened()) return;
  for (std::size_t k = 0; k <= story->steps.size(); ++k) {
    Sketch board = StoryBoard(*story, k);
    const std::vector<Token>& now = state.board.Current().tokens;
    if (now.size() != board.tokens.size()) continue;
    if (std::equal(now.begin(), now.end(), board.tokens.begin(), SameToken)) {
      if (static_cast<int>(k) == play.step) return;
      play.step = static_cast<int>(k), play.because = {};
      play.script = std::move(board);
      play.detour_revision = UINT64_MAX;
      return;
    }
  }
}

// A story line opens at its start, as a board of its own (the one before stays a tap away).
void OpenStory(AppState& state, int index) {
  if (!InRange(index, state.content.stories.size())) return;
  const Story& story = state.content.stories[static_cast<std::size_t>(index)];
  Sketch start = story.start;
  start.id = story.id;
  start.name = story.name;
  start.description = story.description;
  start.published_type.reset();
  // Its start as the origin: untouched, it is no work of the user's (and Reset goes back to it).
  state.board.Open(std::move(start), &story.start);
  state.story = StoryPlay{};
  state.story.story = index;
  state.story.steps = static_cast<int>(story.steps.size());
  state.story.opened = state.board.Opened();
  state.story.script = story.start;
}

// The open story line at `step`: the board as the script has it there (back from a detour the
// trainer dragged, too), as one undo step, and why the step did what it did.
void ShowStoryStep(AppState& state, int step) {
  StoryPlay& play = state.story;
  const Story* open = OpenStoryOf(state);
  if (!open) return;
  // Another board opened in the same frame: the story closed with it.
  if (play.opened != state.board.Opened()) {
    play = StoryPlay{};
    return;
  }
  const Story& story = *open;
  if (step < 0 || static_cast<std::size_t>(step) > story.steps.size()) return;
  Sketch target = StoryBoard(story, static_cast<std::size_t>(step));
  // It glides from what the room sees: the board, or where a step under way got to (its tokens
  // as they weigh there, so that the zwaartepunt goes on from where it is), or, when that step
  // has not shown a frame yet, where it was to start.
  StoryPlay::Glide glide;
  const StoryPlay::Glide& was = play.glide;
  glide.from = !was.on          ? state.board.Current().tokens
               : was.tween.made ? was.tween.weighed
                                : was.from;
  ShowTokens(state.board, target);
  glide.on = state.presentation.on;  // for a room; a board opened to export, at once
  glide.seconds =
      state.settings.step_seconds > 0.0 ? state.settings.step_seconds : kDefaultTweenSeconds;
  glide.revision = state.board.Revision();
  play.glide = std::move(glide);
  play.step = step;
  play.steps_listed = false;  // a step taken: the room sees the board and its caption again
  play.because = {};
  play.detour_revision = UINT64_MAX;
  if (step == 0) {
    play.script = std::move(target);
    return;
  }
  const Model& m = state.content.model;
  const Classification before =
      Classify(m, StoryBoard(story, static_cast<std::size_t>(step - 1)).tokens);
  const Classification after = Classify(m, target.tokens);
  play.because = {Because(state.content, before, after, Language::Dutch),
                  Because(state.content, before, after, Language::English)};
  play.script = std::move(target);
}

// Presenting on or off: the screen shown again, the pointing tools put away; a view turned round
// for the other side of the table (↻) is upright for a room, and turned again after.
void SetPresenting(AppState& state, bool on) {
  if (on == state.presentation.on) return;
  if (on) state.presentation.was_turned = state.turned;
  state.turned = on ? false : state.presentation.was_turned;
  state.presentation.on = on;
  if (on && !state.room_note.empty()) Tell(state, state.room_note), state.room_note.clear();
  state.presentation.blank = Blank::None;
  state.side_actions = SideActions{};
  state.laser.on = state.spotlight.on = false;
  state.laser.Clear();
  state.spotlight.Clear();
}

// What changes the view, not the board. Returns false for a command that is not one of these.
bool ApplyToView(AppState& state, const Command& command) {
  switch (command.kind) {
    case CommandKind::ToggleLanguage:
      state.language = state.language == Language::Dutch ? Language::English : Language::Dutch;
      return true;
    case CommandKind::ToggleLibrary:
      state.library_open = !state.library_open;
      if (state.library_open) state.gallery.open = state.report_view.open = false;  // one at a time
      return true;
    case CommandKind::CloseLibrary:
      state.library_open = false;
      return true;
    case CommandKind::ToggleTurn:
      state.turned = !state.turned;
      return true;
    case CommandKind::SetTableSides:
      SetTableSides(state, command.index);
      return true;
    case CommandKind::TogglePresenting:
      SetPresenting(state, !state.presentation.on);
      return true;
    case CommandKind::LeavePresenting:
      SetPresenting(state, false);
      return true;
    case CommandKind::ToggleLaser:  // one pointing tool at a time
      state.laser.on = state.presentation.on && !state.laser.on;
      state.laser.Clear();
      if (state.laser.on) state.spotlight.on = false, state.spotlight.Clear();
      return true;
    case CommandKind::SetRoomDepth:
      SetRoomDepth(state, command.index);
      return true;
    case CommandKind::NextRoomPoints:
      state.presentation.first_point = std::max(0, command.index);
      return true;
    case CommandKind::SwapRoomScreen:
      SwapRoomScreen(state);
      return true;
    case CommandKind::StoryStep:
      ShowStoryStep(state, command.index);
      return true;
    case CommandKind::SetCompare:
      state.compare =
          InRange(command.index, state.content.cases.size()) && command.index != state.compare
              ? command.index
              : -1;
      state.gallery.compare_file.clear();
      return true;
    case CommandKind::NextCompare: {
      const int next = state.gallery.compare_file.empty() ? state.compare + 1 : 0;
      state.compare = InRange(next, state.content.cases.size()) ? next : -1;
      state.gallery.compare_file.clear();
      return true;
    }
    case CommandKind::CompareSaved:
      CompareSaved(state, command.file);
      return true;
    case CommandKind::ToggleStorySteps:
      state.story.steps_listed = state.story.Open() && !state.story.steps_listed;
      return true;
    case CommandKind::SetStepSeconds:
      SetStepSeconds(state, command.index);
      return true;
    case CommandKind::ToggleSpotlight:
      state.spotlight.on = state.presentation.on && !state.spotlight.on;
      state.spotlight.Clear();
      if (state.spotlight.on) state.laser.on = false, state.laser.Clear();
      return true;
    case CommandKind::SetBlank:
      if (state.presentation.on && command.index >= 0 && command.index <= 2)
        state.presentation.blank = static_cast<Blank>(command.index);
      return true;
    case CommandKind::DismissMessages:
      state.messages.Clear();
      return true;
    case CommandKind::Quit:
      state.quit = true;
      return true;
    case CommandKind::SetAim:
      state.aim.target = std::nullopt;
      if (InRange(command.index, kAllTypes.size()))
        state.aim.target = kAllTypes[static_cast<std::size_t>(command.index)];
      state.aim.revision = UINT64_MAX;  // a plan for the new target
      state.aim.held = 0.0f;            // and the room it takes, from nothing
      return true;
    case CommandKind::ExportReport:
      if (state.report == ReportRequest::None) state.report = ReportRequest::Asked;
      return true;
    case CommandKind::CloseReport:
      state.report_view.open = false;
      return true;
    case CommandKind::CopyReportToUsb:
      CopyReportToStick(state, command.file);
      return true;
    default:
      return false;
  }
}

// What changes one token, from its card; the card closes after a remove, duplicate or put back.
bool ApplyToToken(AppState& state, const Command& command) {
  Board& board = state.board;
  const std::string& id = command.token;
  switch (command.kind) {
    case CommandKind::RemoveToken:
      board.Remove(id);
      break;
    case CommandKind::DuplicateToken:
      board.Duplicate(id);
      break;
    case CommandKind::PutBackToken:
      if (const Token* was = board.Origin() ? FindToken(*board.Origin(), id) : nullptr)
        board.Move(id, was->position);
      break;
    case CommandKind::RenameToken:  // typed in one language, it is the name in both
      if (!IsBlank(command.text)) RenameMakingRoom(state, id, LocalText{command.text, ""});
      return true;
    case CommandKind::SetTokenNote:
      board.SetNote(id, command.text);
      return true;
    case CommandKind::SetTokenWeight:
      board.SetWeight(id, command.index * 0.5);
      return true;
    default:
      return false;
  }
  for (TokenMenu& menu : state.token_menus)
    if (menu.token == id) menu.token.clear();
  return true;
}

// Says on the board what the undo (or redo) just carried out changed, and pulses its token.
void NoteStep(AppState& state, bool undo) {
  const StepChange& change = state.board.Stepped();
  const Strings& strings = state.content.strings;
  const auto say = [&](Str s) { return std::string(strings.Get(s, state.language)); };
  using W = StepChange::What;
  std::string what;
  switch (change.what) {
    case W::Nothing:
      return;
    case W::Board:
      what = say(Str::StepBoard);
      break;
    case W::SketchText:
      what = say(Str::StepSketchText);
      break;
    case W::Several:
      what = Fill(say(Str::StepSeveral), {{"count", std::to_string(change.tokens)}});
      break;
    default: {
      const Str s = change.what == W::Added     ? Str::StepAdded
                    : change.what == W::Removed ? Str::StepRemoved
                    : change.what == W::Renamed ? Str::StepRenamed
                    : change.what == W::Noted   ? Str::StepNoted
                    : change.what == W::Weighed ? Str::StepWeighed
                                                : Str::StepMoved;
      what = Fill(say(s), {{"label", "\u201C" + change.label.In(state.language) + "\u201D"}});
    }
  }
  state.step_note.text = Fill(say(undo ? Str::StepUndone : Str::StepRedone), {{"what", what}});
  state.step_note.token = state.board.Find(change.token) >= 0 ? change.token : std::string();
  state.step_note.since = -1.0;
}

// What changes the board as a whole or adds to it.
void ApplyToBoard(AppState& state, const Command& command) {
  Board& board = state.board;
  const Content& content = state.content;
  switch (command.kind) {
    case CommandKind::NewSketch: {
      // A new sketch over one already new and empty would be an undo step that undoes nothing.
      const Sketch fresh = NewSketch(state);
      const Sketch& now = board.Current();
      if (now.tokens.empty() && now.file.empty() && now.name == fresh.name &&
          now.description.nl.empty() && now.description.en.empty() && !board.Origin())
        break;
      board.Open(fresh, nullptr);
      break;
    }
    case CommandKind::OpenStory:
      OpenStory(state, command.index);
      break;
    case CommandKind::Reset:
      board.Reset();
      break;
    case CommandKind::Back:
      board.Back();
      break;
    case CommandKind::Undo:
    case CommandKind::Redo: {
      const bool undo = command.kind == CommandKind::Undo;
      if (undo ? board.Undo() : board.Redo()) NoteStep(state, undo);
      else if (undo ? board.CanUndo() : board.CanRedo()) SayFull(state);
      FollowStoryBoard(state);
      break;
    }
    case CommandKind::OpenCase:
      if (InRange(command.index, content.cases.size()))
        board.Open(content.cases[static_cast<std::size_t>(command.index)],
                   &content.cases[static_cast<std::size_t>(command.index)]);
      break;
    case CommandKind::AddOwnActivity:
      if (!IsBlank(command.text)) {
        Token token;
        token.id = "eigen";  // made unique on the board
        token.label = LocalText{command.text, ""};
        token.position = command.at.value_or(BoardPoint{0.0, 0.0});
        board.Add(std::move(token), Board::kNoGesture, kHandPlaced);
      }
      break;
    case CommandKind::AddActivity:
      if (InRange(command.index, content.library.size())) {
        Token token = content.library[static_cast<std::size_t>(command.index)].token;
        if (command.at) token.position = *command.at;
        board.Add(std::move(token), Board::kNoGesture, kHandPlaced);
      }
      break;
    case CommandKind::SetSketchName:  // a sketch keeps a name: a blank one is not taken
      if (!IsBlank(command.text))
        board.SetSketchText(LocalText{command.text, ""}, board.Current().description);
      break;
    case CommandKind::SetSketchDescription:
      board.SetSketchText(board.Current().name, LocalText{command.text, ""});
      break;
    case CommandKind::ApplyAim:
      // Planned afresh for the board as it is now: what the sidebar showed may be a frame old.
      if (state.aim.target && !board.ApplyAim(Aim(content.model, board.Current().tokens,
                                                  content.library, *state.aim.target),
                                              content.library))
        SayFull(state);
      break;
    default:
      ApplyGalleryCommand(state, command);  // the gallery's, and the board's own file's
      break;
  }
}

void Apply(AppState& state, const Command& command) {
  const CommandKind k = command.kind;
  if (k == CommandKind::None) return;
  // Whatever changes the board as a whole lets go of the tokens held first: a drag ends where
  // it is, as its own undo step.
  if (k == CommandKind::NewSketch || k == CommandKind::Reset || k == CommandKind::Back ||
      k == CommandKind::Undo || k == CommandKind::Redo || k == CommandKind::OpenCase ||
      k == CommandKind::ToggleTurn || k == CommandKind::SetTableSides ||
      k == CommandKind::TogglePresenting || k == CommandKind::LeavePresenting ||
      k == CommandKind::ToggleLaser || k == CommandKind::ToggleSpotlight ||
      k == CommandKind::ApplyAim || k == CommandKind::OpenStory || k == CommandKind::StoryStep)
    state.router.CancelAll(state.board);
  // A full board takes nothing more: it says why instead of ignoring the tap.
  const bool adds = k == CommandKind::AddOwnActivity || k == CommandKind::AddActivity ||
                    k == CommandKind::DuplicateToken;
  if (adds && state.board.Full()) return SayFull(state);
  if (ApplyToView(state, command) || ApplyToToken(state, command)) return;
  if (ApplyStoryCommand(state, command)) return;
  ApplyToBoard(state, command);
}

}  // namespace

bool ApplyCommands(AppState& state) {
  for (const Command& command : state.commands) Apply(state, command);
  const bool any = !state.commands.empty();
  state.commands.clear();
  return any;
}

}  // namespace pps
