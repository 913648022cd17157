// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/board_view.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <utility>

#include "core/model/room_text.h"
#include "core/report/report.h"
#include "ui/board/aim_view.h"
#include "ui/board/board_layers.h"
#include "ui/frame/draw_hash.h"
#include "ui/frame/layout.h"
#include "ui/widgets/theme.h"

namespace pps {

namespace {

ImVec2 V(ScreenPoint p) {
  return {p.x, p.y};
}

ImFont* Or(ImFont* font) {
  return font ? font : ImGui::GetFont();
}

// The board corner of a quadrant (formal sign, outside sign) in px.
ScreenPoint Corner(const Model& m, const BoardRect& r, int fs, int os) {
  return BoardToScreen(m.layout, r, {static_cast<double>(fs), static_cast<double>(os)});
}

// The quadrants and the grensgeval bands along the axes lie in a grid of 4 x 4 cells (between
// the board's edges, the bands' edges and the axes), each of one flat colour: its quadrant's,
// darkened once by each band it lies in. Drawn so, no pixel of the board is painted twice, and
// with a renderer each cell is a plain fill (a scissored clear), which a software renderer does
// several times faster than a blended, textured triangle.
struct Cell {
  ImVec2 min, max;  // px
  PpsType type;     // the quadrant it lies in
  int bands = 0;    // how many bands cover it: 0, 1 or 2
};
using Cells = std::array<Cell, 16>;

constexpr ImU32 kBand = IM_COL32(60, 60, 70, 22);

// `colour` (its alpha kept) with the band laid over it `times` times, as blending does it.
ImU32 UnderBand(ImU32 colour, int times) {
  const float a = static_cast<float>((kBand >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
  for (int i = 0; i < times; ++i) {
    ImU32 out = colour & IM_COL32_A_MASK;
    for (int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT}) {
      const float c = static_cast<float>((colour >> shift) & 0xFF);
      const float band = static_cast<float>((kBand >> shift) & 0xFF);
      out |= static_cast<ImU32>(std::lround(c + (band - c) * a)) << shift;
    }
    colour = out;
  }
  return colour;
}

Cells BoardCells(const Model& m, const BoardRect& r) {
  // The edges along each screen axis, from points on the board's diagonal.
  const double at[5] = {-1.0, -m.margin, 0.0, m.margin, 1.0};
  std::array<float, 5> xs{}, ys{};
  for (int i = 0; i < 5; ++i) {
    const ScreenPoint p = BoardToScreen(m.layout, r, {at[i], at[i]});
    xs[static_cast<std::size_t>(i)] = p.x;
    ys[static_cast<std::size_t>(i)] = p.y;
  }
  std::sort(xs.begin(), xs.end());
  std::sort(ys.begin(), ys.end());
  Cells cells{};
  for (std::size_t j = 0; j < 4; ++j) {
    for (std::size_t i = 0; i < 4; ++i) {
      Cell& cell = cells[j * 4 + i];
      cell.min = ImVec2(xs[i], ys[j]);
      cell.max = ImVec2(xs[i + 1], ys[j + 1]);
      const BoardPoint middle = ScreenToBoard(
          m.layout, r, {(cell.min.x + cell.max.x) * 0.5f, (cell.min.y + cell.max.y) * 0.5f});
      cell.type = TypeAt(m, SideOf(middle.formal), SideOf(middle.outside));
      cell.bands = (std::abs(middle.formal) < m.margin) + (std::abs(middle.outside) < m.margin);
    }
  }
  return cells;
}

// A flat rectangle: a plain fill through the renderer when there is one.
void Fill(ImDrawList* draw, LayerRenderer* renderer, ImVec2 a, ImVec2 b, ImU32 colour) {
  if (!renderer) {
    draw->AddRectFilled(a, b, colour);
    return;
  }
  draw->PushClipRect(a, b, true);
  draw->AddCallback(renderer->SolidFill(),
                    reinterpret_cast<void*>(static_cast<std::uintptr_t>(colour)));
  draw->PopClipRect();
}

// Draws what `paint(colour)` draws over the cells of quadrant `type` that `a`-`b` touches, in
// each as if under its bands: the quadrant's ring and name lie under the bands.
template <class Paint>
void UnderBands(ImDrawList* draw, const Cells& cells, PpsType type, ImVec2 a, ImVec2 b,
                Paint&& paint) {
  for (const Cell& cell : cells) {
    if (cell.type != type || cell.max.x <= a.x || cell.min.x >= b.x || cell.max.y <= a.y ||
        cell.min.y >= b.y)
      continue;
    draw->PushClipRect(cell.min, cell.max, true);
    paint(cell.bands);
    draw->PopClipRect();
  }
}

void DrawQuadrants(ImDrawList* draw, const BoardScene& scene, const Classification& c,
                   const BoardRect& r) {
  const Model& m = scene.ui.content.model;
  const ScreenPoint center = BoardToScreen(m.layout, r, {0.0, 0.0});
  const float s = scene.ui.scale;
  const Cells cells = BoardCells(m, r);
  // Presenting, deeper fills: a projector washes the designer's pastels out.
  for (const Cell& cell : cells) {
    const TypeInfo& info = m.Of(cell.type);
    const std::uint32_t fill = scene.ui.room ? ProjectorFill(info.accent) : info.color;
    Fill(draw, scene.layer_renderer, cell.min, cell.max, UnderBand(Rgb(fill), cell.bands));
  }
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    const ScreenPoint corner = Corner(m, r, info.formal_sign, info.outside_sign);
    const ImVec2 a(std::min(center.x, corner.x), std::min(center.y, corner.y));
    const ImVec2 b(std::max(center.x, corner.x), std::max(center.y, corner.y));
    if (c.type == type)
      UnderBands(draw, cells, type, a, b, [&](int bands) {
        draw->AddRect(ImVec2(a.x + 3 * s, a.y + 3 * s), ImVec2(b.x - 3 * s, b.y - 3 * s),
                      UnderBand(Rgb(info.accent), bands), 6.0f * s, 0, 5.0f * s);
      });

  }
}

// The type's number and name in each quadrant's outer corner, on a white plate with its
// accent's edge: drawn over the chips, so that a chip in the corner never hides it.
void DrawQuadrantTitles(ImDrawList* draw, const BoardScene& scene, const Classification& c,
                        const BoardRect& r) {
  const Model& m = scene.ui.content.model;
  const ScreenPoint center = BoardToScreen(m.layout, r, {0.0, 0.0});
  const float s = scene.ui.scale;
  ImFont* font = Or(scene.ui.fonts.bold);
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    const ScreenPoint corner = Corner(m, r, info.formal_sign, info.outside_sign);
    char label[96];
    std::snprintf(label, sizeof label, "%d  %s", info.number,
                  info.name.In(scene.ui.language).c_str());
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, label);
    const ImVec2 pad(10.0f * s, 5.0f * s);
    const float inset = 8.0f * s;
    const float x = corner.x < center.x ? std::min(corner.x, center.x) + inset + pad.x
                                        : std::max(corner.x, center.x) - inset - pad.x - text.x;
    const float y = corner.y < center.y ? std::min(corner.y, center.y) + inset + pad.y
                                        : std::max(corner.y, center.y) - inset - pad.y - text.y;
    const bool current = c.type == type;
    const ImVec2 a(x - pad.x, y - pad.y), b(x + text.x + pad.x, y + text.y + pad.y);
    draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, current ? 245 : 225), 8.0f * s);
    draw->AddRect(a, b, Rgb(info.accent, current ? 255 : 150), 8.0f * s, 0,
                  (current ? 2.5f : 1.5f) * s);
    draw->AddText(font, font->FontSize, ImVec2(x, y), Rgb(info.accent), label);
  }
}

