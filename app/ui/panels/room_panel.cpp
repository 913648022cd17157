// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/room_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "core/input/pointer_router.h"
#include "core/io/shortened.h"
#include "ui/board/drag_scroll.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// The type's name in ink beside a bar of its colour (never the colour alone: a room's projector
// washes colours out, and some in the room do not tell them apart), then its stability.
void TypeName(const Ui& ui, const Classification& c) {
  const float s = ui.scale;
  PushFont(ui.fonts.title);
  if (!c.type) {
    ImGui::TextUnformatted(S(ui, Str::EmptyBoardTitle));
    ImGui::PopFont();
    return;
  }
  const TypeInfo& info = ui.content.model.Of(*c.type);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float bar = 10.0f * s, indent = bar + 12.0f * s;
  ImGui::Indent(indent);
  // A long name on a narrow panel is drawn smaller rather than cut: never below the body's size.
  const char* name = info.name.In(ui.language).c_str();
  const float room = ImGui::GetContentRegionAvail().x, wide = ImGui::CalcTextSize(name).x;
  // (A bold glyph's ink may pass its advance: 5 % to spare.)
  if (wide > room * 0.95f && room > 0.0f)
    ImGui::SetWindowFontScale(std::max(0.5f, room * 0.95f / wide));
  ImGui::TextUnformatted(name);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(StabilityText(ui, c));
  ImGui::PopTextWrapPos();
  ImGui::Unindent(indent);
  ImGui::GetWindowDrawList()->AddRectFilled(
      p, ImVec2(p.x + bar, ImGui::GetCursorScreenPos().y - 4.0f * s), Rgb(info.accent), 4.0f * s);
}

// The trainer's button: its words drawn smaller where the room's size does not fit them (the
// room need not read it; the trainer, close by, does).
bool TrainerButton(const Ui& ui, const char* label, ImVec2 size, std::uint32_t accent = 0,
                   bool selected = false) {
  const float room = (size.x > 0.0f ? size.x : ImGui::GetContentRegionAvail().x) -
                     2.0f * ImGui::GetStyle().FramePadding.x;
  const float wide = ImGui::CalcTextSize(label, nullptr, true).x;
  // (A bold glyph's ink may pass its advance: 5 % to spare.)
  if (wide > room * 0.95f && room > 0.0f)
    ImGui::SetWindowFontScale(std::max(0.5f, room * 0.95f / wide));
  const bool pressed = TouchButton(ui, label, size, accent, selected);
  ImGui::SetWindowFontScale(1.0f);
  return pressed;
}

// A row of choices for the trainer: `word`, then a button for each of `values`, the one equal
// to `chosen` shown so; asks for `kind` with the value tapped. Each button at least as wide as
// "10"; on a narrow panel the row's word is drawn smaller to leave them that. `name(value)` is a
// button's words; `id` tells the row's buttons from others.
template <std::size_t N, class Name>
void ChoiceRow(const Ui& ui, const char* word, const int (&values)[N], int chosen, float button_h,
               CommandKind kind, const char* id, Name&& name) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float count = static_cast<float>(N);
  const float least = ImGui::CalcTextSize("10").x + 2.0f * ImGui::GetStyle().FramePadding.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float wide = ImGui::CalcTextSize(word).x;
  const float word_scale =
      std::clamp((avail - count * (least + spacing)) / std::max(1.0f, wide), 0.5f, 1.0f);
  const float button_w = (avail - wide * word_scale - count * spacing) / count;
  const float row_y = ImGui::GetCursorPosY();
  ImGui::SetWindowFontScale(word_scale);
  ImGui::SetCursorPosY(row_y + (button_h - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::TextUnformatted(word);
  ImGui::SetWindowFontScale(1.0f);
  char label[64];
  for (const int value : values) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y);
    std::snprintf(label, sizeof label, "%s##%s%d", name(value).c_str(), id, value);
    const bool is = value == chosen;
    if (TrainerButton(ui, label, ImVec2(button_w, button_h), is ? 0x3A4A5C : 0, is) && !is)
      ui.Ask({kind, value});
  }
}

