// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/library_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/input/pointer_router.h"
#include "core/input/text_edit.h"
#include "ui/panels/text_entry.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// Whether the press on the item just drawn moved past the slop: it carries, it does not tap.
bool Moved(const Ui& ui) {
  if (!ImGui::IsItemActive() && !ImGui::IsItemDeactivated()) return false;
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 from = io.MouseClickedPos[0], at = io.MousePos;
  const float slop = kTapSlop * ui.scale;
  return std::fabs(at.x - from.x) > slop || std::fabs(at.y - from.y) > slop;
}

// The item just drawn, pressed and moved sideways past the slop (the sidebar then does not
// scroll, ui/board/drag_scroll.h), is carried: a chip of `label` follows the finger, outlined in
// `accent`, solid over `board`. Returns where on the board it was let go (board units), once.
std::optional<BoardPoint> Carried(const Ui& ui, const BoardRect& board, const char* label,
                                  std::uint32_t accent) {
  if (!Moved(ui)) return std::nullopt;
  const bool let_go = ImGui::IsItemDeactivated();
  const ImVec2 at = ImGui::GetIO().MousePos;
  const float s = ui.scale;
  const bool over =
      at.x >= board.min.x && at.x <= board.max.x && at.y >= board.min.y && at.y <= board.max.y;
  if (let_go)
    return over ? std::optional(ScreenToBoard(ui.content.model.layout, board, {at.x, at.y}))
                : std::nullopt;
  ImFont* font = ui.fonts.body ? ui.fonts.body : ImGui::GetFont();
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, label);
  const ImVec2 pad(14.0f * s, 11.0f * s);
  const ImVec2 a(at.x - size.x * 0.5f - pad.x, at.y - size.y * 0.5f - pad.y);
  const ImVec2 b(at.x + size.x * 0.5f + pad.x, at.y + size.y * 0.5f + pad.y);
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const int alpha = over ? 255 : 150;
  draw->AddRectFilled(ImVec2(a.x + 3 * s, a.y + 5 * s), ImVec2(b.x + 3 * s, b.y + 5 * s),
                      IM_COL32(0, 0, 0, 60), 10.0f * s);
  draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, alpha), 10.0f * s);
  draw->AddRect(a, b, Rgb(accent, alpha), 10.0f * s, 0, 3.0f * s);
  draw->AddText(font, font->FontSize, ImVec2(a.x + pad.x, a.y + pad.y),
                (kInk & 0x00FFFFFF) | (static_cast<ImU32>(alpha) << 24), label);
  return std::nullopt;
}

}  // namespace

void DrawLibrary(const Ui& ui, TextEntry& entry, const BoardRect& board) {
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
    const bool pressed = TouchButton(ui, label, ImVec2(-1.0f, 44.0f * s)) && !Moved(ui);
    const std::optional<BoardPoint> at =
        Carried(ui, board, strings.Get(Str::OwnActivityChip, language), 0x666666);
    if ((pressed || at) && !entry.open) {
      BeginTextEntry(entry, CommandKind::AddOwnActivity, "", "", Str::NewActivityTitle,
                     kMaxLabelChars);
      entry.at = at;
    }
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
      const std::string& name = activity.token.label.In(language);
      std::snprintf(text, sizeof text, "+  %s", name.c_str());
      const bool pressed =
          WrappedButton(ui, activity.token.id.c_str(), text, 44.0f * s, info.accent) && !Moved(ui);
      Command add{CommandKind::AddActivity, static_cast<int>(i)};
      add.at = Carried(ui, board, name.c_str(), info.accent);
      if (pressed || add.at) ui.Ask(std::move(add));
    }
  }
  // At the list's end too, where a finger that scrolled down to look for one already is.
  ImGui::Spacing();
  own_activity("own_activity_end");
}

}  // namespace pps
