// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/story_recording.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "core/files/sketch_store.h"
#include "core/io/json_read.h"
#include "core/model/story_file.h"
#include "core/model/story_record.h"
#include "ui/session/report_export.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

// Where one's own story line kept in `file` is in Content::stories; -1: none is.
int OwnStory(const AppState& state, const std::string& file) {
  const std::vector<Story>& stories = state.content.stories;
  for (std::size_t i = 0; i < stories.size(); ++i)
    if (!file.empty() && stories[i].file == file) return static_cast<int>(i);
  return -1;
}

// Writes one's own story line back to its file; says what went wrong.
void Resave(AppState& state, const Story& story) {
  if (const Error e = SaveStory(story, story.file)) Tell(state, e.what());
}

// The open story line changed under it (`removed`, 1-based: the step taken out; 0: none): the
// step it showed, or the one before it when that went, and its board.
void FollowEditedStory(AppState& state, int index, int removed) {
  StoryPlay& play = state.story;
  if (play.story != index) return;
  const Story& story = state.content.stories[static_cast<std::size_t>(index)];
  play.steps = static_cast<int>(story.steps.size());
  if (removed > 0 && removed <= play.step) --play.step;
  play.step = std::min(play.step, play.steps);
  play.script = StoryBoard(story, static_cast<std::size_t>(play.step));
  play.detour_revision = UINT64_MAX;
  play.because = {};
}

// What a story line is kept as: `name` as typed, else the name of the board it began on, else
// "Verhaallijn" and when.
std::string NameFor(const AppState& state, const std::string& name) {
  if (name.find_first_not_of(" \t") != std::string::npos) return name;
  const std::string& board = state.recorder.recording.start.name.In(state.language);
  if (board.find_first_not_of(" \t") != std::string::npos) return board;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char when[32];
  std::strftime(when, sizeof when, " %Y-%m-%d %H.%M", &local);
  return S(state, Str::StoryLine) + std::string(when);
}

// Writes what is recorded as the story line named `name` to a new file in the stories folder
// (its id the file's name, none a listed story line has), or, with `path` given, to that file.
// It is checked against what the loader takes first. Returns the file, or an error.
Loaded<std::string> WriteRecording(AppState& state, const std::string& name, std::string path) {
  const std::string& folder = state.gallery.stories_folder;
  if (folder.empty())
    return {std::nullopt,
            "story line: no folder to keep it in (neither $XDG_DATA_HOME nor $HOME "
            "is set)"};
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return {std::nullopt, folder + ": cannot create the folder: " + ec.message()};
  if (path.empty()) {
    path = FreeSketchPath(folder, name);
    for (int n = 2; FindStory(state.content, fs::path(path).stem().string()); ++n)
      path = FreeSketchPath(folder, name + " " + std::to_string(n));
  }
  const Story story = RecordedStory(state.recorder.recording, fs::path(path).stem().string(), name);
  try {
    StoryFromJson(StoryToJson(story), state.content.library, state.content.cases);
  } catch (const JsonError& e) {
    return {std::nullopt, path + ": not kept: " + e.where + ": " + e.what};
  }
  if (const Error e = SaveStory(story, path)) return {std::nullopt, e.what()};
  return {path, {}};
}

// What is recorded so far, written to its own file after every step and caption: a quit or a
// crash mid-recording leaves it among one's story lines. Says what went wrong.
void WriteSoFar(AppState& state) {
  StoryRecorder& recorder = state.recorder;
  if (recorder.recording.steps.empty()) return;
  if (recorder.name.empty()) recorder.name = NameFor(state, {});
  const Loaded<std::string> written = WriteRecording(state, recorder.name, recorder.file);
  if (!written) return Tell(state, written.error);
  recorder.file = *written.value;
}

// Keeps the recording as a story line named `name` (or as it was named so far), listed with the
// others, and stops it. Nothing recorded: nothing kept. A file that cannot be written: said, and
// the recording goes on (what was written so far stays on disk).
bool KeepRecording(AppState& state, const std::string& typed) {
  StoryRecorder& recorder = state.recorder;
  if (!recorder.on) return true;
  if (recorder.recording.steps.empty()) {
    state.messages.Note(S(state, Str::NothingRecorded));
    recorder = StoryRecorder{};
    return true;
  }
  const std::string name = NameFor(state, typed.empty() ? recorder.name : typed);
  // Renamed: a file of its own name; the one written so far goes.
  const bool renamed = name != recorder.name || recorder.file.empty();
  const Loaded<std::string> written = WriteRecording(state, name, renamed ? "" : recorder.file);
  if (!written) return Tell(state, written.error), false;
  std::error_code ec;
  if (renamed && !recorder.file.empty()) fs::remove(recorder.file, ec);
  Story story = RecordedStory(recorder.recording, fs::path(*written.value).stem().string(), name);
  story.file = *written.value;
  state.messages.Note(std::string(S(state, Str::StoryKept)) + " " + story.file);
  state.content.stories.push_back(std::move(story));
  recorder = StoryRecorder{};
  return true;
}

