// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/sidebar.h"

#include <imgui.h>

#include <cstdio>

#include "core/io/app_version.h"
#include "core/io/shortened.h"
#include "core/model/content.h"
#include "ui/panels/aim_panel.h"
#include "ui/panels/gallery_panel.h"
#include "ui/panels/library_panel.h"
#include "ui/panels/report_panel.h"
#include "ui/panels/story_panel.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

void TypeHeader(const SidebarScene& scene, const Classification& c) {
  const Model& m = scene.ui.content.model;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float s = scene.ui.scale;
  if (!c.type) {
    PushFont(scene.ui.fonts.title);
    ImGui::TextUnformatted(S(scene.ui, Str::EmptyBoardTitle));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", S(scene.ui, Str::EmptyBoardHint));
    ImGui::PopTextWrapPos();
    return;
  }
  const TypeInfo& info = m.Of(*c.type);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float bar = 10.0f * s;
  ImGui::Indent(bar + 14.0f * s);
  ImGui::TextDisabled("%s %d", S(scene.ui, Str::TypeNumber), info.number);
  PushFont(scene.ui.fonts.title);
  ImGui::PushStyleColor(ImGuiCol_Text, Rgb(info.accent));
  ImGui::TextUnformatted(info.name.In(scene.ui.language).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(
      scene.ui.content.guidance.Of(*c.type).In(scene.ui.language).tagline.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Unindent(bar + 14.0f * s);
  draw->AddRectFilled(p, ImVec2(p.x + bar, ImGui::GetCursorScreenPos().y - 4 * s), Rgb(info.accent),
                      4 * s);
}

// The type in one line of fixed height, above the library: adding an activity may change the
// type, but never moves the list under the finger that is adding.
void CompactTypeHeader(const SidebarScene& scene, const Classification& c) {
  PushFont(scene.ui.fonts.title);
  if (c.type) {
    const TypeInfo& info = scene.ui.content.model.Of(*c.type);
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(info.accent));
    ImGui::TextUnformatted(info.name.In(scene.ui.language).c_str());
    ImGui::PopStyleColor();
  } else {
    ImGui::TextDisabled("%s", S(scene.ui, Str::EmptyBoardTitle));
  }
  ImGui::PopFont();
}

void GrensgevalNote(const SidebarScene& scene, const Classification& c) {
  if (!c.grensgeval) return;
  const Model& m = scene.ui.content.model;
  PushFont(scene.ui.fonts.bold);
  ImGui::TextColored(ImVec4(0.62f, 0.32f, 0.05f, 1.0f), "%s", S(scene.ui, Str::Grensgeval));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(S(scene.ui, Str::GrensgevalBetween));
  for (int i = 0; i < c.neighbour_count; ++i)
    ImGui::BulletText("%s", m.Of(c.neighbours[i]).name.In(scene.ui.language).c_str());
  ImGui::PopTextWrapPos();
}

// The share of the weight per quadrant, as bars. A tap on them explains, below them, how the
// type follows the zwaartepunt rather than the largest bar (again: the explanation goes).
void ShareBars(const SidebarScene& scene, const Classification& c) {
  const Model& m = scene.ui.content.model;
  const float s = scene.ui.scale;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::TextDisabled("%s", S(scene.ui, Str::Shares));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float width = ImGui::GetContentRegionAvail().x;
  const float label_w = 170.0f * s, height = 24.0f * s;
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::TextUnformatted(info.name.In(scene.ui.language).c_str());
    const float bar_w = width - label_w - 70.0f * s;
    const ImVec2 a(p.x + label_w, p.y);
    draw->AddRectFilled(a, ImVec2(a.x + bar_w, a.y + height), IM_COL32(0, 0, 0, 18), 4 * s);
    draw->AddRectFilled(
        a, ImVec2(a.x + bar_w * static_cast<float>(c.shares[Index(type)]), a.y + height),
        Rgb(info.accent, 200), 4 * s);
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3.0f%%", 100.0 * c.shares[Index(type)]);
    draw->AddText(ImVec2(a.x + bar_w + 10 * s, p.y), kInk, pct);
  }
  // The bars, tapped: their explanation shown or hidden (view state, in ImGui's storage).
  const ImVec2 end = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(start);
  // A press that scrolls the sidebar lets go of the button without pressing it (DragScroll).
  const bool tapped = ImGui::InvisibleButton(
      "##shares", ImVec2(std::max(1.0f, width), std::max(1.0f, end.y - start.y)));
  RecordTarget(scene.ui, "##shares");
  ImGuiStorage& storage = *ImGui::GetStateStorage();
  const ImGuiID explained = ImGui::GetID("##shares-explained");
  if (tapped) storage.SetBool(explained, !storage.GetBool(explained));
  if (storage.GetBool(explained)) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(S(scene.ui, Str::ZwaartepuntExplained));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
  }
  // A type that is not the largest bar's says why, where the eye compares them.
  int largest = 0;
  for (int i = 1; i < kTypeCount; ++i)
    if (c.shares[static_cast<std::size_t>(i)] > c.shares[static_cast<std::size_t>(largest)])
      largest = i;
  if (c.type && Index(*c.type) != largest &&
      c.shares[static_cast<std::size_t>(largest)] >
          c.shares[static_cast<std::size_t>(Index(*c.type))]) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", S(scene.ui, Str::TypeFollowsZwaartepunt));
    ImGui::PopTextWrapPos();
  }
}