// The room's depth: the words' size follows at once.
void DepthRow(const Ui& ui, float depth_m, float button_h) {
  ChoiceRow(ui, S(ui, Str::RoomDepth), kRoomDepths, static_cast<int>(depth_m + 0.5f), button_h,
            CommandKind::SetRoomDepth, "room_depth", [](int m) { return std::to_string(m); });
}

// How long a story line's step glides, in seconds ("0,8" in Dutch).
void PaceRow(const Ui& ui, double seconds, float button_h) {
  const int tenths = static_cast<int>(seconds * 10.0 + 0.5);
  const char comma = ui.language == Language::Dutch ? ',' : '.';
  ChoiceRow(ui, S(ui, Str::StepPace), kStepPaces, tenths, button_h, CommandKind::SetStepSeconds,
            "step_pace", [&](int t) {
              return t % 10 ? std::to_string(t / 10) + comma + std::to_string(t % 10)
                            : std::to_string(t / 10);
            });
}

// `words` cut at a space to fit `width` px in the current font, with "…" where it was cut.
std::string Fitted(const std::string& words, float width) {
  if (ImGui::CalcTextSize(words.c_str()).x <= width) return words;
  std::string cut = words;
  for (;;) {
    const std::size_t space = cut.rfind(' ');
    if (space == std::string::npos || space == 0) return cut + "\u2026";  // one word: whole
    cut.resize(space);
    if (ImGui::CalcTextSize((cut + "\u2026").c_str()).x <= width) return cut + "\u2026";
  }
}

// A button's words at most this long (bytes), cut at a space: what a trainer knows a step or a
// sketch by, and short enough for a button's label to keep its id (ui/state/ui.h, TapTarget).
constexpr std::size_t kButtonBytes = 56;