// A label on a white pill, centred at `at`.
// Draws a label in a rounded box centred on `at`; returns the box (px).
ChipRect Pill(ImDrawList* draw, ImFont* font, float scale, ScreenPoint at, const char* text) {
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text);
  const ImVec2 pad(12.0f * scale, 6.0f * scale);
  const ImVec2 a(at.x - size.x * 0.5f - pad.x, at.y - size.y * 0.5f - pad.y);
  const ImVec2 b(at.x + size.x * 0.5f + pad.x, at.y + size.y * 0.5f + pad.y);
  draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, 240), (b.y - a.y) * 0.5f);
  draw->AddRect(a, b, kAxisInk, (b.y - a.y) * 0.5f, 0, 1.5f * scale);
  draw->AddText(font, font->FontSize, ImVec2(a.x + pad.x, a.y + pad.y), kInk, text);
  return {{a.x, a.y}, {b.x, b.y}};
}

// Draws the axes and a label at each end, and records where the labels went (scene.axis_pills),
// for a tap on one to explain it.
void DrawAxes(ImDrawList* draw, const BoardScene& scene, const BoardRect& r) {
  const Model& m = scene.ui.content.model;
  const float s = scene.ui.scale;
  const auto line = [&](BoardPoint p, BoardPoint q) {
    draw->AddLine(V(BoardToScreen(m.layout, r, p)), V(BoardToScreen(m.layout, r, q)), kAxisInk,
                  2.5f * s);
  };
  line({-1.0, 0.0}, {1.0, 0.0});
  line({0.0, -1.0}, {0.0, 1.0});
  ImFont* font = Or(scene.ui.fonts.bold);
  const double end = 0.93;
  const AxisInfo& formal = m.AxisOf(Axis::Formal);
  const AxisInfo& outside = m.AxisOf(Axis::Outside);
  const auto at = [&](double f, double o) { return BoardToScreen(m.layout, r, {f, o}); };
  // Keep the pills inside the board whatever the layout: shift them inwards by their width.
  const auto pill = [&](BoardPoint p, const std::string& text) -> ChipRect {
    ScreenPoint q = at(p.formal, p.outside);
    const float half =
        font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text.c_str()).x * 0.5f + 16.0f * s;
    const float lo = r.min.x + half + 6.0f * s;
    q.x = std::clamp(q.x, lo, std::max(lo, r.max.x - half - 6.0f * s));  // a tiny board: lo wins
    return Pill(draw, font, s, q, text.c_str());
  };
  scene.axis_pills[kFormalNegative] = pill({-end, 0.0}, formal.negative_end.In(scene.ui.language));
  scene.axis_pills[kFormalPositive] = pill({end, 0.0}, formal.positive_end.In(scene.ui.language));
  scene.axis_pills[kOutsideNegative] = pill({0.0, -end}, outside.negative_end.In(scene.ui.language));
  scene.axis_pills[kOutsidePositive] = pill({0.0, end}, outside.positive_end.In(scene.ui.language));
}

// On an empty board, how to start, in the middle where the eye goes.
bool DrawStartHint(ImDrawList* draw, const BoardScene& scene, const BoardRect& r) {
  if (!scene.tokens.empty()) return false;
  ImFont* font = Or(scene.ui.fonts.bold);
  const char* text = scene.ui.content.strings.Get(Str::StartHint, scene.ui.language);
  const float s = scene.ui.scale, wrap = std::min(420.0f * s, (r.max.x - r.min.x) * 0.8f);
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, wrap, text);
  const ImVec2 centre((r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f);
  // Off the crossing of the axes, in the upper half, so that the axis lines do not run through it.
  const ImVec2 a(centre.x - size.x * 0.5f, centre.y - size.y - 90.0f * s);
  const ImVec2 pad(18.0f * s, 14.0f * s);
  draw->AddRectFilled(ImVec2(a.x - pad.x, a.y - pad.y),
                      ImVec2(a.x + size.x + pad.x, a.y + size.y + pad.y),
                      IM_COL32(255, 255, 255, 235), 14.0f * s);
  draw->AddText(font, font->FontSize, a, kInk, text, nullptr, wrap);
  return true;
}

// The badge of a token whose weight is not 1: its text ("×2"; "×1,5" in Dutch, with a decimal
// comma) and its size (px) at `font`'s badge size.
struct Badge {
  char text[16];
  float size;  // the font's
  ImVec2 extent;
};
Badge BadgeOf(const Ui& ui, ImFont* font, double weight) {
  Badge b{};
  std::snprintf(b.text, sizeof b.text, "\xC3\x97%.3g", weight);
  if (ui.language == Language::Dutch)
    for (char& c : b.text) c = c == '.' ? ',' : c;
  b.size = font->FontSize * (ui.room ? 1.0f : 0.8f);
  b.extent = font->CalcTextSizeA(b.size, 1e9f, 0.0f, b.text);
  return b;
}