void Measures(const SidebarScene& scene, const Classification& c) {
  const Model& m = scene.ui.content.model;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s  %s", S(scene.ui, Str::Stability),
                      Decimal("%.2f", c.axis_distance, scene.ui.language).c_str());
  ImGui::TextUnformatted(StabilityText(scene.ui, c));
  ImGui::TextDisabled("%s  %s", S(scene.ui, Str::Spread),
                      Decimal("%.2f", c.spread, scene.ui.language).c_str());
  ImGui::TextUnformatted(S(scene.ui, SpreadWide(m, c) ? Str::SpreadWide : Str::SpreadNarrow));
  ImGui::PopTextWrapPos();
}

// Lays out a block of wrapped text, unless it is out of view (scrolled past or below the fold)
// and was laid out before at this width: then the height it had stands in for it. ImGui would
// wrap all of its text only to clip it. `key` is the block's text, which content keeps in place.
template <typename Draw>
void Block(const SidebarScene& scene, const void* key, Draw draw) {
  const float width = ImGui::GetContentRegionAvail().x;
  BlockHeight& known = scene.block_heights[key];
  if (known.width == width && !ImGui::IsRectVisible(ImVec2(width, known.height))) {
    ImGui::Dummy(ImVec2(width, known.height - ImGui::GetStyle().ItemSpacing.y));
    return;
  }
  const float top = ImGui::GetCursorScreenPos().y;
  draw();
  known = {width, ImGui::GetCursorScreenPos().y - top};
}

void Bullets(const SidebarScene& scene, Str title, const std::vector<std::string>& items) {
  ImGui::Spacing();
  PushFont(scene.ui.fonts.bold);
  ImGui::TextUnformatted(S(scene.ui, title));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  for (const std::string& item : items) {
    ImGui::Bullet();
    ImGui::TextUnformatted(item.c_str());
  }
  ImGui::PopTextWrapPos();
}

// Preconditions or pitfalls of a type under the publication's numbered headings, in the type's
// accent.
void NumberedGroups(const SidebarScene& scene, Str title, const std::vector<HeadedGroup>& groups,
                    std::uint32_t accent) {
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);  // the heading too: "Preconditions and success factors" is long
  PushFont(scene.ui.fonts.bold);
  const char* heading = S(scene.ui, title);
  ImGui::TextUnformatted(heading);
  ImGui::PopFont();
  int number = 0;
  for (const HeadedGroup& group : groups) {
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(accent));
    ImGui::Text("%d. %s", ++number, group.heading.c_str());
    ImGui::PopStyleColor();
    for (const std::string& item : group.items) {
      ImGui::Bullet();
      ImGui::TextUnformatted(item.c_str());
    }
  }
  ImGui::PopTextWrapPos();
  if (!scene.ui.probe) return;
  ShownGuidance& shown = scene.ui.probe->guidance;
  if (shown.section_count < kTypeCount) {
    const bool pitfalls = title == Str::Pitfalls;
    (pitfalls ? shown.pitfalls_heading : shown.preconditions_heading)[shown.section_count] =
        heading;
    (pitfalls ? shown.pitfall_groups : shown.precondition_groups)[shown.section_count] = number;
  }
}