// The story line's steps, each a button that jumps to it (the one shown, chosen), in `height`
// px, scrolled to show the one shown; a finger drags the list (`scroll`).
void StepList(const Ui& ui, const Story& story, int step, float height, float button_h,
              DragScroll& scroll) {
  ImGui::BeginChild("##story_steps", ImVec2(0.0f, std::max(1.0f, height)), false,
                    ImGuiWindowFlags_NoBackground);
  UpdateDragScroll(scroll, kTapSlop * ui.scale);
  for (int k = 0; k <= static_cast<int>(story.steps.size()); ++k) {
    const float width = ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().FramePadding.x;
    const std::string words = Shortened(
        std::to_string(k) + "  " +
            (k == 0 ? S(ui, Str::StoryStart)
                    : story.steps[static_cast<std::size_t>(k - 1)].caption.In(ui.language)),
        kButtonBytes);
    // "###": the id alone, so that the button stays itself as the words fit another width.
    const std::string label = Fitted(words, width) + "###story_step" + std::to_string(k);
    const bool here = k == step;
    if (TrainerButton(ui, label.c_str(), ImVec2(-1.0f, button_h), here ? 0x3A4A5C : 0, here) &&
        !here)
      ui.Ask({CommandKind::StoryStep, k});
    if (here && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(0.5f);
  }
  ImGui::EndChild();
}

// The room's words: the type, a story line's step and why (with, on a detour, the way back),
// or the type's character; then the points it asks, as many as fit, at most three. Returns the
// points shown.
RoomPoints RoomWords(const Ui& ui, const Classification& c, const RoomTools& tools) {
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  TypeName(ui, c);
  int shown = 0, first_shown = 0;
  // Words are shown whole or not at all: a line cut off at the foot says nothing. A story
  // line's step and why, or the type's character; then the points it asks, as many as fit, at
  // most three.
  ImGui::Spacing();
  const float width = ImGui::GetContentRegionAvail().x;
  const auto height = [&](const char* words, float wrap) {
    return ImGui::CalcTextSize(words, nullptr, false, wrap).y + gap;
  };
  float room = ImGui::GetContentRegionAvail().y;
  // A block of words drawn whole in `font`, or not at all (and none after it).
  const auto block = [&](const std::string& words, ImFont* font, ImU32 colour) {
    if (words.empty()) return;
    PushFont(font);
    room -= height(words.c_str(), width);
    if (room >= 0.0f) {
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(words.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
    }
    ImGui::PopFont();
  };
  if (tools.story && tools.step > 0) {
    block(tools.story->steps[static_cast<std::size_t>(tools.step - 1)].caption.In(ui.language),
          ui.fonts.bold, kInk);
    if (tools.because) block(tools.because->In(ui.language), ui.fonts.body, kMutedInk);
  } else if (tools.story) {
    block(tools.story->name.In(ui.language), ui.fonts.bold, kInk);
  }
  if (c.type) {
    const GuidanceText& text = ui.content.guidance.Of(*c.type).In(ui.language);
    if (!tools.story) block(text.tagline, ui.fonts.body, kInk);
    const int count = static_cast<int>(text.preconditions.size());
    int first = FirstRoomPoint(tools.first_point, count);
    // Each point beside its bullet (a font size wide), below the heading's line, which the
    // button beside it makes a frame tall.
    const float wrap = width - ImGui::GetFontSize() - ImGui::GetStyle().ItemSpacing.x;
    const float heading = ImGui::GetFrameHeight() + 2 * gap;
    room -= heading;
    // The points from `from` that fit in `room`, at most three.
    const auto fitting = [&](int from) {
      int n = 0;
      for (float left = room; left >= 0.0f && from + n < count && n < kRoomPoints; ++n) {
        left -=
            height(text.preconditions[static_cast<std::size_t>(from + n)].heading.c_str(), wrap);
        if (left < 0.0f) break;
      }
      return n;
    };
    shown = fitting(first);
    // Paged on, then the words grew (a deeper room, a smaller screen): back to the first point.
    if (shown == 0 && first > 0) first = 0, shown = fitting(0);
    const int last = first + shown;
    first_shown = first;
    if (shown > 0) {
      ImGui::Spacing();
      PushFont(ui.fonts.bold);
      ImGui::TextUnformatted(S(ui, Str::TypeAsks));
      ImGui::PopFont();
    }
    // The rest one tap away: the points after these, in the same words' size, and round again.
    if (shown > 0 && shown < count) {
      char label[64];
      if (shown == 1) std::snprintf(label, sizeof label, "%d / %d  \u2192##room_more", last, count);
      else
        std::snprintf(label, sizeof label, "%d\u2013%d / %d  \u2192##room_more", first + 1, last,
                      count);
      const float wide =
          ImGui::CalcTextSize(label, nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
      ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - wide));
      if (TrainerButton(ui, label, ImVec2(wide, 0.0f)))
        ui.Ask({CommandKind::NextRoomPoints, last < count ? last : 0});
    }
    // ImGui::BulletText does not wrap: a bullet, and the point wrapped beside it.
    ImGui::PushTextWrapPos(0.0f);
    for (int i = first; i < last; ++i) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::TextUnformatted(text.preconditions[static_cast<std::size_t>(i)].heading.c_str());
    }
    ImGui::PopTextWrapPos();
  }
  return {first_shown, shown};
}

// A story line's row: back, where it is (a tap lists the steps), on; on a detour, the way back
// to the script's board in the middle. A clicker's PageUp and PageDown do the same as ◀ ▶.
void StoryRow(const Ui& ui, const RoomTools& tools, float button_h) {
  const int steps = static_cast<int>(tools.story->steps.size());
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x - 2 * spacing;
  const float side = tools.detour ? avail / 5 : avail / 3;
  if (TrainerButton(ui, "\u25C0##story_back", ImVec2(side, button_h)) && tools.step > 0)
    ui.Ask({CommandKind::StoryStep, tools.step - 1});
  ImGui::SameLine();
  char label[96];
  if (tools.detour) {
    std::snprintf(label, sizeof label, "%s##story_return", S(ui, Str::BackToStory));
    if (TrainerButton(ui, label, ImVec2(avail - 2 * side, button_h), 0x3A4A5C, true))
      ui.Ask({CommandKind::StoryStep, tools.step});
  } else {
    std::snprintf(label, sizeof label, "%d / %d##story_where", tools.step, steps);
    if (TrainerButton(ui, label, ImVec2(side, button_h), tools.steps_listed ? 0x3A4A5C : 0,
                      tools.steps_listed))
      ui.Ask(CommandKind::ToggleStorySteps);
  }
  ImGui::SameLine();
  if (TrainerButton(ui, "\u25B6##story_next", ImVec2(side, button_h)) && tools.step < steps)
    ui.Ask({CommandKind::StoryStep, tools.step + 1});
}

}  // namespace

