// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/message_strip.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

constexpr ImU32 kProblemInk = IM_COL32(160, 30, 30, 255);

// The strip's measures (px): its margin from the sidebar's edges, its padding, and the room
// its text wraps in.
struct StripBox {
  float margin, pad, gap, button_h, wrap;
};

StripBox BoxOf(const Ui& ui, const ChipRect& sidebar) {
  const float s = ui.scale;
  StripBox box{12.0f * s, 14.0f * s, 8.0f * s, 44.0f * s, 0.0f};
  box.wrap = sidebar.max.x - sidebar.min.x - 2 * box.margin - 2 * box.pad;
  return box;
}

// One message as shown: a bullet, the text, how often it came.
std::string Line(const Messages::Entry& e) {
  std::string line = "\xE2\x80\xA2 " + e.text;
  if (e.count > 1) line += " (\xC3\x97" + std::to_string(e.count) + ")";
  return line;
}

float TextHeight(ImFont* font, const char* text, float wrap) {
  if (!font) font = ImGui::GetFont();
  return font->CalcTextSizeA(font->FontSize, 1e9f, wrap, text).y;
}

}  // namespace

float MessageStripHeight(const Ui& ui, const Messages& messages, const ChipRect& sidebar) {
  if (messages.Empty() || sidebar.max.x <= sidebar.min.x) return 0.0f;
  const StripBox box = BoxOf(ui, sidebar);
  float h = 2 * box.pad + box.button_h + box.margin;
  if (messages.AnyProblem())
    h += TextHeight(ui.fonts.bold, S(ui, Str::DataErrors), box.wrap) + box.gap;
  for (const Messages::Entry& e : messages.Entries())
    h += TextHeight(ui.fonts.body, Line(e).c_str(), box.wrap) + box.gap;
  // At most two fifths of the sidebar, so that its own buttons stay; a longer text scrolls.
  return std::min(h, 0.4f * (sidebar.max.y - sidebar.min.y));
}

void DrawMessageStrip(const Ui& ui, const Messages& messages, const ChipRect& sidebar,
                      float height) {
  if (height <= 0.0f) return;
  const StripBox box = BoxOf(ui, sidebar);
  const float s = ui.scale;
  ImGui::SetNextWindowPos(ImVec2(sidebar.min.x + box.margin, sidebar.max.y - height));
  ImGui::SetNextWindowSize(
      ImVec2(sidebar.max.x - sidebar.min.x - 2 * box.margin, height - box.margin));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(box.pad, box.pad));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(box.gap, box.gap));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10.0f * s);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * s);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleColor(ImGuiCol_Border, kInk);
  ImGui::Begin("##messages", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  // Its button first: shown however long the text below it is.
  if (TouchButton(ui, S(ui, Str::Dismiss), ImVec2(-1.0f, box.button_h)))
    ui.Ask({CommandKind::DismissMessages});
  ImGui::PushTextWrapPos(0.0f);
  // News first, in ink; the "went wrong" heading goes above the first problem, so that no news
  // stands under it.
  bool headed = false;
  for (const Messages::Entry& e : messages.Entries()) {
    if (e.problem && !headed) {
      PushFont(ui.fonts.bold);
      ImGui::PushStyleColor(ImGuiCol_Text, kProblemInk);
      ImGui::TextUnformatted(S(ui, Str::DataErrors));
      ImGui::PopStyleColor();
      ImGui::PopFont();
      headed = true;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, e.problem ? kProblemInk : kInk);
    ImGui::TextUnformatted(Line(e).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(4);
}

}  // namespace pps
