#include "ui/board_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/theme.h"

namespace pps {

namespace {

ImVec2 V(ScreenPoint p) { return {p.x, p.y}; }

ImFont* Or(ImFont* font) { return font ? font : ImGui::GetFont(); }

// The board corner of a quadrant (formal sign, outside sign) in px.
ScreenPoint Corner(const Model& m, const BoardRect& r, int fs, int os) {
  return BoardToScreen(m.layout, r, {static_cast<double>(fs), static_cast<double>(os)});
}

void DrawQuadrants(ImDrawList* draw, const AppState& state, const Classification& c,
                   const BoardRect& r) {
  const Model& m = state.content.model;
  const ScreenPoint center = BoardToScreen(m.layout, r, {0.0, 0.0});
  const float s = state.scale;
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    const ScreenPoint corner = Corner(m, r, info.formal_sign, info.outside_sign);
    const ImVec2 a(std::min(center.x, corner.x), std::min(center.y, corner.y));
    const ImVec2 b(std::max(center.x, corner.x), std::max(center.y, corner.y));
    draw->AddRectFilled(a, b, Rgb(info.color));
    if (c.type == type)
      draw->AddRect(ImVec2(a.x + 3 * s, a.y + 3 * s), ImVec2(b.x - 3 * s, b.y - 3 * s),
                    Rgb(info.accent), 6.0f * s, 0, 5.0f * s);

    // The type's number and name in the quadrant's outer corner.
    char label[96];
    std::snprintf(label, sizeof label, "%d  %s", info.number, info.name.In(state.language).c_str());
    ImFont* font = Or(state.fonts.heading);
    const float size = font->FontSize;
    const ImVec2 text = font->CalcTextSizeA(size, 1e9f, 0.0f, label);
    const float pad = 18.0f * s;
    const float x = corner.x < center.x ? a.x + pad : b.x - pad - text.x;
    const float y = corner.y < center.y ? a.y + pad : b.y - pad - text.y;
    draw->AddText(font, size, ImVec2(x, y), Rgb(info.accent, c.type == type ? 255 : 190), label);
  }
}

void DrawMarginBand(ImDrawList* draw, const Model& m, const BoardRect& r) {
  const ImU32 band = IM_COL32(60, 60, 70, 22);
  const ScreenPoint a = BoardToScreen(m.layout, r, {-m.margin, -1.0});
  const ScreenPoint b = BoardToScreen(m.layout, r, {m.margin, 1.0});
  const ScreenPoint c = BoardToScreen(m.layout, r, {-1.0, -m.margin});
  const ScreenPoint d = BoardToScreen(m.layout, r, {1.0, m.margin});
  draw->AddRectFilled(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)),
                      ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)), band);
  draw->AddRectFilled(ImVec2(std::min(c.x, d.x), std::min(c.y, d.y)),
                      ImVec2(std::max(c.x, d.x), std::max(c.y, d.y)), band);
}

// A label on a white pill, centred at `at`.
void Pill(ImDrawList* draw, ImFont* font, float scale, ScreenPoint at, const char* text) {
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text);
  const ImVec2 pad(12.0f * scale, 6.0f * scale);
  const ImVec2 a(at.x - size.x * 0.5f - pad.x, at.y - size.y * 0.5f - pad.y);
  const ImVec2 b(at.x + size.x * 0.5f + pad.x, at.y + size.y * 0.5f + pad.y);
  draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, 240), (b.y - a.y) * 0.5f);
  draw->AddRect(a, b, kAxisInk, (b.y - a.y) * 0.5f, 0, 1.5f * scale);
  draw->AddText(font, font->FontSize, ImVec2(a.x + pad.x, a.y + pad.y), kInk, text);
}

void DrawAxes(ImDrawList* draw, const AppState& state, const BoardRect& r) {
  const Model& m = state.content.model;
  const float s = state.scale;
  const auto line = [&](BoardPoint p, BoardPoint q) {
    draw->AddLine(V(BoardToScreen(m.layout, r, p)), V(BoardToScreen(m.layout, r, q)), kAxisInk,
                  2.5f * s);
  };
  line({-1.0, 0.0}, {1.0, 0.0});
  line({0.0, -1.0}, {0.0, 1.0});
  ImFont* font = Or(state.fonts.bold);
  const double end = 0.93;
  const AxisInfo& formal = m.AxisOf(Axis::Formal);
  const AxisInfo& outside = m.AxisOf(Axis::Outside);
  const auto at = [&](double f, double o) { return BoardToScreen(m.layout, r, {f, o}); };
  // Keep the pills inside the board whatever the layout: shift them inwards by their width.
  const auto pill = [&](BoardPoint p, const std::string& text) {
    ScreenPoint q = at(p.formal, p.outside);
    const float half = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text.c_str()).x * 0.5f +
                       16.0f * s;
    q.x = std::clamp(q.x, r.min.x + half + 6.0f * s, r.max.x - half - 6.0f * s);
    Pill(draw, font, s, q, text.c_str());
  };
  pill({-end, 0.0}, formal.negative_end.In(state.language));
  pill({end, 0.0}, formal.positive_end.In(state.language));
  pill({0.0, -end}, outside.negative_end.In(state.language));
  pill({0.0, end}, outside.positive_end.In(state.language));
}