// A button that asks to open case `c`.
void OpenCaseButton(const SidebarScene& scene, const Sketch& c, const char* id_suffix) {
  int index = static_cast<int>(&c - scene.ui.content.cases.data());
  char label[128];
  const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
  std::snprintf(label, sizeof label, "%s  \xE2\x86\x92##%s%d", name.In(scene.ui.language).c_str(),
                id_suffix, index);
  if (TouchButton(scene.ui, label, ImVec2(-1.0f, 44.0f * scene.ui.scale)))
    scene.ui.Ask({CommandKind::OpenCase, index});
}

// "Vergelijk met" case `index`: its chips and zwaartepunt faintly under the board, to show where
// they differ; shown on while it is, and a tap again turns it off.
void CompareButton(const SidebarScene& scene, int index) {
  const Sketch& c = scene.ui.content.cases[static_cast<std::size_t>(index)];
  const LocalText& name = c.short_name.nl.empty() ? c.name : c.short_name;
  char label[128];
  std::snprintf(label, sizeof label, "%s %s##compare_case%d", S(scene.ui, Str::CompareWith),
                name.In(scene.ui.language).c_str(), index);
  const bool on = scene.compared == &c;
  if (TouchButton(scene.ui, label, ImVec2(-1.0f, 44.0f * scene.ui.scale), on ? 0x3A4A5C : 0, on))
    scene.ui.Ask({CommandKind::SetCompare, index});
}

void GuidanceSections(const SidebarScene& scene, PpsType type, bool primary) {
  const Model& m = scene.ui.content.model;
  const TypeGuidance& guidance = scene.ui.content.guidance.Of(type);
  const GuidanceText& g = guidance.In(scene.ui.language);
  if (!primary) {
    ImGui::Spacing();
    ImGui::Separator();
    PushFont(scene.ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(m.Of(type).accent));
    ImGui::Text("%s: %s", S(scene.ui, Str::AlsoType),
                m.Of(type).name.In(scene.ui.language).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(g.tagline.c_str());
    ImGui::PopTextWrapPos();
  }
  Block(scene, &g.summary, [&] {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(g.summary.c_str());
    ImGui::PopTextWrapPos();
  });
  Block(scene, &g.propositions, [&] { Bullets(scene, Str::Propositions, g.propositions); });
  Block(scene, &g.preconditions,
        [&] { NumberedGroups(scene, Str::Preconditions, g.preconditions, m.Of(type).accent); });
  Block(scene, &g.pitfalls,
        [&] { NumberedGroups(scene, Str::Pitfalls, g.pitfalls, m.Of(type).accent); });
  ImGui::Spacing();
  PushFont(scene.ui.fonts.bold);
  ImGui::TextUnformatted(S(scene.ui, Str::Examples));
  ImGui::PopFont();
  for (const std::string& id : guidance.examples)
    if (const Sketch* example = FindCase(scene.ui.content, id))
      OpenCaseButton(scene, *example, "ex");
  if (!scene.ui.probe) return;
  ShownGuidance& shown = scene.ui.probe->guidance;
  if (shown.section_count < kTypeCount) shown.sections[shown.section_count++] = type;
}

void Timeline(const SidebarScene& scene) {
  const TypeTimeline& timeline = scene.timeline;
  if (timeline.Count() == 0) return;
  const Model& m = scene.ui.content.model;
  ImGui::TextDisabled("%s", S(scene.ui, Str::Timeline));
  const auto name = [&](std::optional<PpsType> t) {
    return t ? m.Of(*t).name.In(scene.ui.language).c_str() : S(scene.ui, Str::EmptyBoardShort);
  };
  for (int i = timeline.Count() - 1; i >= 0 && i >= timeline.Count() - 4; --i) {
    const TypeShift& shift = timeline.At(i);
    const int seconds = static_cast<int>(shift.time - timeline.Started());
    ImGui::Text("%d:%02d   %s \xE2\x86\x92 %s", seconds / 60, seconds % 60, name(shift.from),
                name(shift.to));
  }
}

// Asks for the report of the board as it stands, or to present it to a room (F5 too).
void ReportButton(const Ui& ui) {
  char label[96];
  std::snprintf(label, sizeof label, "%s##report", S(ui, Str::Report));
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  if (TouchButton(ui, label, ImVec2(half, 44.0f * ui.scale))) ui.Ask({CommandKind::ExportReport});
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##present", S(ui, Str::Present));
  if (TouchButton(ui, label, ImVec2(-1.0f, 44.0f * ui.scale)))
    ui.Ask({CommandKind::TogglePresenting});
}

// Which app this is, its version, its licences and whose publication the model comes from: last
// in the sidebar, out of the way, for whoever scrolls down to ask (or to quote in a bug report).
void About(const SidebarScene& scene) {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextDisabled("PPS Canvas %s", AppVersion());
  const char* about = S(scene.ui, Str::About);
  Block(scene, about, [&] {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(about);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  });
}

}  // namespace

