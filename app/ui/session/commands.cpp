// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/commands.h"

#include <algorithm>

#include "ui/session/gallery_commands.h"

#include "core/input/text_edit.h"
#include "core/model/aim.h"

namespace pps {

namespace {

void Apply(AppState& state, const Command& command) {
  Board& board = state.board;
  const Content& content = state.content;
  const auto in_range = [](int i, std::size_t n) {
    return i >= 0 && static_cast<std::size_t>(i) < n;
  };
  // Whatever changes the board as a whole lets go of the tokens held first: a drag ends where
  // it is, as its own undo step.
  const CommandKind k = command.kind;
  if (k == CommandKind::NewSketch || k == CommandKind::Reset || k == CommandKind::Back ||
      k == CommandKind::Undo || k == CommandKind::Redo || k == CommandKind::OpenCase ||
      k == CommandKind::ToggleTurn || k == CommandKind::ApplyAim)
    state.router.CancelAll(board);
  // A full board takes nothing more: it says why instead of ignoring the tap.
  const bool adds = k == CommandKind::AddOwnActivity || k == CommandKind::AddActivity ||
                    k == CommandKind::DuplicateToken;
  const auto say_full = [&] {
    state.messages.Add(state.content.strings.Get(Str::BoardFull, state.language));
  };
  if (adds && board.Full()) return say_full();
  switch (k) {
    case CommandKind::None:
      break;
    case CommandKind::NewSketch:
      board.Open(NewSketch(state), nullptr);
      break;
    case CommandKind::Reset:
      board.Reset();
      break;
    case CommandKind::Back:
      board.Back();
      break;
    case CommandKind::Undo:
      if (!board.Undo() && board.CanUndo()) say_full();
      break;
    case CommandKind::Redo:
      if (!board.Redo() && board.CanRedo()) say_full();
      break;
    case CommandKind::OpenCase:
      if (in_range(command.index, content.cases.size()))
        board.Open(content.cases[static_cast<std::size_t>(command.index)],
                   &content.cases[static_cast<std::size_t>(command.index)]);
      break;
    case CommandKind::AddOwnActivity:
      if (!IsBlank(command.text)) {
        Token token;
        token.id = "eigen";  // made unique on the board
        token.label = LocalText{command.text, ""};
        board.Add(std::move(token));
      }
      break;
    case CommandKind::AddActivity:
      if (in_range(command.index, content.library.size()))
        board.Add(content.library[static_cast<std::size_t>(command.index)].token);
      break;
    case CommandKind::ToggleLanguage:
      state.language = state.language == Language::Dutch ? Language::English : Language::Dutch;
      break;
    case CommandKind::ToggleLibrary:
      state.library_open = !state.library_open;
      if (state.library_open) state.gallery.open = false;  // one panel in the sidebar at a time
      break;
    case CommandKind::ToggleGallery:
    case CommandKind::CloseGallery:
    case CommandKind::SaveSketchAs:
    case CommandKind::OpenSaved:
    case CommandKind::DuplicateSaved:
    case CommandKind::RenameSaved:
    case CommandKind::RemoveSaved:
    case CommandKind::RestoreSaved:
    case CommandKind::KeepBothFiles:
    case CommandKind::LoadTheirs:
      ApplyGalleryCommand(state, command);
      break;
    case CommandKind::ToggleTurn:
      state.turned = !state.turned;
      break;
    case CommandKind::CloseLibrary:
      state.library_open = false;
      break;
    case CommandKind::DismissMessages:
      state.messages.Clear();
      break;
    case CommandKind::Quit:
      state.quit = true;
      break;
    case CommandKind::RemoveToken:
      board.Remove(command.token);
      state.token_menu.token.clear();
      break;
    case CommandKind::RenameToken:  // typed in one language, it is the name in both
      if (!IsBlank(command.text)) board.Rename(command.token, LocalText{command.text, ""});
      break;
    case CommandKind::SetTokenNote:
      board.SetNote(command.token, command.text);
      break;
    case CommandKind::SetSketchName:  // a sketch keeps a name: a blank one is not taken
      if (!IsBlank(command.text))
        board.SetSketchText(LocalText{command.text, ""}, board.Current().description);
      break;
    case CommandKind::SetSketchDescription:
      board.SetSketchText(board.Current().name, LocalText{command.text, ""});
      break;
    case CommandKind::SetTokenWeight:
      board.SetWeight(command.token, command.index * 0.5);
      break;
    case CommandKind::DuplicateToken:
      board.Duplicate(command.token);
      state.token_menu.token.clear();
      break;
    case CommandKind::SetAim:
      state.aim.target = std::nullopt;
      if (in_range(command.index, kAllTypes.size()))
        state.aim.target = kAllTypes[static_cast<std::size_t>(command.index)];
      state.aim.revision = UINT64_MAX;  // a plan for the new target
      break;
    case CommandKind::ApplyAim:
      // Planned afresh for the board as it is now: what the sidebar showed may be a frame old.
      if (state.aim.target &&
          !board.ApplyAim(
              Aim(content.model, board.Current().tokens, content.library, *state.aim.target),
              content.library))
        return say_full();
      break;
    case CommandKind::ExportReport:
      if (state.report == ReportRequest::None) state.report = ReportRequest::Asked;
      break;
    case CommandKind::PutBackToken:
      if (const Token* was = board.Origin() ? FindToken(*board.Origin(), command.token) : nullptr)
        board.Move(command.token, was->position);
      state.token_menu.token.clear();
      break;
  }
}

}  // namespace

bool ApplyCommands(AppState& state) {
  for (const Command& command : state.commands) Apply(state, command);
  const bool any = !state.commands.empty();
  state.commands.clear();
  return any;
}

}  // namespace pps
