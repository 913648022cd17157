// SPDX-License-Identifier: EUPL-1.2
// Headless UI tests of how the board is drawn for a software renderer: the chips that lie still
// kept in a layer (a texture, here a renderer that only counts), drawn again only when they
// change; the quadrants and bands as flat cells that paint each pixel once.

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "harness.h"

using namespace pps;
using pps::test::Harness;

namespace {

// Stands in for the OpenGL layer cache: counts what it is asked to draw.
class CountingRenderer final : public LayerRenderer {
 public:
  static void Fill(const ImDrawList*, const ImDrawCmd*) {}
  static void Blend(const ImDrawList*, const ImDrawCmd*) {}

  ImTextureID Render(int, const ImDrawList& list, ImVec2, int width, int height) override {
    ++renders;
    last_vertices = list.VtxBuffer.Size;
    last_width = width, last_height = height;
    return fail ? ImTextureID{} : Texture();
  }
  const std::vector<PixelRect>& Changed(int) const override { return changed; }
  ImDrawCallback PremultipliedBlend() const override { return Blend; }
  ImDrawCallback NoBlending() const override { return Blend; }
  ImDrawCallback SolidFill() const override { return Fill; }
  static ImTextureID Texture() { return reinterpret_cast<ImTextureID>(std::intptr_t{0x1234}); }

  int renders = 0, last_vertices = 0, last_width = 0, last_height = 0;
  std::vector<PixelRect> changed;
  bool fail = false;
};

const ImDrawList& BoardList() {
  return *ImGui::FindWindowByName("board")->DrawList;
}

// Draw commands of the board's list that show the layer's texture.
int LayerQuads() {
  int n = 0;
  for (const ImDrawCmd& cmd : BoardList().CmdBuffer)
    n += cmd.UserCallback == nullptr && cmd.TextureId == CountingRenderer::Texture();
  return n;
}

}  // namespace

TEST_CASE("the chips under a dragged token are drawn once, not every frame") {
  Harness h;
  CountingRenderer renderer;
  h.state.layer_renderer = &renderer;
  h.OpenCase("civ-water");
  REQUIRE(renderer.renders >= 1);
  CHECK(LayerQuads() > 0);
  const int all_chips = renderer.last_vertices;
  const std::uint64_t generation = h.state.chips.still.Generation();
  const int before = renderer.renders;
  h.Settle();
  CHECK(renderer.renders == before);  // nothing changed: the texture still holds them

  // Press the bottom token: it comes to the front and is held; the others lie still and are
  // drawn once more, without it.
  const std::string id = h.sketch().tokens[0].id;
  const ImVec2 at = h.ChipCentre(id);
  h.MoveTo(at);
  h.Press(at);
  REQUIRE(h.state.router.Any());
  CHECK(renderer.renders == before + 1);
  CHECK(renderer.last_vertices < all_chips);
  for (int i = 1; i <= 20; ++i)
    h.MoveTo(ImVec2(at.x + 10.0f * static_cast<float>(i), at.y + 6.0f * static_cast<float>(i)));
  CHECK(renderer.renders == before + 1);  // twenty frames of dragging, no drawing of the layer
  CHECK(LayerQuads() > 0);
  // The held chip is drawn straight over the layer, after it in the board's list, and after
  // the zwaartepunt, its trail and the banner, which lie over the still chips.
  CHECK(h.probe.board.over_chips_begin > h.probe.board.chips_begin);
  CHECK(h.probe.board.zwaartepunt_end > h.probe.board.zwaartepunt_begin);
  CHECK(BoardList().VtxBuffer.Size > h.probe.board.over_chips_end);

  // Let go: the token lies still again, and joins the layer.
  h.Release(ImVec2(at.x + 200.0f, at.y + 120.0f));
  h.Settle();
  CHECK(renderer.renders == before + 2);
  CHECK(h.state.chips.still.Generation() == generation + 2);
}

TEST_CASE("the layer is drawn again when what its chips show changes") {
  Harness h;
  CountingRenderer renderer;
  h.state.layer_renderer = &renderer;
  h.OpenCase("civ-water");
  int before = renderer.renders;
  h.ClickTwice("English");  // the labels change language
  CHECK(renderer.renders == before + 1);
  before = renderer.renders;
  h.OpenCase("civil");
  CHECK(renderer.renders == before + 1);
  before = renderer.renders;
  h.Key(Key::Z, kModCtrl);  // undo: civ-water again
  CHECK(renderer.renders == before + 1);
}

