// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/speaker_notes.h"

#include <imgui.h>

#include <cstdio>

#include "ui/panels/room_panel.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// The clock, the time since the start, and the trainer's two buttons on the right.
void TopRow(const SpeakerScene& scene) {
  const Ui& ui = scene.ui;
  const float s = ui.scale;
  PushFont(ui.fonts.title);
  ImGui::Text("%02d:%02d", scene.hour, scene.minute);
  ImGui::PopFont();
  ImGui::SameLine(0.0f, 24.0f * s);
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedInk);
  const int e = scene.elapsed_s;
  ImGui::AlignTextToFramePadding();
  if (e >= 3600)
    ImGui::Text("%d:%02d:%02d %s", e / 3600, e / 60 % 60, e % 60, S(ui, Str::SinceStart));
  else ImGui::Text("%d:%02d %s", e / 60, e % 60, S(ui, Str::SinceStart));
  ImGui::PopStyleColor();
  char swap[96], stop[96];
  std::snprintf(swap, sizeof swap, "%s##swap_screens", S(ui, Str::SwapScreens));
  std::snprintf(stop, sizeof stop, "%s##speaker_stop", S(ui, Str::StopPresenting));
  const ImGuiStyle& style = ImGui::GetStyle();
  const float swap_w = ImGui::CalcTextSize(swap, nullptr, true).x + 2 * style.FramePadding.x;
  const float stop_w = ImGui::CalcTextSize(stop, nullptr, true).x + 2 * style.FramePadding.x;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - swap_w - stop_w - style.ItemSpacing.x);
  if (TouchButton(ui, swap, ImVec2(swap_w, 0.0f))) ui.Ask(CommandKind::SwapRoomScreen);
  ImGui::SameLine();
  if (TouchButton(ui, stop, ImVec2(stop_w, 0.0f))) ui.Ask(CommandKind::LeavePresenting);
}

// What the room sees now: the type and how firmly it holds, or a blank screen; the pointing tool
// on.
void RoomSees(const SpeakerScene& scene) {
  const Ui& ui = scene.ui;
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(S(ui, Str::RoomSees));
  ImGui::PopFont();
  ImGui::SameLine();
  const Blank blank = scene.presentation.blank;
  if (blank != Blank::None) {
    ImGui::TextUnformatted(S(ui, blank == Blank::Black ? Str::BlankBlack : Str::BlankWhite));
  } else if (scene.c.type) {
    const TypeInfo& info = ui.content.model.Of(*scene.c.type);
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(info.accent));
    ImGui::TextUnformatted(info.name.In(ui.language).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(StabilityText(ui, scene.c));
  } else {
    ImGui::TextUnformatted(S(ui, Str::EmptyBoardTitle));
  }
  if (scene.laser || scene.spotlight) {
    ImGui::SameLine(0.0f, 24.0f * ui.scale);
    ImGui::TextUnformatted(S(ui, scene.laser ? Str::Laser : Str::Spotlight));
  }
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(S(ui, Str::NextStep));
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedInk);
  ImGui::PushTextWrapPos(0.0f);
  const Story* story = scene.story;
  if (!story) ImGui::TextUnformatted(S(ui, Str::NoStoryLine));
  else if (static_cast<std::size_t>(scene.step) >= story->steps.size())
    ImGui::TextUnformatted(S(ui, Str::StoryEnd));
  else
    ImGui::TextUnformatted(
        story->steps[static_cast<std::size_t>(scene.step)].caption.In(ui.language).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// The story's step the room sees: its caption, the presenter's notes to it, and why it did that.
void StoryStepNotes(const SpeakerScene& scene) {
  const Ui& ui = scene.ui;
  const Story* story = scene.story;
  if (!story) return;
  ImGui::PushTextWrapPos(0.0f);
  PushFont(ui.fonts.bold);
  if (scene.step == 0) {
    ImGui::TextUnformatted(story->name.In(ui.language).c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(story->description.In(ui.language).c_str());
  } else {
    const StoryStep& step = story->steps[static_cast<std::size_t>(scene.step - 1)];
    ImGui::Text("%s %d / %zu: %s", S(ui, Str::StoryStepOf), scene.step, story->steps.size(),
                step.caption.In(ui.language).c_str());
    ImGui::PopFont();
    if (!step.notes.In(ui.language).empty())
      ImGui::TextUnformatted(step.notes.In(ui.language).c_str());
    if (scene.because) {
      ImGui::PushStyleColor(ImGuiCol_Text, kMutedInk);
      ImGui::TextUnformatted(scene.because->In(ui.language).c_str());
      ImGui::PopStyleColor();
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();
}

// A heading in the type's accent, its items as bullets, wrapped.
void Group(const char* heading, const std::vector<std::string>& items, ImU32 accent, bool on_screen,
           const Ui& ui) {
  ImGui::PushStyleColor(ImGuiCol_Text, accent);
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(heading);
  ImGui::PopFont();
  ImGui::PopStyleColor();
  if (on_screen) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedInk);
    ImGui::Text("(%s)", S(ui, Str::OnScreen));
    ImGui::PopStyleColor();
  }
  ImGui::Indent();
  for (const std::string& item : items) {
    ImGui::Bullet();
    ImGui::TextUnformatted(item.c_str());
  }
  ImGui::Unindent();
}

void Heading(const Ui& ui, Str s) {
  ImGui::Spacing();
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(S(ui, s));
  ImGui::PopFont();
  ImGui::Separator();
}

// The type's guidance whole, for the trainer to speak from.
void Notes(const SpeakerScene& scene) {
  const Ui& ui = scene.ui;
  if (!scene.c.type) return;
  const GuidanceText& text = ui.content.guidance.Of(*scene.c.type).In(ui.language);
  const ImU32 accent = Rgb(ui.content.model.Of(*scene.c.type).accent);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.summary.c_str());
  Heading(ui, Str::Preconditions);
  const int count = static_cast<int>(text.preconditions.size());
  const int first = FirstRoomPoint(scene.presentation.first_point, count);
  const int shown = scene.presentation.points_shown;
  for (int i = 0; i < count; ++i) {
    const PreconditionGroup& group = text.preconditions[static_cast<std::size_t>(i)];
    Group(group.heading.c_str(), group.items, accent, i >= first && i < first + shown, ui);
  }
  Heading(ui, Str::Pitfalls);
  for (const PitfallGroup& group : text.pitfalls)
    Group(group.heading.c_str(), group.items, accent, false, ui);
  ImGui::PopTextWrapPos();
}

}  // namespace

void DrawSpeakerNotes(const SpeakerScene& scene) {
  const Ui& ui = scene.ui;
  const float s = ui.scale;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
  ImGui::SetNextWindowSize(display);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24.0f * s, 16.0f * s));
  ImGui::PushStyleColor(ImGuiCol_Text, kInk);
  ImGui::Begin("##speaker", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  PushFont(ui.fonts.body);
  TopRow(scene);
  RoomSees(scene);
  ImGui::Separator();
  ImGui::BeginChild("##notes", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
  StoryStepNotes(scene);
  Notes(scene);
  ImGui::EndChild();
  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

}  // namespace pps