void DrawTokens(ImDrawList* draw, const AppState& state, const BoardRect& r) {
  const Model& m = state.content.model;
  const float s = state.scale;
  ImFont* font = Or(state.fonts.body);
  for (const Token& t : state.sketch.tokens) {
    ScreenPoint p = BoardToScreen(m.layout, r, t.position);
    const TypeInfo& quadrant =
        m.Of(TypeAt(m, SideOf(t.position.formal), SideOf(t.position.outside)));
    const char* label = t.label.In(state.language).c_str();
    // Weight shows as a larger chip with a thicker border, and as "×2" when it is not 1.
    const float emphasis = std::clamp(static_cast<float>(std::sqrt(t.weight)), 0.8f, 1.6f);
    const float wrap = 200.0f * s;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, wrap, wrap, label);
    const ImVec2 pad(14.0f * s * emphasis, 9.0f * s * emphasis);
    const float height = std::max(text.y + 2 * pad.y, 44.0f * s * emphasis);
    // A chip near the edge slides inwards so that it is never cut off.
    const float half_w = text.x * 0.5f + pad.x;
    p.x = std::clamp(p.x, r.min.x + half_w, std::max(r.min.x + half_w, r.max.x - half_w));
    p.y = std::clamp(p.y, r.min.y + height * 0.5f, std::max(r.min.y, r.max.y - height * 0.5f));
    const ImVec2 a(p.x - text.x * 0.5f - pad.x, p.y - height * 0.5f);
    const ImVec2 b(p.x + text.x * 0.5f + pad.x, p.y + height * 0.5f);
    const float rounding = 10.0f * s;
    draw->AddRectFilled(ImVec2(a.x + 2 * s, a.y + 3 * s), ImVec2(b.x + 2 * s, b.y + 3 * s),
                        IM_COL32(0, 0, 0, 40), rounding);
    draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255), rounding);
    draw->AddRect(a, b, Rgb(quadrant.accent), rounding, 0, 2.0f * s * emphasis);
    draw->AddText(font, font->FontSize, ImVec2(p.x - text.x * 0.5f, p.y - text.y * 0.5f), kInk,
                  label, nullptr, wrap);
    if (t.weight != 1.0) {
      char badge[16];
      std::snprintf(badge, sizeof badge, "\xC3\x97%g", t.weight);
      const ImVec2 bs = font->CalcTextSizeA(font->FontSize * 0.8f, 1e9f, 0.0f, badge);
      const ImVec2 bc(b.x - 4 * s, a.y + 2 * s);
      draw->AddRectFilled(ImVec2(bc.x - bs.x * 0.5f - 6 * s, bc.y - bs.y * 0.5f - 2 * s),
                          ImVec2(bc.x + bs.x * 0.5f + 6 * s, bc.y + bs.y * 0.5f + 2 * s),
                          Rgb(quadrant.accent), bs.y);
      draw->AddText(font, font->FontSize * 0.8f, ImVec2(bc.x - bs.x * 0.5f, bc.y - bs.y * 0.5f),
                    IM_COL32(255, 255, 255, 255), badge);
    }
  }
}

void DrawZwaartepunt(ImDrawList* draw, const AppState& state, const Classification& c,
                     const BoardRect& r) {
  if (!c.type) return;
  const float s = state.scale;
  const ImVec2 p = V(BoardToScreen(state.content.model.layout, r, c.zwaartepunt));
  const float radius = 15.0f * s;
  draw->AddCircleFilled(p, radius + 4 * s, IM_COL32(255, 255, 255, 230));
  draw->AddCircleFilled(p, radius, kInk);
  draw->AddCircleFilled(p, radius * 0.4f, IM_COL32(255, 255, 255, 255));
  ImFont* font = Or(state.fonts.bold);
  const char* label = state.content.strings.Get(Str::Zwaartepunt, state.language);
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, label);
  const ImVec2 at(p.x - size.x * 0.5f, p.y + radius + 8 * s);
  draw->AddRectFilled(ImVec2(at.x - 6 * s, at.y - 2 * s),
                      ImVec2(at.x + size.x + 6 * s, at.y + size.y + 2 * s), kInk, 6 * s);
  draw->AddText(font, font->FontSize, at, IM_COL32(255, 255, 255, 255), label);
}

}  // namespace

void DrawBoard(ImDrawList* draw, const AppState& state, const Classification& c,
               const BoardRect& rect) {
  DrawQuadrants(draw, state, c, rect);
  DrawMarginBand(draw, state.content.model, rect);
  DrawAxes(draw, state, rect);
  DrawTokens(draw, state, rect);
  DrawZwaartepunt(draw, state, c, rect);
}

}  // namespace pps