// The chip of a token: its rect (px), clamped inside the board so that neither it nor its
// weight's badge (above right) is ever cut off, and its label laid out. `chip` numbers it for
// LabelLayouts.
ChipRect ChipOf(const Ui& ui, LabelLayouts& layouts, const BoardRect& r, const Token& t,
                std::size_t chip, const LaidOutLabel*& label) {
  const float s = ui.scale;
  ImFont* font = Or(ui.fonts.body);
  const float emphasis = std::clamp(static_cast<float>(std::sqrt(t.weight)), 0.8f, 1.6f);
  const float wrap = kChipLabelWrap * s;
  label = &layouts.Get(chip, font, wrap, ui.language, t.label.In(ui.language));
  const ImVec2 text_size = label->size;
  const ImVec2 pad(14.0f * s * emphasis, 9.0f * s * emphasis);
  const float half_w = text_size.x * 0.5f + pad.x;
  const float half_h = std::max(text_size.y * 0.5f + pad.y, 22.0f * s * emphasis);
  // How far the badge reaches past the chip's right edge and above its top (DrawChip).
  ImVec2 badge(0.0f, 0.0f);
  if (t.weight != 1.0) {
    const ImVec2 extent = BadgeOf(ui, font, t.weight).extent;
    badge = ImVec2(extent.x * 0.5f + 2.0f * s, extent.y * 0.5f);
  }
  ScreenPoint p = BoardToScreen(ui.content.model.layout, r, t.position);
  p.x = std::clamp(p.x, r.min.x + half_w, std::max(r.min.x + half_w, r.max.x - half_w - badge.x));
  const float top = r.min.y + half_h + badge.y;
  p.y = std::clamp(p.y, top, std::max(top, r.max.y - half_h));
  return {{p.x - half_w, p.y - half_h}, {p.x + half_w, p.y + half_h}};
}

// Weight shows as a larger chip with a thicker border, and as a "×2" badge when it is not 1.
void DrawChip(ImDrawList* draw, const BoardScene& scene, const Token& t, const ChipRect& chip,
              const LaidOutLabel& label, bool held, bool show_label, int alpha) {
  const Model& m = scene.ui.content.model;
  const float s = scene.ui.scale;
  ImFont* font = Or(scene.ui.fonts.body);
  const TypeInfo& quadrant = m.Of(TypeAt(m, SideOf(t.position.formal), SideOf(t.position.outside)));
  const float emphasis = std::clamp(static_cast<float>(std::sqrt(t.weight)), 0.8f, 1.6f);
  const ImVec2 a(chip.min.x, chip.min.y), b(chip.max.x, chip.max.y);
  const float rounding = 10.0f * s, lift = held ? 3.0f * s : 0.0f;
  const ImVec2 la(a.x - lift, a.y - lift), lb(b.x - lift, b.y - lift);
  const float border = (held ? 3.5f : 2.0f) * s * emphasis;
  if (alpha == 255) {
    // A faint shadow needs no anti-aliasing; an opaque border is cheapest as the accent-filled
    // chip under a white one inset by the border's width. Thousands of chips add up.
    const ImDrawListFlags flags = draw->Flags;
    draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    draw->AddRectFilled(ImVec2(a.x + 2 * s + lift, a.y + 3 * s + lift),
                        ImVec2(b.x + 2 * s + lift, b.y + 3 * s + lift),
                        IM_COL32(0, 0, 0, held ? 70 : 40), rounding);
    draw->Flags = flags;
    draw->AddRectFilled(la, lb, Rgb(quadrant.accent), rounding);
    draw->AddRectFilled(ImVec2(la.x + border, la.y + border), ImVec2(lb.x - border, lb.y - border),
                        IM_COL32(255, 255, 255, 255), rounding - border);
  } else {
    draw->AddRectFilled(la, lb, IM_COL32(255, 255, 255, alpha), rounding);
    draw->AddRect(la, lb, Rgb(quadrant.accent, alpha), rounding, 0, border);
  }
  if (show_label) {
    const ChipRect text = LabelRect(chip, label);
    const int first = draw->VtxBuffer.Size;
    draw->AddText(font, font->FontSize, ImVec2(text.min.x - lift, text.min.y - lift),
                  (kInk & 0x00FFFFFF) | (static_cast<ImU32>(alpha) << 24), label.lines.c_str(),
                  label.lines.c_str() + label.lines.size());
    // Last touched from the top side of a table: the label reads for them, turned half round
    // about its own middle, inside the same chip.
    if (scene.top_labels && scene.top_labels->count(t.id)) {
      const float cx = (text.min.x + text.max.x) - 2 * lift,
                  cy = (text.min.y + text.max.y) - 2 * lift;
      for (int v = first; v < draw->VtxBuffer.Size; ++v)
        draw->VtxBuffer[v].pos =
            ImVec2(cx - draw->VtxBuffer[v].pos.x, cy - draw->VtxBuffer[v].pos.y);
    }
  }
  if (t.weight != 1.0 && alpha == 255) {
    const Badge badge = BadgeOf(scene.ui, font, t.weight);
    const ImVec2 bs = badge.extent;
    const ImVec2 bc(lb.x - 4 * s, la.y + 2 * s);
    draw->AddRectFilled(ImVec2(bc.x - bs.x * 0.5f - 6 * s, bc.y - bs.y * 0.5f - 2 * s),
                        ImVec2(bc.x + bs.x * 0.5f + 6 * s, bc.y + bs.y * 0.5f + 2 * s),
                        Rgb(quadrant.accent), bs.y);
    draw->AddText(font, badge.size, ImVec2(bc.x - bs.x * 0.5f, bc.y - bs.y * 0.5f),
                  IM_COL32(255, 255, 255, 255), badge.text);
  }
}

// Where a case's tokens started: a faint chip and a line to where each token is now. Returns
// how many it drew.
int DrawGhosts(ImDrawList* draw, const BoardScene& scene, const BoardRect& r) {
  const Sketch* origin = scene.board.Origin();
  if (!origin) return 0;
  const float s = scene.ui.scale;
  const ScreenLayout& layout = scene.ui.content.model.layout;
  const std::vector<Token>& tokens = scene.tokens;
  std::size_t ghosts = 0;
  for (const Token& now : tokens) {
    const Token* was = FindToken(*origin, now.id);
    if (!was || (was->position.formal == now.position.formal &&
                 was->position.outside == now.position.outside))
      continue;
    const LaidOutLabel* label = nullptr;
    const ChipRect ghost = ChipOf(scene.ui, scene.chips.label_layouts, r, *was, tokens.size() + ghosts++, label);
    DrawChip(draw, scene, *was, ghost, *label, false, true, 90);
    draw->AddLine(V(BoardToScreen(layout, r, was->position)),
                  V(BoardToScreen(layout, r, now.position)), IM_COL32(40, 40, 50, 110), 2.0f * s);
  }
  return static_cast<int>(ghosts);
}

