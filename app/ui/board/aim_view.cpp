// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/aim_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/board/board_view.h"
#include "ui/widgets/theme.h"

namespace pps {

namespace {

ImVec2 V(ScreenPoint p) {
  return {p.x, p.y};
}

// A chip of `half` (px) half-size centred on board point `at`, kept inside the board as the
// board keeps its chips, and clear of the bands along its top and bottom edges (`band` px) where
// the quadrants' names stand: a ghost there would hide under a name, or hide it.
ChipRect GhostRect(const Model& m, const BoardRect& r, BoardPoint at, ImVec2 half, float band) {
  ScreenPoint p = BoardToScreen(m.layout, r, at);
  p.x = std::clamp(p.x, r.min.x + half.x, std::max(r.min.x + half.x, r.max.x - half.x));
  const float top = r.min.y + band + half.y, bottom = r.max.y - band - half.y;
  p.y = std::clamp(p.y, top, std::max(top, bottom));
  return {{p.x - half.x, p.y - half.y}, {p.x + half.x, p.y + half.y}};
}

// The accent of the quadrant that board point `p` lies in.
std::uint32_t AccentAt(const Model& m, BoardPoint p) {
  return m.Of(TypeAt(m, SideOf(p.formal), SideOf(p.outside))).accent;
}

// A dashed outline of `a`-`b`, for what is not on the board yet.
void DashedRect(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash) {
  const auto side = [&](ImVec2 p, ImVec2 q) {
    const float length = std::hypot(q.x - p.x, q.y - p.y);
    const ImVec2 d((q.x - p.x) / length, (q.y - p.y) / length);
    for (float t = 0.0f; t < length; t += 2.0f * dash) {
      const float e = std::min(t + dash, length);
      draw->AddLine(ImVec2(p.x + d.x * t, p.y + d.y * t), ImVec2(p.x + d.x * e, p.y + d.y * e),
                    colour, thickness);
    }
  };
  side(a, ImVec2(b.x, a.y));
  side(ImVec2(b.x, a.y), b);
  side(b, ImVec2(a.x, b.y));
  side(ImVec2(a.x, b.y), a);
}

// An arrow from `from` to where the line towards the middle of `to` meets its edge (px).
void Arrow(ImDrawList* draw, ImVec2 from, const ChipRect& to, ImU32 colour, float s) {
  const ImVec2 end((to.min.x + to.max.x) * 0.5f, (to.min.y + to.max.y) * 0.5f);
  const float dx = end.x - from.x, dy = end.y - from.y;
  const float length = std::hypot(dx, dy);
  if (length < 1.0f) return;
  const float half_w = (to.max.x - to.min.x) * 0.5f, half_h = (to.max.y - to.min.y) * 0.5f;
  // How far back from the ghost's middle its edge lies along the line.
  const float back = std::min(dx != 0.0f ? half_w / std::abs(dx) : 1e9f,
                              dy != 0.0f ? half_h / std::abs(dy) : 1e9f);
  const float along = std::max(0.0f, 1.0f - back);
  const ImVec2 tip(from.x + dx * along, from.y + dy * along);
  const ImVec2 d(dx / length, dy / length), n(-d.y, d.x);
  const float head = 16.0f * s, wing = 8.0f * s;
  const ImVec2 base(tip.x - d.x * head, tip.y - d.y * head);
  draw->AddLine(from, base, colour, 4.0f * s);
  draw->AddTriangleFilled(tip, ImVec2(base.x + n.x * wing, base.y + n.y * wing),
                          ImVec2(base.x - n.x * wing, base.y - n.y * wing), colour);
}

// A faint chip of `label` (laid out by the board, or plain text) in `rect`.
void GhostChip(ImDrawList* draw, const Ui& ui, const ChipRect& rect, ImU32 border,
               const char* text, const char* text_end, float wrap, bool dashed) {
  const float s = ui.scale, rounding = 10.0f * s;
  const ImVec2 a(rect.min.x, rect.min.y), b(rect.max.x, rect.max.y);
  draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, dashed ? 170 : 120), rounding);
  if (dashed) DashedRect(draw, a, b, border, 2.5f * s, 9.0f * s);
  else draw->AddRect(a, b, border, rounding, 0, 2.0f * s);
  ImFont* font = ui.fonts.body ? ui.fonts.body : ImGui::GetFont();
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, wrap, text, text_end);
  draw->AddText(
      font, font->FontSize, ImVec2((a.x + b.x - size.x) * 0.5f, (a.y + b.y - size.y) * 0.5f),
      (kInk & 0x00FFFFFF) | (static_cast<ImU32>(dashed ? 220 : 150) << 24), text, text_end, wrap);
}

}  // namespace

