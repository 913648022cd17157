// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/report_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include "ui/widgets/qr_code.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// Markdown's marks off a line of text: **bold** and `code` read as plain words here.
std::string Plain(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '*' || line[i] == '`') continue;
    out += line[i];
  }
  return out;
}

// The report's Markdown as the sidebar shows it: headings in bold, lists as bullets, a table's
// rows with their cells side by side.
void Markdown(const Ui& ui, const std::string& markdown) {
  ImGui::PushTextWrapPos(0.0f);
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string::npos) end = markdown.size();
    const std::string_view line(markdown.data() + start, end - start);
    start = end + 1;
    if (line.empty()) {
      ImGui::Spacing();
    } else if (line.rfind("#", 0) == 0) {
      const std::size_t level = line.find_first_not_of('#');
      PushFont(level <= 2 ? ui.fonts.heading : ui.fonts.bold);
      ImGui::TextUnformatted(Plain(line.substr(std::min(line.size(), level + 1))).c_str());
      ImGui::PopFont();
    } else if (line.rfind("|", 0) == 0) {
      if (line.find("---") != std::string_view::npos) continue;  // the header's rule
      std::string row;
      for (std::size_t i = 1; i < line.size();) {
        const std::size_t bar = line.find('|', i);
        std::string_view cell =
            line.substr(i, (bar == std::string_view::npos ? line.size() : bar) - i);
        while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
        while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
        if (!cell.empty()) row += (row.empty() ? "" : "  \xC2\xB7  ") + Plain(cell);
        if (bar == std::string_view::npos) break;
        i = bar + 1;
      }
      ImGui::TextUnformatted(row.c_str());
    } else if (line.rfind("- ", 0) == 0) {
      ImGui::Bullet();
      ImGui::TextUnformatted(Plain(line.substr(2)).c_str());
    } else if (line.rfind("![", 0) == 0) {
      continue;  // the board's picture: the board itself is beside this
    } else {
      ImGui::TextUnformatted(Plain(line).c_str());
    }
  }
  ImGui::PopTextWrapPos();
}

}  // namespace

void DrawReportPanel(const Ui& ui, const ReportView& view, const std::vector<std::string>& sticks) {
  const float s = ui.scale;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  // At the top, under the type's name, as the library's and the gallery's.
  char label[160];
  std::snprintf(label, sizeof label, "%s##close_report", S(ui, Str::Done));
  if (TouchButton(ui, label, ImVec2(half, 44.0f * s))) ui.Ask({CommandKind::CloseReport});
  ImGui::SameLine();
  const bool copying = view.copying.valid();
  ImGui::BeginDisabled(sticks.empty() || view.files.empty() || copying);
  std::snprintf(label, sizeof label, "%s##to_usb",
                S(ui, copying ? Str::CopyingToStick : Str::ToUsbStick));
  // The first stick by name: the one a table has.
  if (TouchButton(ui, label, ImVec2(-1.0f, 44.0f * s)))
    ui.Ask(Command::OnFile(CommandKind::CopyReportToUsb, sticks.front()));
  ImGui::EndDisabled();
  ImGui::Separator();

  ImGui::PushTextWrapPos(0.0f);
  if (!view.files.empty()) {
    const std::string name = std::filesystem::path(view.files).filename().string();
    ImGui::Text("%s %s", S(ui, Str::ReportKeptIn), view.folder_words.c_str());
    ImGui::TextDisabled("%s (.png, .html, .md, .json)", name.c_str());
  }
  if (sticks.empty()) ImGui::TextDisabled("%s", S(ui, Str::NoUsbStick));
  ImGui::PopTextWrapPos();

  // The sketch to a phone: the code holds it whole (core/model/share_link.h).
  if (!view.link.empty()) {
    ImGui::Spacing();
    PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(S(ui, Str::ScanToTake));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float size = std::min(ImGui::GetContentRegionAvail().x, 360.0f * s);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - size) * 0.5f);
    if (!QrCode(view.link, size)) ImGui::TextDisabled("%s", S(ui, Str::SketchTooBigForCode));
    if (view.share_url.empty()) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", S(ui, Str::ShareUrlHint));
      ImGui::PopTextWrapPos();
    }
  }
  ImGui::Spacing();
  ImGui::Separator();
  Markdown(ui, view.markdown);
}

}  // namespace pps
