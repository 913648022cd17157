// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/story_panel.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/io/shortened.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

constexpr std::uint32_t kRecordRed = 0xC8142A;

// A step's words on its button at most this long (bytes): a line's worth, and short enough for
// a button's label to keep its id (ui/state/ui.h, TapTarget).
constexpr std::size_t kStepBytes = 56;

// One's own story line `i`'s steps, each its caption (a tap types another) and ✕ (taken out;
// not the only one).
void OwnSteps(const Ui& ui, const Story& story, std::size_t i, TextEntry& entry) {
  const float s = ui.scale;
  char id[64];
  for (std::size_t k = 1; k <= story.steps.size(); ++k) {
    const std::string& caption = story.steps[k - 1].caption.In(ui.language);
    const std::string text = std::to_string(k) + "  " + (caption.empty() ? "\u2026" : caption);
    const float cross = 44.0f * s;
    ImGui::PushItemWidth(-1.0f);
    std::snprintf(id, sizeof id, "##story_caption%zu_%zu", i, k);
    const float wide = ImGui::GetContentRegionAvail().x - cross - ImGui::GetStyle().ItemSpacing.x;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wide);
    const std::string step = StepOf(story.file, k);
    if (TouchButton(ui, (Shortened(text, kStepBytes) + id).c_str(), ImVec2(wide, 44.0f * s)))
      BeginTextEntry(entry, CommandKind::SetStoryCaption, step, caption, Str::CaptionTitle,
                     kMaxCaptionBytes);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::PopItemWidth();
    ImGui::SameLine();
    ImGui::BeginDisabled(story.steps.size() == 1);
    std::snprintf(id, sizeof id, "\u00D7##story_step_remove%zu_%zu", i, k);
    if (TouchButton(ui, id, ImVec2(cross, 44.0f * s)))
      ui.Ask({CommandKind::RemoveStoryStep, -1, step});
    ImGui::EndDisabled();
  }
}

}  // namespace

void RecordButton(const Ui& ui, const GalleryState& gallery, bool recording, ImVec2 size) {
  ImGui::BeginDisabled(recording || gallery.stories_folder.empty());
  char id[64];
  std::snprintf(id, sizeof id, "%s##record", S(ui, Str::Record));
  if (TouchButton(ui, id, size, kRecordRed)) ui.Ask(CommandKind::StartRecording);
  ImGui::EndDisabled();
}

void DrawStoryLines(const Ui& ui, const GalleryState& gallery, TextEntry& entry) {
  const float s = ui.scale;
  ImGui::Separator();
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(S(ui, Str::StoryLines));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", S(ui, Str::StoryLinesHint));
  ImGui::PopTextWrapPos();
  char id[64];
  for (std::size_t i = 0; i < ui.content.stories.size(); ++i) {
    const Story& story = ui.content.stories[i];
    std::snprintf(id, sizeof id, "##story%zu", i);
    const std::uint32_t accent =
        story.claims ? ui.content.model.Of(*story.claims).accent : 0x666666;
    if (WrappedButton(ui, id, ("\u25B6  " + story.name.In(ui.language)).c_str(), 44.0f * s, accent))
      ui.Ask({CommandKind::OpenStory, static_cast<int>(i)});
    if (story.file.empty()) continue;
    // One's own: its steps to edit, a file to take along, the bin.
    const float third =
        (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
    const bool editing = gallery.editing_story == story.file;
    std::snprintf(id, sizeof id, "%s##edit_story%zu", S(ui, Str::EditStory), i);
    if (TouchButton(ui, id, ImVec2(third, 44.0f * s), 0, editing))
      ui.Ask(Command::OnFile(CommandKind::EditStory, story.file));
    ImGui::SameLine();
    std::snprintf(id, sizeof id, "%s##export_story%zu", S(ui, Str::ExportStory), i);
    if (TouchButton(ui, id, ImVec2(third, 44.0f * s)))
      ui.Ask({CommandKind::ExportStory, static_cast<int>(i)});
    ImGui::SameLine();
    std::snprintf(id, sizeof id, "%s##remove_story%zu", S(ui, Str::RemoveStory), i);
    if (TouchButton(ui, id, ImVec2(third, 44.0f * s)))
      ui.Ask(Command::OnFile(CommandKind::RemoveStory, story.file));
    if (editing) OwnSteps(ui, story, i, entry);
  }
}

void DrawRecordingBar(const Ui& ui, const StoryRecorder& recorder, TextEntry& entry) {
  if (!recorder.on) return;
  const float s = ui.scale;
  const std::size_t steps = recorder.recording.steps.size();
  ImGui::PushStyleColor(ImGuiCol_Text, Rgb(kRecordRed));
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(S(ui, Str::Recording));
  ImGui::PopFont();
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::Text("\u00B7  %zu %s", steps, S(ui, steps == 1 ? Str::RecordedStep : Str::RecordedSteps));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", S(ui, Str::RecordingHint));
  ImGui::PopTextWrapPos();
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  char id[64];
  ImGui::BeginDisabled(steps == 0);
  std::snprintf(id, sizeof id, "%s##record_caption", S(ui, Str::RecordCaption));
  if (TouchButton(ui, id, ImVec2(half, 44.0f * s)))
    BeginTextEntry(entry, CommandKind::SetRecordedCaption, {},
                   recorder.recording.steps.empty()
                       ? std::string()
                       : recorder.recording.steps.back().caption.In(ui.language),
                   Str::CaptionTitle, kMaxCaptionBytes);
  ImGui::EndDisabled();
  ImGui::SameLine();
  std::snprintf(id, sizeof id, "%s##record_stop", S(ui, Str::RecordStop));
  if (TouchButton(ui, id, ImVec2(half, 44.0f * s), kRecordRed))
    BeginTextEntry(entry, CommandKind::StopRecording, {},
                   recorder.recording.start.name.In(ui.language), Str::StoryNameTitle,
                   kMaxLabelBytes);
  ImGui::Separator();
}

}  // namespace pps