// Exports story line `index` (one's own or shipped) into the documents folder, as a file.
void ExportStory(AppState& state, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= state.content.stories.size()) return;
  const Story& story = state.content.stories[static_cast<std::size_t>(index)];
  const std::string folder = ExportFolder(state);
  if (folder.empty()) return;
  const std::string path = FreeSketchPath(folder, story.id);
  if (const Error e = SaveStory(story, path)) return Tell(state, e.what());
  state.messages.Note(std::string(S(state, Str::StoryExported)) + " " + path);
}

// Moves one's own story line kept in `file` into its folder's bin (under a free name; the bin
// keeps the latest), and off the list.
void RemoveStory(AppState& state, const std::string& file) {
  const int index = OwnStory(state, file);
  if (index < 0) return;
  const StoreResult binned = RemoveSketch(fs::path(file).parent_path().string(), file);
  if (binned.path.empty()) return Tell(state, binned.error);
  if (!binned) Tell(state, binned.error);  // binned, but the bin could not be kept small
  state.content.stories.erase(state.content.stories.begin() + index);
  StoryPlay& play = state.story;
  if (play.story == index) play = StoryPlay{};  // the board stays, no longer a story's
  else if (play.story > index) --play.story;
  if (state.gallery.editing_story == file) state.gallery.editing_story.clear();
}

}  // namespace

std::string StoriesFolder(const std::string& sketches_folder) {
  if (sketches_folder.empty()) return {};
  return (fs::path(sketches_folder).parent_path() / "stories").string();
}

void LoadOwnStories(AppState& state) {
  const std::string& folder = state.gallery.stories_folder;
  std::error_code ec;
  if (folder.empty() || !fs::is_directory(folder, ec)) return;
  std::vector<std::string> files;
  for (const fs::directory_entry& e : fs::directory_iterator(folder, ec))
    if (e.path().extension() == ".json" && e.is_regular_file(ec)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    Loaded<Story> loaded = LoadStory(file, state.content.library, state.content.cases);
    if (!loaded) {
      Tell(state, loaded.error);
      continue;
    }
    if (FindStory(state.content, loaded.value->id)) {
      Tell(state, file + ": a story line with the id \"" + loaded.value->id +
                      "\" is already listed; this one is left out");
      continue;
    }
    loaded.value->file = file;
    state.content.stories.push_back(std::move(*loaded.value));
  }
}

void FollowRecording(AppState& state) {
  StoryRecorder& recorder = state.recorder;
  if (!recorder.on) return;
  if (recorder.opened != state.board.Opened()) {
    // It recorded another board: kept (or, when that fails, on disk as far as it was written).
    if (!KeepRecording(state, {})) recorder = StoryRecorder{};
    return;
  }
  if (state.router.Any() || recorder.revision == state.board.Revision()) return;
  recorder.revision = state.board.Revision();
  const Recorded recorded = Record(recorder.recording, state.board.Current());
  if (recorded.step) WriteSoFar(state);
  if (!recorded.error) return;
  // A change a step cannot hold, or a step too many: kept up to here.
  Tell(state, "recording: " + recorded.error.what() + "; the story line is kept up to here");
  if (!KeepRecording(state, {})) recorder = StoryRecorder{};
}

bool ApplyStoryCommand(AppState& state, const Command& command) {
  StoryRecorder& recorder = state.recorder;
  switch (command.kind) {
    case CommandKind::StartRecording:
      if (state.presentation.on || recorder.on) return true;
      recorder.on = true;
      recorder.recording = StartRecording(state.board.Current());
      recorder.opened = state.board.Opened();
      recorder.revision = state.board.Revision();
      return true;
    case CommandKind::StopRecording:
      KeepRecording(state, command.text);
      return true;
    case CommandKind::SetRecordedCaption:
      if (!recorder.on || recorder.recording.steps.empty()) return true;
      recorder.recording.steps.back().caption = {command.text, {}};
      WriteSoFar(state);
      return true;
    case CommandKind::EditStory:
      state.gallery.editing_story =
          state.gallery.editing_story == command.file ? std::string() : command.file;
      return true;
    case CommandKind::SetStoryCaption:
    case CommandKind::RemoveStoryStep: {
      const std::size_t colon = command.token.find(':');
      const int k = std::atoi(command.token.c_str());
      const int index =
          colon == std::string::npos ? -1 : OwnStory(state, command.token.substr(colon + 1));
      if (index < 0) return true;
      Story& story = state.content.stories[static_cast<std::size_t>(index)];
      if (k < 1 || static_cast<std::size_t>(k) > story.steps.size()) return true;
      if (command.kind == CommandKind::SetStoryCaption) {
        story.steps[static_cast<std::size_t>(k - 1)].caption = {command.text, {}};
      } else {
        if (story.steps.size() == 1) return true;  // a story line has a step at least
        if (const Error e = RemoveStep(story, static_cast<std::size_t>(k - 1)))
          return Tell(state, e.what()), true;
      }
      Resave(state, story);
      FollowEditedStory(state, index, command.kind == CommandKind::RemoveStoryStep ? k : 0);
      return true;
    }
    case CommandKind::RemoveStory:
      RemoveStory(state, command.file);
      return true;
    case CommandKind::ExportStory:
      ExportStory(state, command.index);
      return true;
    default:
      return false;
  }
}

}  // namespace pps
