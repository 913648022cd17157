// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/library_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/input/text_edit.h"
#include "ui/panels/text_entry.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

void DrawLibrary(const Ui& ui, TextEntry& entry) {
  const float s = ui.scale;
  const Language language = ui.language;
  const Strings& strings = ui.content.strings;
  // Right under the type's name, where the sidebar without the library shows the type in words
  // and no button: closing the library puts nothing under the finger that closed it. One's own
  // activity: its name typed, then it stands on the board, to be dragged into place.
  const float third = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  char done[96];
  std::snprintf(done, sizeof done, "%s##close_library", strings.Get(Str::Done, language));
  if (TouchButton(ui, done, ImVec2(third, 44.0f * s))) ui.Ask({CommandKind::CloseLibrary});
  ImGui::SameLine();
  const auto own_activity = [&](const char* id) {
    char label[96];
    std::snprintf(label, sizeof label, "%s##%s", strings.Get(Str::OwnActivity, language), id);
    if (TouchButton(ui, label, ImVec2(-1.0f, 44.0f * s)))
      BeginTextEntry(entry, CommandKind::AddOwnActivity, "", "", Str::NewActivityTitle,
                     kMaxLabelChars);
  };
  own_activity("own_activity");
  ImGui::Separator();
  ImGui::PushFont(ui.fonts.heading ? ui.fonts.heading : ImGui::GetFont());
  ImGui::TextUnformatted(strings.Get(Str::LibraryTitle, language));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", strings.Get(Str::LibraryHint, language));
  ImGui::PopTextWrapPos();

  const Model& m = ui.content.model;
  char text[160];
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    ImGui::Spacing();
    ImGui::PushFont(ui.fonts.bold ? ui.fonts.bold : ImGui::GetFont());
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(info.accent));
    ImGui::TextUnformatted(info.name.In(language).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (std::size_t i = 0; i < ui.content.library.size(); ++i) {
      const Activity& activity = ui.content.library[i];
      if (activity.type != type) continue;
      std::snprintf(text, sizeof text, "+  %s", activity.token.label.In(language).c_str());
      if (WrappedButton(ui, activity.token.id.c_str(), text, 44.0f * s, info.accent))
        ui.Ask({CommandKind::AddActivity, static_cast<int>(i)});
    }
  }
  // At the list's end too, where a finger that scrolled down to look for one already is.
  ImGui::Spacing();
  own_activity("own_activity_end");
}

}  // namespace pps