// A story line's step under way: the tokens it takes off, fading where they were. `first`
// numbers their chips for LabelLayouts, after the board's and the ghosts'.
void DrawLeaving(ImDrawList* draw, const BoardScene& scene, const BoardRect& r, std::size_t first) {
  if (!scene.glide) return;
  const int alpha = static_cast<int>(255.0 * scene.glide->alpha);
  for (const Token& t : scene.glide->leaving) {
    const LaidOutLabel* label = nullptr;
    const ChipRect chip = ChipOf(scene.ui, scene.chips.label_layouts, r, t, first++, label);
    DrawChip(draw, scene, t, chip, *label, false, true, alpha);
  }
}

// A case study or kept sketch to compare with: its chips, faint. Returns how many it drew.
// `first` numbers the chips for LabelLayouts, after all others. A report's frame shows the board
// plain: without them.
int DrawCompare(ImDrawList* draw, const BoardScene& scene, const BoardRect& r, std::size_t first) {
  if (!scene.compare || scene.report != ReportRequest::None) return 0;
  for (const Token& t : scene.compare->tokens) {
    const LaidOutLabel* label = nullptr;
    const ChipRect chip = ChipOf(scene.ui, scene.chips.label_layouts, r, t, first++, label);
    DrawChip(draw, scene, t, chip, *label, false, true, 70);
  }
  return static_cast<int>(scene.compare->tokens.size());
}

// The compared case's zwaartepunt: a ring of its type's colour, and its name beside it.
void DrawCompareZwaartepunt(ImDrawList* draw, const BoardScene& scene, const BoardRect& r) {
  if (!scene.compare || scene.hide_zwaartepunt || scene.report != ReportRequest::None) return;
  const Model& m = scene.ui.content.model;
  const Classification c = Classify(m, scene.compare->tokens);
  if (!c.type) return;
  const float s = scene.ui.scale;
  const ImVec2 p = V(BoardToScreen(m.layout, r, c.zwaartepunt));
  const ImU32 accent = Rgb(m.Of(*c.type).accent);
  draw->AddCircle(p, 18.0f * s, IM_COL32(255, 255, 255, 255), 48, 7.0f * s);
  draw->AddCircle(p, 18.0f * s, accent, 48, 4.0f * s);
  draw->AddCircleFilled(p, 4.0f * s, accent);
  const LocalText& name =
      scene.compare->short_name.nl.empty() ? scene.compare->name : scene.compare->short_name;
  const std::string text =
      name.In(scene.ui.language) + " \u00B7 " + m.Of(*c.type).name.In(scene.ui.language);
  ImFont* font = Or(scene.ui.fonts.bold);
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str());
  const ImVec2 pad(8.0f * s, 3.0f * s);
  // Right of the ring, or left of it where the board ends first.
  ImVec2 at(p.x + 26.0f * s, p.y - size.y * 0.5f);
  if (at.x + size.x + pad.x > r.max.x) at.x = p.x - 26.0f * s - size.x;
  draw->AddRectFilled(ImVec2(at.x - pad.x, at.y - pad.y),
                      ImVec2(at.x + size.x + pad.x, at.y + size.y + pad.y), accent, 6.0f * s);
  draw->AddText(font, font->FontSize, at, IM_COL32(255, 255, 255, 255), text.c_str());
}

bool IsHeld(const std::array<int, PointerRouter::kMaxPointers>& held_tokens, int held_count,
            std::size_t i) {
  return std::find(held_tokens.begin(), held_tokens.begin() + held_count, static_cast<int>(i)) !=
         held_tokens.begin() + held_count;
}

// What a chip may paint (px): its body, the shadow below right (further when lifted), the
// weight badge above right, and a pixel of anti-aliasing.
ChipRect Footprint(const Token& t, const ChipRect& body, bool held, float s) {
  // The widest badge ("×0.333", three significant digits) reaches about 33 px right of the
  // chip and 8 px above it.
  const float badge = t.weight != 1.0 ? 40.0f * s : 0.0f, shadow = (held ? 10.0f : 4.0f) * s;
  return {{body.min.x - 1.0f, body.min.y - 1.0f - badge},
          {body.max.x + shadow + 1.0f + badge, body.max.y + shadow + 1.0f}};
}

// Chips are drawn bottom to top; most of thousands of them lie wholly under later ones. Walk
// the chips [first, last) from the top down, and mark as shown only those not wholly covered by
// the opaque chips above them in that range.
//
// With `shown_parts`, also notes for each shown chip the bounds of the grid's cells of its
// footprint that the chips above leave uncovered (px): drawn bottom to top, a chip clipped to
// them ends up exactly as drawn whole, since the chips above paint over the rest opaquely.
// Costs a look at every cell of every shown chip: for drawing the still layer, not every frame.
void MarkShown(const BoardScene& scene, const BoardRect& r, std::size_t first, std::size_t last,
               const std::array<int, PointerRouter::kMaxPointers>& held_tokens, int held_count,
               std::vector<ChipRect>* shown_parts = nullptr) {
  constexpr float kCell = 8.0f;  // px
  const std::vector<Token>& tokens = scene.tokens;
  const float s = scene.ui.scale, rounding = 10.0f * s, lift = 3.0f * s;
  const float margin = 32.0f * s;
  const ScreenPoint origin{r.min.x - margin, r.min.y - margin};
  scene.chips.cover.Reset({origin, {r.max.x + margin, r.max.y + margin}}, kCell);
  if (shown_parts) shown_parts->resize(last);
  // The bounds of the cells of `f` not covered yet (px); empty when all are.
  const auto uncovered = [&](const ChipRect& f) {
    ChipRect part{{1e9f, 1e9f}, {-1e9f, -1e9f}};
    const int x0 = static_cast<int>(std::floor((f.min.x - origin.x) / kCell));
    const int x1 = static_cast<int>(std::floor((f.max.x - origin.x) / kCell));
    const int y0 = static_cast<int>(std::floor((f.min.y - origin.y) / kCell));
    const int y1 = static_cast<int>(std::floor((f.max.y - origin.y) / kCell));
    for (int y = y0; y <= y1; ++y) {
      for (int x = x0; x <= x1; ++x) {
        const ScreenPoint a{origin.x + static_cast<float>(x) * kCell,
                            origin.y + static_cast<float>(y) * kCell};
        const ScreenPoint b{a.x + kCell, a.y + kCell};
        if (scene.chips.cover.Covers({{a.x + 0.5f, a.y + 0.5f}, {b.x - 0.5f, b.y - 0.5f}})) continue;
        part.min = {std::min(part.min.x, a.x), std::min(part.min.y, a.y)};
        part.max = {std::max(part.max.x, b.x), std::max(part.max.y, b.y)};
      }
    }
    return part;
  };
  for (std::size_t i = last; i-- > first;) {
    const bool held = IsHeld(held_tokens, held_count, i);
    const ChipRect& c = scene.chips.rects[i];
    const ChipRect body =
        held ? ChipRect{{c.min.x - lift, c.min.y - lift}, {c.max.x - lift, c.max.y - lift}} : c;
    const ChipRect footprint = Footprint(tokens[i], body, held, s);
    scene.chips.visible[i] =
        scene.chips.cover.Covers(footprint) ? ChipVisibility::Buried : ChipVisibility::EdgeShows;
    if (scene.chips.visible[i] == ChipVisibility::Buried) continue;
    if (shown_parts) (*shown_parts)[i] = uncovered(footprint);
    const ScreenPoint middle{(body.min.x + body.max.x) * 0.5f, (body.min.y + body.max.y) * 0.5f};
    const ImVec2 text = scene.chips.labels[i]->size;
    const ScreenPoint half{text.x * 0.5f + 1.0f, text.y * 0.5f + 1.0f};
    if (!scene.chips.cover.Covers(
            {{middle.x - half.x, middle.y - half.y}, {middle.x + half.x, middle.y + half.y}}))
      scene.chips.visible[i] = ChipVisibility::LabelShows;
    // The opaque part of a rounded chip: its rect less the corners, as two bands, less the
    // pixel of anti-aliased edge, which lets what is below show through a little.
    const float e = 1.0f;
    scene.chips.cover.Mark(
        {{body.min.x + e, body.min.y + rounding}, {body.max.x - e, body.max.y - rounding}});
    scene.chips.cover.Mark(
        {{body.min.x + rounding, body.min.y + e}, {body.max.x - rounding, body.max.y - e}});
  }
}

