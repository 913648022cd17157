// SPDX-License-Identifier: EUPL-1.2
#include "ui/widgets/theme.h"

namespace pps {

void ApplyTheme(float scale) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0.0f;
  style.FrameRounding = 8.0f;
  style.GrabRounding = 8.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(14.0f, 10.0f);
  style.ItemSpacing = ImVec2(10.0f, 10.0f);
  style.WindowPadding = ImVec2(24.0f, 20.0f);
  style.ScrollbarSize = 22.0f;
  style.TouchExtraPadding = ImVec2(4.0f, 4.0f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(kPaper);
  c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 0);
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kInk);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(kMutedInk);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.89f, 0.86f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.84f, 0.83f, 0.80f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.76f, 0.75f, 0.72f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.80f, 0.79f, 0.76f, 1.0f);
  style.ScaleAllSizes(scale);
}

}  // namespace pps
