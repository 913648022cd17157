// SPDX-License-Identifier: EUPL-1.2
#include "ui/session/story_recording.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "core/files/sketch_store.h"
#include "core/model/story_file.h"
#include "core/model/story_record.h"
#include "core/report/report_folder.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

// One's own story line `index` in Content::stories, or null (a shipped one, or none).
Story* OwnStory(AppState& state, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= state.content.stories.size()) return nullptr;
  Story& story = state.content.stories[static_cast<std::size_t>(index)];
  return story.file.empty() ? nullptr : &story;
}

// Writes one's own story line back to its file; says what went wrong.
void Resave(AppState& state, const Story& story) {
  if (const Error e = SaveStory(story, story.file)) Tell(state, e.what());
}

// The open story line changed under it: its step kept where there still is one, and its board.
void FollowEditedStory(AppState& state, int index) {
  StoryPlay& play = state.story;
  if (play.story != index) return;
  const Story& story = state.content.stories[static_cast<std::size_t>(index)];
  play.steps = static_cast<int>(story.steps.size());
  play.step = std::min(play.step, play.steps);
  play.script = StoryBoard(story, static_cast<std::size_t>(play.step));
  play.detour_revision = UINT64_MAX;
  play.because = {};
}

// Keeps the recording as a story line named `name` in the stories folder, and stops it. Nothing
// recorded: nothing kept. A file that cannot be written: said, and the recording goes on.
void KeepRecording(AppState& state, std::string name) {
  StoryRecorder& recorder = state.recorder;
  if (!recorder.on) return;
  if (recorder.recording.steps.empty()) {
    state.messages.Note(S(state, Str::NothingRecorded));
    recorder = StoryRecorder{};
    return;
  }
  const std::string& folder = state.gallery.stories_folder;
  if (folder.empty()) {
    Tell(state, "story line: no folder to keep it in (neither $XDG_DATA_HOME nor $HOME is set)");
    return;
  }
  if (name.find_first_not_of(" \t") == std::string::npos)
    name = recorder.recording.start.name.In(state.language);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Tell(state, folder + ": cannot create the folder: " + ec.message());
  // Its file's name, and its id: a shipped one's id is not taken.
  std::string path = FreeSketchPath(folder, name);
  std::string id = fs::path(path).stem().string();
  if (FindStory(state.content, id)) {
    path = FreeSketchPath(folder, name + " eigen");
    id = fs::path(path).stem().string();
  }
  Story story = RecordedStory(recorder.recording, id, name);
  story.file = path;
  if (const Error e = SaveStory(story, path)) return Tell(state, e.what());
  state.messages.Note(std::string(S(state, Str::StoryKept)) + " " + path);
  state.content.stories.push_back(std::move(story));
  recorder = StoryRecorder{};
}

// Exports story line `index` (one's own or shipped) into the documents folder, as a file.
void ExportStory(AppState& state, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= state.content.stories.size()) return;
  const Story& story = state.content.stories[static_cast<std::size_t>(index)];
  const std::string folder = ReportFolder(DocumentsEnvironmentFromProcess());
  if (folder.empty())
    return Tell(state, "export: no documents folder (neither $XDG_DOCUMENTS_DIR nor $HOME is set)");
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Tell(state, folder + ": cannot make the folder: " + ec.message());
  const std::string path = FreeSketchPath(folder, story.id);
  if (const Error e = SaveStory(story, path)) return Tell(state, e.what());
  state.messages.Note(std::string(S(state, Str::StoryExported)) + " " + path);
}

// Moves one's own story line `index` into its folder's bin, and off the list.
void RemoveStory(AppState& state, int index) {
  const Story* story = OwnStory(state, index);
  if (!story) return;
  const fs::path from = story->file;
  const fs::path bin = BinFolder(from.parent_path().string());
  std::error_code ec;
  fs::create_directories(bin, ec);
  if (!ec) fs::rename(from, bin / from.filename(), ec);
  if (ec) return Tell(state, from.string() + ": cannot move it to the bin: " + ec.message());
  state.content.stories.erase(state.content.stories.begin() + index);
  StoryPlay& play = state.story;
  if (play.story == index) play = StoryPlay{};  // the board stays, no longer a story's
  else if (play.story > index) --play.story;
  state.gallery.editing_story = -1;
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
    KeepRecording(state, recorder.recording.start.name.In(state.language));
    recorder = StoryRecorder{};  // kept, or said why not: it recorded another board
    return;
  }
  if (state.router.Any() || recorder.revision == state.board.Revision()) return;
  recorder.revision = state.board.Revision();
  const Recorded recorded = Record(recorder.recording, state.board.Current());
  if (recorded.error) Tell(state, "recording: " + recorded.error.what());
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
      if (recorder.on && !recorder.recording.steps.empty())
        recorder.recording.steps.back().caption = {command.text, {}};
      return true;
    case CommandKind::EditStory:
      state.gallery.editing_story =
          state.gallery.editing_story == command.index ? -1 : command.index;
      return true;
    case CommandKind::SetStoryCaption:
    case CommandKind::RemoveStoryStep: {
      int index = -1, k = 0;
      if (std::sscanf(command.token.c_str(), "%d:%d", &index, &k) != 2) return true;
      Story* story = OwnStory(state, index);
      if (!story || k < 1 || static_cast<std::size_t>(k) > story->steps.size()) return true;
      if (command.kind == CommandKind::SetStoryCaption) {
        story->steps[static_cast<std::size_t>(k - 1)].caption = {command.text, {}};
      } else {
        if (story->steps.size() == 1) return true;  // a story line has a step at least
        if (const Error e = RemoveStep(*story, static_cast<std::size_t>(k - 1)))
          return Tell(state, e.what()), true;
      }
      Resave(state, *story);
      FollowEditedStory(state, index);
      return true;
    }
    case CommandKind::RemoveStory:
      RemoveStory(state, command.index);
      return true;
    case CommandKind::ExportStory:
      ExportStory(state, command.index);
      return true;
    default:
      return false;
  }
}

}  // namespace pps