// What the still chips' layer is drawn from: every chip's place, colour, weight and label, and
// what they are drawn with.
std::uint64_t StillChipsKey(const BoardScene& scene, std::size_t count) {
  const std::vector<Token>& tokens = scene.tokens;
  const Model& m = scene.ui.content.model;
  std::uint64_t key = 0xCBF29CE484222325ull;
  key = HashBytes(key, &scene.ui.scale, sizeof scene.ui.scale);
  key = HashBytes(key, &scene.ui.language, sizeof scene.ui.language);
  key = HashBytes(key, &scene.ui.fonts.body, sizeof scene.ui.fonts.body);
  key = HashBytes(key, &count, sizeof count);
  for (std::size_t i = 0; i < count; ++i) {
    const Token& t = tokens[i];
    const std::uint32_t accent =
        m.Of(TypeAt(m, SideOf(t.position.formal), SideOf(t.position.outside))).accent;
    key = HashBytes(key, &scene.chips.rects[i], sizeof scene.chips.rects[i]);
    key = HashBytes(key, &accent, sizeof accent);
    key = HashBytes(key, &t.weight, sizeof t.weight);
    const std::string& lines = scene.chips.labels[i]->lines;
    key = HashBytes(key, lines.data(), lines.size());
    const bool top = scene.top_labels && scene.top_labels->count(t.id);
    key = HashBytes(key, &top, sizeof top);
  }
  return key;
}

// The chips, bottom to top. While tokens are held (raised to the front), the chips under the
// lowest held one lie still: they are drawn once into a layer (a texture) and shown from it
// while the held ones move over it, drawn every frame. Each range hides its own buried chips.
// `between()` draws what lies over the still chips and under the held ones.
template <class Between>
void DrawTokens(ImDrawList* draw, const BoardScene& scene, const BoardRect& r, Between&& between) {
  const std::vector<Token>& tokens = scene.tokens;
  const std::size_t n = tokens.size();
  std::array<int, PointerRouter::kMaxPointers> held_tokens;
  const int held_count = scene.router.HeldTokens(scene.board, held_tokens);
  LayoutChips(scene.ui, scene.tokens, scene.board.Revision(), scene.chips, r);
  scene.chips.visible.resize(n);
  std::size_t still = n;
  for (int k = 0; k < held_count; ++k)
    if (held_tokens[static_cast<std::size_t>(k)] >= 0)
      still = std::min(still, static_cast<std::size_t>(held_tokens[static_cast<std::size_t>(k)]));
  const float s = scene.ui.scale;
  // The layer's bounds take in what a chip at the board's edge paints beyond it (its badge).
  const float margin = 48.0f * s;
  const BoardRect bounds{{r.min.x - margin, r.min.y - margin},
                         {r.max.x + margin, r.max.y + margin}};
  BoardLayer& layer = scene.chips.still;
  // A step under way moves every chip every frame: no layer would lie still.
  LayerRenderer* renderer = scene.glide ? nullptr : scene.layer_renderer;
  ImDrawList* into = layer.Begin(draw, renderer, 0, StillChipsKey(scene, still), bounds);
  // Drawn into the layer (not every frame), each chip is clipped to what shows of it: with
  // thousands of tokens most of each chip lies under others, and filling it costs a software
  // renderer a second when the layer is drawn (a press on a token, its release).
  std::vector<ChipRect>* parts = into && into != draw ? &scene.chips.shown : nullptr;
  MarkShown(scene, r, still, n, held_tokens, held_count);
  // While the layer holds the still chips, what shows of them is as it was when it was drawn
  // (the same chips at the same places): thousands of them need no looking at every frame.
  if (into) MarkShown(scene, r, 0, still, held_tokens, held_count, parts);
  if (into) {
    for (std::size_t i = 0; i < still; ++i) {
      if (scene.chips.visible[i] == ChipVisibility::Buried) continue;
      if (parts) {
        const ChipRect& part = (*parts)[i];
        into->PushClipRect(ImVec2(part.min.x, part.min.y), ImVec2(part.max.x, part.max.y), true);
      }
      DrawChip(into, scene, tokens[i], scene.chips.rects[i], *scene.chips.labels[i], false,
               scene.chips.visible[i] == ChipVisibility::LabelShows, 255);
      if (parts) into->PopClipRect();
      layer.Touch(Footprint(tokens[i], scene.chips.rects[i], false, s));
    }
    // The cover now holds the opaque parts of the still chips.
    layer.FindOpaque([&](const ChipRect& tile) { return scene.chips.cover.Covers(tile); });
  }
  layer.End(draw);
  between();
  for (std::size_t i = still; i < n; ++i) {
    if (scene.chips.visible[i] == ChipVisibility::Buried) continue;
    DrawChip(draw, scene, tokens[i], scene.chips.rects[i], *scene.chips.labels[i],
             IsHeld(held_tokens, held_count, i),
             scene.chips.visible[i] == ChipVisibility::LabelShows, 255);
  }
}