TEST_CASE("the layer says where on the screen its texture changed, in the frame it did") {
  Harness h;
  CountingRenderer renderer;
  h.state.layer_renderer = &renderer;
  h.OpenCase("civ-water");
  renderer.changed = {{10, 20, 42, 52}};  // px of the texture, from its top-left
  const ImVec2 at = h.ChipCentre(h.sketch().tokens[0].id);
  h.MoveTo(at);
  CHECK(h.state.chips.still.Changed().empty());  // not drawn again in this frame
  const int before = renderer.renders;
  h.Press(at);  // the token comes to the front: the layer is drawn again without it
  REQUIRE(renderer.renders == before + 1);
  // The texture's top-left: whole pixels, up and left of the board by the chips' margin.
  const float margin = 48.0f * h.state.scale;
  const int x = static_cast<int>(std::floor(h.state.board_rect.min.x - margin));
  const int y = static_cast<int>(std::floor(h.state.board_rect.min.y - margin));
  const std::vector<PixelRect>& changed = h.state.chips.still.Changed();
  REQUIRE(changed.size() == 1);
  CHECK((changed[0].x0 == x + 10 && changed[0].y0 == y + 20));
  CHECK((changed[0].x1 == x + 42 && changed[0].y1 == y + 52));
  h.MoveTo(ImVec2(at.x + 30.0f, at.y + 20.0f));
  CHECK(h.state.chips.still.Changed().empty());  // the next frame: the texture stayed
}

TEST_CASE("without a renderer, or when it fails, the chips are drawn straight") {
  Harness h;
  h.OpenCase("civ-water");
  CHECK(LayerQuads() == 0);
  const int straight = BoardList().VtxBuffer.Size;

  CountingRenderer renderer;
  renderer.fail = true;
  h.state.layer_renderer = &renderer;
  h.Settle();
  h.state.board.Move(h.sketch().tokens[0].id, {0.2, 0.2});  // the chips change
  h.Settle();
  CHECK(renderer.renders == 1);  // it failed once, and is not asked again
  CHECK(LayerQuads() == 0);
  CHECK(BoardList().VtxBuffer.Size > straight / 2);  // the chips are in the board's list
}

TEST_CASE("the quadrants and bands are flat cells that tile the board once") {
  Harness h;
  CountingRenderer renderer;
  h.state.layer_renderer = &renderer;
  h.OpenCase("civ-water");
  std::vector<ImVec4> cells;
  std::vector<ImU32> colours;
  for (const ImDrawCmd& cmd : BoardList().CmdBuffer) {
    if (cmd.UserCallback != CountingRenderer::Fill) continue;
    cells.push_back(cmd.ClipRect);
    colours.push_back(static_cast<ImU32>(reinterpret_cast<std::uintptr_t>(cmd.UserCallbackData)));
  }
  REQUIRE(cells.size() == 16);
  const BoardRect& r = h.state.board_rect;
  double area = 0.0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const ImVec4& a = cells[i];
    area += static_cast<double>(a.z - a.x) * (a.w - a.y);
    CHECK(a.x >= r.min.x - 0.01f);
    CHECK(a.z <= r.max.x + 0.01f);
    for (std::size_t j = i + 1; j < cells.size(); ++j) {
      const ImVec4& b = cells[j];
      const float w = std::min(a.z, b.z) - std::max(a.x, b.x);
      const float hgt = std::min(a.w, b.w) - std::max(a.y, b.y);
      CHECK((w <= 0.01f || hgt <= 0.01f));  // no pixel painted twice
    }
  }
  const double board = static_cast<double>(r.max.x - r.min.x) * (r.max.y - r.min.y);
  CHECK(area == Approx(board).epsilon(1e-4));
  // Four quadrant colours, each plain, under one band and under both: darker the more bands.
  std::sort(colours.begin(), colours.end());
  CHECK(std::unique(colours.begin(), colours.end()) - colours.begin() >= 9);
}

TEST_CASE("an empty board asks for no texture, and the app may sleep") {
  Harness h;
  CountingRenderer renderer;
  h.state.layer_renderer = &renderer;
  h.Frame();
  CHECK(h.Settle() <= 3);
  CHECK(renderer.renders == 0);
  CHECK(LayerQuads() == 0);
}