float RoomScale(RoomScreen screen, float depth_m, RoomText* text) {
  const RoomText room = RoomCap(screen.height_px, screen.mm_per_px, depth_m);
  if (text) *text = room;
  return room.cap_px / (kCapHeightPerFontPx * kBodyFontPx);
}

RoomPoints DrawRoomPanel(const Ui& ui, const Classification& c, const ChipRect& rect,
                         RoomTools tools) {
  // The margins need not grow with the room's words: the words need the width.
  const float s = ui.scale, pad = 20.0f * std::min(s, 1.25f);
  ImGui::SetNextWindowPos(ImVec2(rect.min.x, rect.min.y));
  ImGui::SetNextWindowSize(ImVec2(rect.max.x - rect.min.x, rect.max.y - rect.min.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12.0f * s, 12.0f * s));
  ImGui::PushStyleColor(ImGuiCol_Text, kInk);
  ImGui::Begin("##room", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  PushFont(ui.fonts.body);
  // The words above, the buttons below, whatever the words' length: the way out stays reachable.
  const float button_h = ImGui::GetFontSize() + 24.0f * s;
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  constexpr float kRows = 3.0f;
  const float words_h = rect.max.y - rect.min.y - 2 * pad - kRows * button_h - kRows * gap;
  ImGui::BeginChild("##room_words", ImVec2(0.0f, std::max(1.0f, words_h)), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoBackground);
  RoomPoints points;
  if (tools.story && tools.steps_listed) {
    StepList(ui, *tools.story, tools.step,
             ImGui::GetContentRegionAvail().y - 2.0f * (button_h + gap), button_h,
             *tools.steps_scroll);
    DepthRow(ui, tools.depth_m, button_h);
    PaceRow(ui, tools.step_seconds, button_h);
  } else {
    points = RoomWords(ui, c, tools);
  }
  ImGui::EndChild();
  // The trainer's buttons at the bottom: a room does not need them, the trainer does. With a
  // story line open, its row takes the room depth's place (which its list of steps holds).
  ImGui::SetCursorPosY(rect.max.y - rect.min.y - pad - kRows * button_h - (kRows - 1) * gap);
  if (tools.story) StoryRow(ui, tools, button_h);
  else DepthRow(ui, tools.depth_m, button_h);
  char label[96];
  const float third =
      (ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  std::snprintf(label, sizeof label, "%s##laser", S(ui, Str::Laser));
  if (TrainerButton(ui, label, ImVec2(third, button_h), tools.laser ? 0xC8142A : 0, tools.laser))
    ui.Ask(CommandKind::ToggleLaser);
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##spotlight", S(ui, Str::Spotlight));
  if (TrainerButton(ui, label, ImVec2(third, button_h), tools.spotlight ? 0x3A4A5C : 0,
                    tools.spotlight))
    ui.Ask(CommandKind::ToggleSpotlight);
  ImGui::SameLine();
  // The case compared with, by name; a tap the next, after the last none.
  const Sketch* compared = tools.compare;
  const LocalText* name =
      compared ? (compared->short_name.nl.empty() ? &compared->name : &compared->short_name)
               : nullptr;
  // (A kept sketch's name may be long: the button's words are the first of it.)
  // (Into the frame's buffer: not comparing, nothing allocated.)
  const std::string shortened = name ? Shortened(name->In(ui.language), kButtonBytes) : "";
  std::snprintf(label, sizeof label, "%s##compare", name ? shortened.c_str() : S(ui, Str::Compare));
  if (TrainerButton(ui, label, ImVec2(-1.0f, button_h), compared ? 0x3A4A5C : 0, compared))
    ui.Ask(CommandKind::NextCompare);
  std::snprintf(label, sizeof label, "%s##stop_presenting", S(ui, Str::StopPresenting));
  if (TrainerButton(ui, label, ImVec2(-1.0f, button_h))) ui.Ask(CommandKind::LeavePresenting);
  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  return points;
}

}  // namespace pps