// The zwaartepunt's recent path, fading out. Returns how many of its pieces are still visible.
int DrawTrail(ImDrawList* draw, const BoardScene& scene, const BoardRect& r, double now) {
  const Trail& trail = scene.trail;
  int visible = 0;
  for (int i = 1; i < trail.count; ++i) {
    const int a = (trail.next - trail.count + i - 1 + Trail::kSamples) % Trail::kSamples;
    const int b = (a + 1) % Trail::kSamples;
    const double age = now - trail.times[b];
    if (age > Trail::kSeconds) continue;
    ++visible;
    const int alpha = static_cast<int>(160.0 * (1.0 - age / Trail::kSeconds));
    draw->AddLine(V(BoardToScreen(scene.ui.content.model.layout, r, trail.points[a])),
                  V(BoardToScreen(scene.ui.content.model.layout, r, trail.points[b])),
                  IM_COL32(31, 35, 40, alpha), 5.0f * scene.ui.scale);
  }
  return visible;
}

// "Opleider → Ondernemer", large on the board, for a few seconds after a shift.
bool DrawShiftBanner(ImDrawList* draw, const BoardScene& scene, const BoardRect& r, double now) {
  constexpr double kShow = 2.5, kFade = 0.6;
  const TypeShift* shift = scene.timeline.Latest();
  if (!shift || now - shift->time > kShow) return false;
  const double age = now - shift->time;
  const float fade = age < kShow - kFade ? 1.0f : static_cast<float>((kShow - age) / kFade);
  const Model& m = scene.ui.content.model;
  const auto name = [&](std::optional<PpsType> t) {
    return t ? m.Of(*t).name.In(scene.ui.language).c_str() : "\xE2\x80\x94";
  };
  char text[160];
  std::snprintf(text, sizeof text, "%s  \xE2\x86\x92  %s", name(shift->from), name(shift->to));
  ImFont* font = Or(scene.ui.fonts.title);
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text);
  const float s = scene.ui.scale;
  const ScreenPoint c = r.Center();
  const ImVec2 a(c.x - size.x * 0.5f - 28 * s,
                 r.min.y + r.HalfSize() * 0.5f - size.y * 0.5f - 16 * s);
  const ImVec2 b(c.x + size.x * 0.5f + 28 * s, a.y + size.y + 32 * s);
  const std::uint32_t accent = shift->to ? m.Of(*shift->to).accent : 0x444444;
  draw->AddRectFilled(a, b, Rgb(accent, static_cast<int>(235 * fade)), 16 * s);
  draw->AddText(font, font->FontSize, ImVec2(a.x + 28 * s, a.y + 16 * s),
                IM_COL32(255, 255, 255, static_cast<int>(255 * fade)), text);
  return true;
}

// What the last undo or redo did, in a dark pill low on the board for a few seconds, and a ring
// pulsing out twice from the chip of the token it touched. Returns whether it drew.
bool DrawStepNote(ImDrawList* draw, const BoardScene& scene, const BoardRect& r, double now,
                  ShownBoard& shown) {
  const StepNote* note = scene.step_note;
  if (!note || note->text.empty() || note->since < 0.0) return false;
  const double age = now - note->since;
  if (age > StepNote::kSeconds) return false;
  const float s = scene.ui.scale;
  const float fade = static_cast<float>(std::min(1.0, (StepNote::kSeconds - age) / 0.5));
  const int z = note->token.empty() ? -1 : scene.board.Find(note->token);
  if (z >= 0 && !scene.glide && static_cast<std::size_t>(z) < scene.chips.rects.size() &&
      age < StepNote::kPulse) {
    const double phase = std::fmod(age, StepNote::kPulse * 0.5) / (StepNote::kPulse * 0.5);
    const float grow = (4.0f + 18.0f * static_cast<float>(phase)) * s;
    const ChipRect& chip = scene.chips.rects[static_cast<std::size_t>(z)];
    draw->AddRect(ImVec2(chip.min.x - grow, chip.min.y - grow),
                  ImVec2(chip.max.x + grow, chip.max.y + grow),
                  IM_COL32(31, 35, 40, static_cast<int>(220.0 * (1.0 - phase))), 10.0f * s + grow,
                  0, 3.0f * s);
    shown.pulsed = note->token;
  }
  ImFont* font = Or(scene.ui.fonts.body);
  const float wrap = (r.max.x - r.min.x) * 0.8f;
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, wrap, note->text.c_str());
  const ImVec2 pad(18.0f * s, 10.0f * s);
  const float cx = r.Center().x, bottom = r.max.y - 56.0f * s;
  const ImVec2 a(cx - size.x * 0.5f - pad.x, bottom - size.y - 2 * pad.y);
  const ImVec2 b(cx + size.x * 0.5f + pad.x, bottom);
  draw->AddRectFilled(a, b, IM_COL32(31, 35, 40, static_cast<int>(225 * fade)), 12.0f * s);
  draw->AddText(font, font->FontSize, ImVec2(a.x + pad.x, a.y + pad.y),
                IM_COL32(255, 255, 255, static_cast<int>(255 * fade)), note->text.c_str(), nullptr,
                wrap);
  shown.step_note = note->text;
  return true;
}