void FollowAim(AimView& aim, const Content& content, const Board& board) {
  if (!aim.target || aim.revision == board.Revision()) return;
  aim.plan = Aim(content.model, board.Current().tokens, content.library, *aim.target);
  aim.revision = board.Revision();
}

void DrawAimOverlay(ImDrawList* draw, const BoardScene& scene, const BoardRect& r) {
  const Ui& ui = scene.ui;
  ShownBoard unprobed;
  ShownBoard& shown = ui.probe ? ui.probe->board : unprobed;
  shown.aim_moves = shown.aim_adds = 0;
  if (!scene.aim.target || scene.report != ReportRequest::None) return;
  FollowAim(scene.aim, ui.content, scene.board);
  const AimPlan& plan = scene.aim.plan;
  const Model& m = ui.content.model;
  const float s = ui.scale;
  const ImU32 accent = Rgb(m.Of(plan.target).accent, 230);
  const float band = 44.0f * s;  // a quadrant's name and its inset (DrawQuadrantTitles)
  // The chips as they stand now: the plan's arrows start at them.
  if (scene.chips.revision != scene.board.Revision())
    LayoutChips(ui, scene.tokens, scene.board.Revision(), scene.chips, r);
  for (const AimChange& change : plan.changes) {
    if (change.kind == AimChangeKind::Move) {
      const int z = scene.board.Find(change.token_id);
      if (z < 0 || static_cast<std::size_t>(z) >= scene.chips.rects.size()) continue;
      const ChipRect& chip = scene.chips.rects[static_cast<std::size_t>(z)];
      const LaidOutLabel& label = *scene.chips.labels[static_cast<std::size_t>(z)];
      const ImVec2 half((chip.max.x - chip.min.x) * 0.5f, (chip.max.y - chip.min.y) * 0.5f);
      const ChipRect ghost = GhostRect(m, r, change.to, half, band);
      GhostChip(draw, ui, ghost, Rgb(AccentAt(m, change.to), 200), label.lines.c_str(),
                label.lines.c_str() + label.lines.size(), 0.0f, false);
      Arrow(draw, ImVec2(chip.min.x + half.x, chip.min.y + half.y), ghost, accent, s);
      ++shown.aim_moves;
    } else {
      if (change.activity < 0 ||
          static_cast<std::size_t>(change.activity) >= ui.content.library.size())
        continue;
      const Token& token = ui.content.library[static_cast<std::size_t>(change.activity)].token;
      char text[256];
      std::snprintf(text, sizeof text, "+ %s", token.label.In(ui.language).c_str());
      ImFont* font = ui.fonts.body ? ui.fonts.body : ImGui::GetFont();
      const float wrap = 200.0f * s;
      const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, wrap, text);
      const ImVec2 half(size.x * 0.5f + 14.0f * s, std::max(size.y * 0.5f + 9.0f * s, 22.0f * s));
      GhostChip(draw, ui, GhostRect(m, r, change.to, half, band), Rgb(AccentAt(m, change.to), 230),
                text, nullptr, wrap, true);
      ++shown.aim_adds;
    }
  }
  // Where the zwaartepunt lands (or, reached, holds): a ring in the target's accent.
  if (plan.status == AimStatus::OutOfReach) return;
  draw->AddCircle(V(BoardToScreen(m.layout, r, plan.zwaartepunt_after)), 24.0f * s, accent, 0,
                  4.0f * s);
}

}  // namespace pps
