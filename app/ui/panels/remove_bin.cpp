// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/remove_bin.h"

#include <algorithm>

#include "ui/widgets/theme.h"

namespace pps {

namespace {

// A bin drawn with lines, `h` px tall, centred at `c`: a lid with a handle and a tapered body
// with ribs. It reads as "away with it" without a word, in any language.
void BinIcon(ImDrawList* draw, ImVec2 c, float h, ImU32 ink, float s) {
  const float w = h * 0.72f, t = std::max(2.0f, 2.6f * s);
  const float lid_y = c.y - h * 0.36f, top = lid_y + h * 0.1f, bottom = c.y + h * 0.5f;
  draw->AddLine(ImVec2(c.x - w * 0.62f, lid_y), ImVec2(c.x + w * 0.62f, lid_y), ink, t);
  draw->AddRect(ImVec2(c.x - w * 0.2f, c.y - h * 0.5f), ImVec2(c.x + w * 0.2f, lid_y), ink,
                2.0f * s, 0, t);
  const ImVec2 body[4] = {ImVec2(c.x - w * 0.5f, top), ImVec2(c.x + w * 0.5f, top),
                          ImVec2(c.x + w * 0.4f, bottom), ImVec2(c.x - w * 0.4f, bottom)};
  draw->AddPolyline(body, 4, ink, ImDrawFlags_Closed, t);
  for (float f : {-0.2f, 0.0f, 0.2f})
    draw->AddLine(ImVec2(c.x + w * f, top + h * 0.14f),
                  ImVec2(c.x + w * f * 0.85f, bottom - h * 0.12f), ink, t);
}

}  // namespace

ChipRect BinRect(ImVec2 display, float toolbar_w, float scale) {
  const float margin = 12.0f * scale, height = 88.0f * scale;  // twice a toolbar button
  return {{margin, display.y - margin - height}, {toolbar_w - margin, display.y - margin}};
}

void DrawBin(const Ui& ui, const PointerRouter& router, const ChipRect& zone) {
  ShownBoard unprobed;
  ShownBoard& shown = ui.probe ? ui.probe->board : unprobed;
  shown.bin = router.Dragging();
  shown.bin_hot = shown.bin && router.DraggedOver(zone);
  if (!shown.bin) return;
  const ChipRect& r = zone;
  const float s = ui.scale;
  // A window of its own, so that it lies over the toolbar's buttons and takes their taps while
  // it shows.
  const float room = 10.0f * s;  // for the lit bin's swelling and its shadow
  ImGui::SetNextWindowPos(ImVec2(r.min.x - room, r.min.y - room));
  ImGui::SetNextWindowSize(ImVec2(r.max.x - r.min.x + 2 * room, r.max.y - r.min.y + 2 * room));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
  ImGui::Begin("##bin", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const bool hot = shown.bin_hot;
  // Lit, it swells a little and turns a strong red: let go now and the token is gone.
  const float grow = hot ? 4.0f * s : 0.0f;
  const ImVec2 a(r.min.x - grow, r.min.y - grow), b(r.max.x + grow, r.max.y + grow);
  const float rounding = 18.0f * s;
  draw->AddRectFilled(ImVec2(a.x + 2 * s, a.y + 4 * s), ImVec2(b.x + 2 * s, b.y + 4 * s),
                      IM_COL32(0, 0, 0, 50), rounding);
  draw->AddRectFilled(a, b, hot ? IM_COL32(200, 38, 38, 255) : IM_COL32(255, 244, 242, 255),
                      rounding);
  const ImU32 ink = hot ? IM_COL32(255, 255, 255, 255) : IM_COL32(176, 42, 42, 255);
  draw->AddRect(ImVec2(a.x + 1.5f * s, a.y + 1.5f * s), ImVec2(b.x - 1.5f * s, b.y - 1.5f * s), ink,
                rounding, 0, 3.0f * s);
  ImFont* font = ui.fonts.heading ? ui.fonts.heading : ImGui::GetFont();
  const char* text = ui.content.strings.Get(Str::Remove, ui.language);
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text);
  // The bin above its word, both centred: the word at heading size reads from a metre away.
  const float icon_h = 34.0f * s, gap = 6.0f * s;
  const float top = (a.y + b.y - icon_h - gap - size.y) * 0.5f, cx = (a.x + b.x) * 0.5f;
  BinIcon(draw, ImVec2(cx, top + icon_h * 0.5f), icon_h, ink, s);
  draw->AddText(font, font->FontSize, ImVec2(cx - size.x * 0.5f, top + icon_h + gap), ink, text);
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace pps