// A report's picture: below the board (in the band LegendRoom left), what it shows: the
// sketch's name, its type in the type's colour, and the day.
void DrawLegend(ImDrawList* draw, const BoardScene& scene, const Classification& c,
                const BoardRect& r) {
  const Ui& ui = scene.ui;
  const float s = ui.scale, band = kLegendHeight * s, top = r.max.y + 16.0f * s;  // the margin
  ImFont* bold = Or(ui.fonts.bold);
  ImFont* body = Or(ui.fonts.body);
  const std::string& named = scene.board.Current().name.In(ui.language);
  const std::string name = named.empty() ? S(ui, Str::NewSketch) : named;
  const std::string type = c.type ? ui.content.model.Of(*c.type).name.In(ui.language)
                                  : ui.content.strings.Get(Str::EmptyBoardTitle, ui.language);
  const std::string date = DateText(std::time(nullptr), ui.language);
  const float y = top + (band - bold->FontSize) * 0.5f;
  const ImVec2 date_size = body->CalcTextSizeA(body->FontSize, 1e9f, 0.0f, date.c_str());
  const float right = r.max.x - date_size.x;
  draw->AddText(body, body->FontSize, ImVec2(right, y + bold->FontSize - body->FontSize),
                IM_COL32(90, 96, 104, 255), date.c_str());
  // The name, then the type; what does not fit before the date is cut.
  const ImVec4 clip(r.min.x, top, right - 16.0f * s, top + band);
  draw->AddText(bold, bold->FontSize, ImVec2(r.min.x, y), kInk, name.c_str(), nullptr, 0.0f, &clip);
  const float after = r.min.x + bold->CalcTextSizeA(bold->FontSize, 1e9f, 0.0f, name.c_str()).x;
  const std::uint32_t accent = c.type ? ui.content.model.Of(*c.type).accent : 0x666666;
  const std::string dot = "  \xC2\xB7  ";
  draw->AddText(bold, bold->FontSize, ImVec2(after, y), IM_COL32(90, 96, 104, 255), dot.c_str(),
                nullptr, 0.0f, &clip);
  const float type_x = after + bold->CalcTextSizeA(bold->FontSize, 1e9f, 0.0f, dot.c_str()).x;
  draw->AddText(bold, bold->FontSize, ImVec2(type_x, y), Rgb(accent), type.c_str(), nullptr, 0.0f,
                &clip);
}

// The text of the chips' labels near `p` (px, within `reach`), each grown by `grow`: what the
// zwaartepunt's strokes must stay out of. At most N; with thousands of tokens, few labels show.
template <std::size_t N>
int LabelsNear(const BoardScene& scene, ImVec2 p, float reach, float grow,
               std::array<ChipRect, N>& near) {
  const ChipLayout& chips = scene.chips;
  const ChipRect around{{p.x - reach, p.y - reach}, {p.x + reach, p.y + reach}};
  int count = 0;
  for (std::size_t i = 0; i < chips.visible.size() && count < static_cast<int>(N); ++i) {
    if (chips.visible[i] != ChipVisibility::LabelShows) continue;
    const ChipRect t = LabelRect(chips.rects[i], *chips.labels[i]);
    const ChipRect grown{{t.min.x - grow, t.min.y - grow}, {t.max.x + grow, t.max.y + grow}};
    if (Overlap(grown, around)) near[static_cast<std::size_t>(count++)] = grown;
  }
  return count;
}

// The zwaartepunt, drawn over the chips so that it is always seen: a ring with an open centre
// and the short arms of a crosshair outside it, dark edged with a white core, which shows on
// any quadrant and any chip. Its strokes leave a gap wherever they would cross the text of a
// chip's label (2 px clear of it), so it never hides a letter; where labels leave less than half
// of the ring, it is drawn wider. Its name goes on the first side of the ring (below, above,
// right, left) where it covers no chip and stays on the board; on none, it is left out.
// Returns where the name went (px), or nothing.
std::optional<ChipRect> DrawZwaartepunt(ImDrawList* draw, const BoardScene& scene,
                                        const Classification& c, const BoardRect& r) {
  if (!c.type || scene.hide_zwaartepunt) return std::nullopt;
  const float s = scene.ui.scale;
  const ImVec2 p = V(BoardToScreen(scene.ui.content.model.layout, r, c.zwaartepunt));
  const ImU32 dark = kInk, light = IM_COL32(255, 255, 255, 255);
  const float dark_width = 7.0f * s, light_width = 3.0f * s, arm_length = 9.0f * s;
  const float smallest = 15.0f * s, widest = 45.0f * s;
  // Half the dark stroke, its pixel of anti-aliasing, and the margin: no stroke touches a letter.
  std::array<ChipRect, 32> near;
  const int labels = LabelsNear(scene, p, widest + arm_length + dark_width,
                                dark_width * 0.5f + 1.0f + 2.0f * s, near);
  const auto clear = [&](ImVec2 a, ImVec2 b) {
    const ChipRect stroke{{std::min(a.x, b.x), std::min(a.y, b.y)},
                          {std::max(a.x, b.x), std::max(a.y, b.y)}};
    return std::none_of(near.begin(), near.begin() + labels,
                        [&](const ChipRect& t) { return Overlap(stroke, t); });
  };
  // The ring in kSegments arcs, each drawn or left out; the smallest radius that shows half.
  constexpr int kSegments = 48;
  constexpr float kStep = 2.0f * 3.14159265f / kSegments;
  const auto on_ring = [&](float radius, float angle) {
    return ImVec2(p.x + radius * std::cos(angle), p.y + radius * std::sin(angle));
  };
  std::array<bool, kSegments> shown{};
  float radius = smallest;
  for (int count = 0;; radius += 6.0f * s) {
    count = 0;
    for (int k = 0; k < kSegments; ++k) {
      const bool free = clear(on_ring(radius, static_cast<float>(k) * kStep),
                              on_ring(radius, static_cast<float>(k + 1) * kStep));
      shown[static_cast<std::size_t>(k)] = free;
      count += free ? 1 : 0;
    }
    if (2 * count >= kSegments || radius + 6.0f * s > widest) break;
  }
  const int gap = static_cast<int>(std::find(shown.begin(), shown.end(), false) - shown.begin());
  const ImVec2 arms[] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
  // Each stroke twice: wide and dark, then narrow and white on it, a little shorter, so that the
  // dark edge closes each end of an arc and the inner end of an arm.
  for (const auto& [ink, width] : {std::pair{dark, dark_width}, std::pair{light, light_width}}) {
    const float inset = ink == dark ? 0.0f : 1.5f * s;
    if (gap == kSegments) draw->AddCircle(p, radius, ink, kSegments, width);
    for (int k = 1; gap < kSegments && k <= kSegments; ++k) {
      const int first = gap + k;  // a run of arcs drawn, from the first gap on
      if (!shown[static_cast<std::size_t>(first % kSegments)]) continue;
      while (k < kSegments && shown[static_cast<std::size_t>((gap + k + 1) % kSegments)]) ++k;
      const float a0 = static_cast<float>(first) * kStep + inset / radius;
      const float a1 = static_cast<float>(gap + k + 1) * kStep - inset / radius;
      if (a1 <= a0) continue;
      draw->PathArcTo(p, radius, a0, a1, std::max(2, static_cast<int>((a1 - a0) / kStep) * 2));
      draw->PathStroke(ink, 0, width);
    }
    for (const ImVec2& d : arms) {
      const ImVec2 a(p.x + d.x * radius, p.y + d.y * radius);
      const ImVec2 b(p.x + d.x * (radius + arm_length), p.y + d.y * (radius + arm_length));
      if (!clear(a, b)) continue;
      draw->AddLine(ImVec2(a.x + d.x * inset, a.y + d.y * inset), b, ink, width * 0.6f);
    }
  }
  const float arm = radius + arm_length;
  ImFont* font = Or(scene.ui.fonts.bold);
  const char* label = scene.ui.content.strings.Get(Str::Zwaartepunt, scene.ui.language);
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, label);
  const ImVec2 pad(6.0f * s, 2.0f * s);
  const float w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, off = arm + 4.0f * s;
  const ImVec2 corners[] = {{p.x - w * 0.5f, p.y + off},
                            {p.x - w * 0.5f, p.y - off - h},
                            {p.x + off, p.y - h * 0.5f},
                            {p.x - off - w, p.y - h * 0.5f}};
  for (const ImVec2& at : corners) {
    const ChipRect place{{at.x, at.y}, {at.x + w, at.y + h}};
    if (place.min.x < r.min.x || place.min.y < r.min.y || place.max.x > r.max.x ||
        place.max.y > r.max.y)
      continue;
    if (std::any_of(scene.chips.rects.begin(), scene.chips.rects.end(),
                    [&](const ChipRect& chip) { return Overlap(place, chip); }))
      continue;
    draw->AddRectFilled(at, ImVec2(at.x + w, at.y + h), kInk, 6 * s);
    draw->AddText(font, font->FontSize, ImVec2(at.x + pad.x, at.y + pad.y), light, label);
    return place;
  }
  return std::nullopt;
}