void DrawSidebar(const SidebarScene& scene, const Classification& c) {
  if (scene.ui.probe) scene.ui.probe->guidance = ShownGuidance{c.type, {}, 0};
  ImGui::PushTextWrapPos(0.0f);
  const Sketch& sketch = scene.board.Current();
  ImGui::TextDisabled("%s  \xC2\xB7  %d %s", sketch.name.In(scene.ui.language).c_str(),
                      c.token_count, S(scene.ui, c.token_count == 1 ? Str::Token : Str::Tokens));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  DrawRecordingBar(scene.ui, scene.recorder, scene.entry);
  // Compared with a case or a sketch, whatever the sidebar shows: the way to stop it.
  if (scene.compared) {
    const LocalText& name =
        scene.compared->short_name.nl.empty() ? scene.compared->name : scene.compared->short_name;
    const std::string label = std::string(S(scene.ui, Str::CompareWith)) + " " +
                              Shortened(name.In(scene.ui.language), 48) + "  \u00D7##compare_off";
    if (TouchButton(scene.ui, label.c_str(), ImVec2(-1.0f, 44.0f * scene.ui.scale), 0x3A4A5C, true))
      scene.ui.Ask({CommandKind::SetCompare, -1});
  }
  DrawFileConflict(
      scene.ui, scene.gallery,
      scene.board.Current());  // the board's file changed on disk: asks before anything else
  if (scene.gallery.open) {
    CompactTypeHeader(scene, c);
    DrawGallery(scene.ui, scene.gallery, scene.board.Current(), scene.entry, scene.recorder.on);
    return;
  }
  if (scene.report && scene.report->open && scene.sticks) {
    CompactTypeHeader(scene, c);
    DrawReportPanel(scene.ui, *scene.report, *scene.sticks);
    return;
  }
  if (scene.library_open) {
    CompactTypeHeader(scene, c);
    DrawLibrary(scene.ui, scene.entry, scene.board_rect);
    return;
  }
  TypeHeader(scene, c);
  DrawAimPanel(scene.ui, scene.board, scene.aim);
  ReportButton(scene.ui);
  if (!c.type) {
    Timeline(scene);
    About(scene);
    return;
  }
  GrensgevalNote(scene, c);
  ImGui::Separator();
  ShareBars(scene, c);
  Measures(scene, c);
  if (const Sketch* nearest = NearestCase(scene.ui.content, sketch, c)) {
    ImGui::TextDisabled("%s", S(scene.ui, Str::NearestCase));
    OpenCaseButton(scene, *nearest, "near");
    CompareButton(scene, static_cast<int>(nearest - scene.ui.content.cases.data()));
  }
  Timeline(scene);
  ImGui::Separator();
  GuidanceSections(scene, *c.type, true);
  for (int i = 0; i < c.neighbour_count; ++i) GuidanceSections(scene, c.neighbours[i], false);
  About(scene);
}

}  // namespace pps