// A ring round each chip whose actions a card shows, so it is clear whose they are.
void DrawMenuRing(ImDrawList* draw, const BoardScene& scene) {
  for (const TokenMenu& menu : scene.token_menus) {
    if (!menu.Open()) continue;
    const int z = scene.board.Find(menu.token);
    if (z < 0 || static_cast<std::size_t>(z) >= scene.chips.rects.size()) continue;
    const ChipRect& c = scene.chips.rects[static_cast<std::size_t>(z)];
    const float s = scene.ui.scale, gap = 5.0f * s;
    draw->AddRect(ImVec2(c.min.x - gap, c.min.y - gap), ImVec2(c.max.x + gap, c.max.y + gap), kInk,
                  14.0f * s, 0, 3.0f * s);
  }
}

}  // namespace

ChipRect LabelRect(const ChipRect& chip, const LaidOutLabel& label) {
  const ScreenPoint middle{(chip.min.x + chip.max.x) * 0.5f, (chip.min.y + chip.max.y) * 0.5f};
  const ScreenPoint half{label.size.x * 0.5f, label.size.y * 0.5f};
  return {{middle.x - half.x, middle.y - half.y}, {middle.x + half.x, middle.y + half.y}};
}

void LayoutChips(const Ui& ui, const Board& board, ChipLayout& chips, const BoardRect& rect) {
  LayoutChips(ui, board.Current().tokens, board.Revision(), chips, rect);
}

void LayoutChips(const Ui& ui, const std::vector<Token>& tokens, std::uint64_t revision,
                 ChipLayout& chips, const BoardRect& rect) {
  chips.rects.resize(tokens.size());
  chips.labels.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i)
    chips.rects[i] = ChipOf(ui, chips.label_layouts, rect, tokens[i], i, chips.labels[i]);
  chips.revision = revision;
}

bool DrawBoard(ImDrawList* draw, const BoardScene& scene, const Classification& c,
               const BoardRect& rect, double now) {
  ShownBoard unprobed;
  ShownBoard& shown = scene.ui.probe ? scene.ui.probe->board : unprobed;
  // The quadrants and the axes lie under the chips; what the board says about the tokens as a
  // whole (the zwaartepunt, its trail, the aim's plan, the type-shift banner, the quadrants'
  // names) lies over them, so that no chip hides it, and under a held chip, which the finger moves;
  // the zwaartepunt over all of it.
  // Each notes where it ended in the draw list, so that a test sees the order.
  DrawQuadrants(draw, scene, c, rect);
  DrawAxes(draw, scene, rect);
  shown.start_hint = DrawStartHint(draw, scene, rect);
  shown.ghosts = DrawGhosts(draw, scene, rect);
  shown.glide = scene.glide != nullptr;
  const std::size_t leaving = scene.glide ? scene.glide->leaving.size() : 0;
  DrawLeaving(draw, scene, rect, scene.tokens.size() + static_cast<std::size_t>(shown.ghosts));
  shown.compared = DrawCompare(
      draw, scene, rect, scene.tokens.size() + static_cast<std::size_t>(shown.ghosts) + leaving);
  shown.under_chips_end = draw->VtxBuffer.Size;
  shown.chips_begin = draw->VtxBuffer.Size;
  // A frame drawn for a report shows the board plain: no trail, banner or aim.
  const bool plain = scene.report != ReportRequest::None;
  bool stepped = false;
  DrawTokens(draw, scene, rect, [&] {
    shown.over_chips_begin = draw->VtxBuffer.Size;
    shown.trail_pieces = plain ? 0 : DrawTrail(draw, scene, rect, now);
    // The aim's ghosts and arrows over the chips, where they are seen; under the quadrants'
    // names, which stay readable.
    shown.aim_begin = draw->VtxBuffer.Size;
    DrawAimOverlay(draw, scene, rect);
    DrawQuadrantTitles(draw, scene, c, rect);
    shown.banner = !plain && DrawShiftBanner(draw, scene, rect, now);
    shown.step_note.clear();
    shown.pulsed.clear();
    stepped = !plain && DrawStepNote(draw, scene, rect, now, shown);
    DrawCompareZwaartepunt(draw, scene, rect);
    // Last: nothing but a held chip hides the type's point.
    shown.zwaartepunt_begin = draw->VtxBuffer.Size;
    shown.zwaartepunt_label = DrawZwaartepunt(draw, scene, c, rect);
    shown.zwaartepunt =
        c.type && !scene.hide_zwaartepunt ? std::optional(c.zwaartepunt) : std::nullopt;
    shown.zwaartepunt_end = draw->VtxBuffer.Size;
    shown.over_chips_end = draw->VtxBuffer.Size;
  });
  DrawMenuRing(draw, scene);
  if (scene.legend) DrawLegend(draw, scene, c, rect);
  return shown.trail_pieces > 0 || shown.banner || stepped;
}

}  // namespace pps
