// SPDX-License-Identifier: EUPL-1.2
// What a frame draws again when only part of the screen changed (ui/frame/frame_damage): the tiles
// whose triangles, fills or their state changed, in few disjoint rects; and the draw data
// narrowed to those rects so that the backend draws exactly its own pixels inside them.

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <random>

#include "harness.h"
#include "ui/frame/frame_damage.h"

using namespace pps;
using pps::test::Harness;

namespace {

constexpr int kWidth = 640, kHeight = 480;  // px

void Fill(const ImDrawList*, const ImDrawCmd*) {}
void Blend(const ImDrawList*, const ImDrawCmd*) {}

ImTextureID Layer() {
  return reinterpret_cast<ImTextureID>(std::intptr_t{0x5150});
}

// An ImGui context of its own with a built font atlas: each frame's draw data comes from `draw`
// on the background list.
class Frames {
 public:
  Frames() : context_(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kWidth, kHeight);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~Frames() { ImGui::DestroyContext(context_); }
  Frames(const Frames&) = delete;
  Frames& operator=(const Frames&) = delete;

  ImDrawData& Draw(const std::function<void(ImDrawList&)>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGui::NewFrame();
    draw(*ImGui::GetBackgroundDrawList());
    ImGui::Render();
    return *ImGui::GetDrawData();
  }

 private:
  ImGuiContext* context_;
};

int Area(const std::vector<PixelRect>& rects) {
  int area = 0;
  for (const PixelRect& r : rects) area += r.Area();
  return area;
}

// Every pixel of `r` lies in one of `rects`.
bool Covers(const std::vector<PixelRect>& rects, const PixelRect& r) {
  for (int y = r.y0; y < r.y1; ++y) {
    for (int x = r.x0; x < r.x1; ++x) {
      bool in = false;
      for (const PixelRect& d : rects) in = in || (x >= d.x0 && x < d.x1 && y >= d.y0 && y < d.y1);
      if (!in) return false;
    }
  }
  return true;
}

bool Disjoint(const std::vector<PixelRect>& rects) {
  for (std::size_t i = 0; i < rects.size(); ++i) {
    for (std::size_t j = i + 1; j < rects.size(); ++j) {
      if (!Intersect(rects[i], rects[j]).Empty()) return false;
    }
  }
  return true;
}

void Chip(ImDrawList& d, float x, float y, ImU32 colour = IM_COL32(200, 60, 60, 255)) {
  d.AddRectFilled(ImVec2(x, y), ImVec2(x + 50, y + 20), colour, 6.0f);
}

}  // namespace

TEST_CASE("damage: the first frame is drawn whole, the same frame again not at all") {
  Frames f;
  FrameDamage damage;
  const auto scene = [](ImDrawList& d) { Chip(d, 100, 100), Chip(d, 300, 200); };
  std::vector<PixelRect> rects = damage.Update(f.Draw(scene), nullptr);
  REQUIRE(rects.size() == 1);
  CHECK(rects[0].Area() == kWidth * kHeight);
  CHECK(damage.Update(f.Draw(scene), nullptr).empty());
  CHECK(damage.Update(f.Draw(scene), nullptr).empty());
  damage.Invalidate();  // the back buffer lost its pixels
  CHECK(Area(damage.Update(f.Draw(scene), nullptr)) == kWidth * kHeight);
}

TEST_CASE("damage: a moved chip draws where it was and where it is, and little else") {
  Frames f;
  FrameDamage damage;
  damage.Update(f.Draw([](ImDrawList& d) { Chip(d, 100, 100), Chip(d, 300, 200); }), nullptr);
  const std::vector<PixelRect> rects =
      damage.Update(f.Draw([](ImDrawList& d) { Chip(d, 100, 100), Chip(d, 340, 260); }), nullptr);
  CHECK(Covers(rects, {300, 200, 350, 220}));        // where it was
  CHECK(Covers(rects, {340, 260, 390, 280}));        // where it is
  CHECK_FALSE(Covers(rects, {100, 100, 101, 101}));  // the other chip stays as it is
  CHECK(Area(rects) <= 2 * 3 * 2 * FrameDamage::kTile * FrameDamage::kTile);
  CHECK(Disjoint(rects));
}

TEST_CASE("damage: a new colour, another order and another clip are drawn again") {
  Frames f;
  FrameDamage damage;
  const auto two = [](ImU32 first, bool swapped) {
    return [=](ImDrawList& d) {
      if (swapped) Chip(d, 120, 110, IM_COL32(0, 0, 255, 128));
      Chip(d, 100, 100, first);
      if (!swapped) Chip(d, 120, 110, IM_COL32(0, 0, 255, 128));
    };
  };
  damage.Update(f.Draw(two(IM_COL32(200, 0, 0, 255), false)), nullptr);
  CHECK(Covers(damage.Update(f.Draw(two(IM_COL32(201, 0, 0, 255), false)), nullptr),
               {100, 100, 150, 120}));
  // The same triangles in another order blend otherwise where they overlap.
  CHECK(Covers(damage.Update(f.Draw(two(IM_COL32(201, 0, 0, 255), true)), nullptr),
               {120, 110, 150, 120}));
  // A clip rect that shows more of a chip.
  const auto clipped = [](float right) {
    return [=](ImDrawList& d) {
      d.PushClipRect(ImVec2(0, 0), ImVec2(right, kHeight));
      Chip(d, 400, 300);
      d.PopClipRect();
    };
  };
  damage.Update(f.Draw(clipped(420)), nullptr);
  CHECK(Covers(damage.Update(f.Draw(clipped(440)), nullptr), {420, 300, 440, 320}));
  // State set by a callback (the blending) changes the pixels of what follows it.
  const auto blended = [](bool blend) {
    return [=](ImDrawList& d) {
      if (blend) d.AddCallback(Blend, nullptr);
      Chip(d, 200, 40);
    };
  };
  damage.Update(f.Draw(blended(false)), nullptr);
  CHECK(Covers(damage.Update(f.Draw(blended(true)), nullptr), {200, 40, 250, 60}));
}

TEST_CASE("damage: a state one list leaves set reaches the lists drawn after it") {
  Frames f;
  FrameDamage damage;
  const auto scene = [](bool blend_left_set) {
    return [=](ImDrawList& d) {
      Chip(d, 20, 20);
      if (blend_left_set) d.AddCallback(Blend, nullptr);  // and no reset: the backend keeps it
      Chip(*ImGui::GetForegroundDrawList(), 300, 200);
    };
  };
  damage.Update(f.Draw(scene(false)));
  CHECK(Covers(damage.Update(f.Draw(scene(true))), {300, 200, 350, 220}));
}

TEST_CASE(
    "damage: where a texture was drawn again, its pixels are drawn though its quads are the same") {
  Frames f;
  FrameDamage damage;
  const auto scene = [](ImDrawList& d) {
    d.AddImage(Layer(), ImVec2(20, 20), ImVec2(220, 120));
    d.AddText(ImVec2(400, 400), IM_COL32_WHITE, "Opleider");
  };
  damage.Update(f.Draw(scene));
  CHECK(damage.Update(f.Draw(scene)).empty());
  const std::vector<PixelRect> rects = damage.Update(f.Draw(scene), nullptr, {{100, 40, 140, 60}});
  CHECK(Covers(rects, {100, 40, 140, 60}));
  CHECK(Area(rects) <= 4 * FrameDamage::kTile * FrameDamage::kTile);
  CHECK(damage.Update(f.Draw(scene)).empty());  // drawn: the next frame has nothing to do
}

TEST_CASE("damage: draw data that starts elsewhere (a layer's) is measured from its corner") {
  Frames f;
  const ImVec2 corner(200, 100);
  const auto scene = [](float x, ImVec2 at) {
    return [=](ImDrawList& d) {
      d.PushClipRect(ImVec2(at.x + 10.5f, at.y + 10.5f), ImVec2(at.x + 300.2f, at.y + 200.7f));
      Chip(d, at.x + x, at.y + 80);
      d.PopClipRect();
    };
  };
  FrameDamage plain, moved;
  plain.Update(f.Draw(scene(50, ImVec2(0, 0))));
  ImDrawData& shifted = f.Draw(scene(50, corner));
  shifted.DisplayPos = corner;
  moved.Update(shifted);
  const std::vector<PixelRect> want = plain.Update(f.Draw(scene(150, ImVec2(0, 0))));
  ImDrawData& data = f.Draw(scene(150, corner));
  data.DisplayPos = corner;
  const std::vector<PixelRect> got = moved.Update(data);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CHECK((got[i].x0 == want[i].x0 && got[i].y0 == want[i].y0));
    CHECK((got[i].x1 == want[i].x1 && got[i].y1 == want[i].y1));
  }
  // Narrowed, the commands keep the corner: the backend subtracts it again.
  DamageClip clip;
  clip.Apply(data, got, nullptr);
  for (const ImDrawCmd& cmd : data.CmdLists[0]->CmdBuffer) {
    const PixelRect drawn =
        ScissorPixels(ImVec4(cmd.ClipRect.x - corner.x, cmd.ClipRect.y - corner.y,
                             cmd.ClipRect.z - corner.x, cmd.ClipRect.w - corner.y),
                      kWidth, kHeight);
    bool inside_one = false;
    for (const PixelRect& r : got)
      inside_one = inside_one || Intersect(drawn, r).Area() == drawn.Area();
    CHECK(inside_one);
    CHECK(drawn.x0 >= 10);  // within the command's own clip, from the corner
  }
  clip.Restore(data);
}

TEST_CASE("damage: a solid fill's colour is in the tiles it fills") {
  Frames f;
  FrameDamage damage;
  const auto fill = [](ImU32 colour) {
    return [=](ImDrawList& d) {
      d.PushClipRect(ImVec2(64.4f, 64.6f), ImVec2(200.5f, 150.2f));
      d.AddCallback(Fill, reinterpret_cast<void*>(static_cast<std::uintptr_t>(colour)));
      d.PopClipRect();
    };
  };
  damage.Update(f.Draw(fill(IM_COL32(1, 2, 3, 255))), Fill);
  CHECK(damage.Update(f.Draw(fill(IM_COL32(1, 2, 3, 255))), Fill).empty());
  const std::vector<PixelRect> rects = damage.Update(f.Draw(fill(IM_COL32(9, 2, 3, 255))), Fill);
  CHECK(Covers(rects, FillPixels(ImVec4(64.4f, 64.6f, 200.5f, 150.2f))));
  CHECK_FALSE(Covers(rects, {300, 300, 301, 301}));
  // The same colour a few pixels wider, within the same tiles.
  const auto wider = [](float right) {
    return [=](ImDrawList& d) {
      d.PushClipRect(ImVec2(64.4f, 64.6f), ImVec2(right, 150.2f));
      d.AddCallback(Fill, reinterpret_cast<void*>(static_cast<std::uintptr_t>(IM_COL32_WHITE)));
      d.PopClipRect();
    };
  };
  damage.Update(f.Draw(wider(100.0f)), Fill);
  CHECK(Covers(damage.Update(f.Draw(wider(110.0f)), Fill), {100, 65, 110, 150}));
}

TEST_CASE("damage: many scattered changes give a few disjoint rects that cover them all") {
  Frames f;
  FrameDamage damage;
  std::mt19937 random(7);
  std::uniform_real_distribution<float> x(-30.0f, kWidth - 20.0f), y(-10.0f, kHeight - 10.0f);
  std::vector<ImVec2> chips(40);
  for (ImVec2& c : chips) c = ImVec2(x(random), y(random));
  damage.Update(f.Draw([&](ImDrawList& d) {
    for (const ImVec2& c : chips) Chip(d, c.x, c.y);
  }),
                nullptr);
  for (int round = 0; round < 50; ++round) {
    std::vector<PixelRect> moved;
    const auto around = [](ImVec2 c) {
      return PixelRect{static_cast<int>(c.x) - 1, static_cast<int>(c.y) - 1,
                       static_cast<int>(c.x) + 52, static_cast<int>(c.y) + 22};
    };
    const int count = 1 + round % 12;
    std::vector<std::size_t> which;
    for (int m = 0; m < count; ++m) which.push_back(random() % chips.size());
    for (std::size_t i : which) moved.push_back(around(chips[i]));  // where they were
    for (std::size_t i : which) chips[i] = ImVec2(x(random), y(random));
    for (std::size_t i : which) moved.push_back(around(chips[i]));  // where they are
    const std::vector<PixelRect> rects = damage.Update(f.Draw([&](ImDrawList& d) {
      for (const ImVec2& c : chips) Chip(d, c.x, c.y);
    }),
                                                       nullptr);
    INFO("round " << round);
    CHECK(rects.size() <= static_cast<std::size_t>(FrameDamage::kMaxRects));
    CHECK(Disjoint(rects));
    for (const PixelRect& r : moved) CHECK(Covers(rects, Intersect(r, {0, 0, kWidth, kHeight})));
  }
}

TEST_CASE("damage: a chip far off the screen, or at no place at all, changes nothing on it") {
  Frames f;
  FrameDamage damage;
  const auto scene = [](float far) {
    return [=](ImDrawList& d) {
      Chip(d, 100, 100);
      Chip(d, far, far);
      Chip(d, std::nanf(""), 10);
      Chip(d, -far, 10);
    };
  };
  damage.Update(f.Draw(scene(1e30f)), nullptr);
  CHECK(damage.Update(f.Draw(scene(3e38f)), nullptr).empty());
  CHECK(damage.Update(f.Draw(scene(1e9f)), nullptr).empty());
}

TEST_CASE("damage: the backend's scissor, as it truncates it") {
  // (int)x, (int)(height - bottom), (int)(right - left), (int)(bottom - top): in float.
  CHECK((ScissorPixels(ImVec4(10.7f, 20.2f, 30.5f, 40.9f), 100, 100).x0 == 10));
  const PixelRect r = ScissorPixels(ImVec4(10.7f, 20.2f, 30.5f, 40.9f), 100, 100);
  CHECK(r.x1 == 10 + 19);        // (int)(30.5 - 10.7) = 19
  CHECK(r.y1 == 100 - 59);       // (int)(100 - 40.9) = 59 rows below
  CHECK(r.y0 == 100 - 59 - 20);  // (int)(40.9 - 20.2) = 20 rows high
  CHECK(ScissorPixels(ImVec4(5, 5, 5, 50), 100, 100).Empty());
  const PixelRect off = ScissorPixels(ImVec4(-20.5f, -10, 150, 130), 100, 100);
  CHECK((off.x0 == 0 && off.y0 == 0 && off.x1 == 100 && off.y1 == 100));
  CHECK((FillPixels(ImVec4(10.5f, 20.5f, 30.4f, 40.6f)).x0 == 10));
  CHECK((FillPixels(ImVec4(10.6f, 20.4f, 30.4f, 40.6f)).x0 == 11));
  CHECK((FillPixels(ImVec4(10.6f, 20.4f, 30.4f, 40.6f)).y0 == 20));
}

TEST_CASE("damage: narrowed commands draw the backend's own pixels inside each rect only") {
  Frames f;
  ImDrawData& data = f.Draw([](ImDrawList& d) {
    d.PushClipRect(ImVec2(10.7f, 20.2f), ImVec2(300.5f, 200.9f));
    Chip(d, 50, 50);
    d.AddCallback(Blend, nullptr);
    d.AddCallback(Fill, nullptr);
    Chip(d, 250, 150);
    d.PopClipRect();
  });
  const ImVector<ImDrawCmd> before = data.CmdLists[0]->CmdBuffer;
  const std::vector<PixelRect> rects = {{0, 0, 64, 64}, {256, 128, 320, 192}, {400, 0, 480, 64}};
  DamageClip clip;
  clip.Apply(data, rects, Fill);
  const ImVector<ImDrawCmd>& narrowed = data.CmdLists[0]->CmdBuffer;
  int blends = 0, parts = 0;
  for (const ImDrawCmd& cmd : narrowed) {
    if (cmd.UserCallback == Blend) {
      ++blends;
      continue;
    }
    ++parts;
    const PixelRect drawn =
        cmd.UserCallback ? FillPixels(cmd.ClipRect) : ScissorPixels(cmd.ClipRect, kWidth, kHeight);
    bool inside_one = false;
    for (const PixelRect& r : rects)
      inside_one = inside_one || Intersect(drawn, r).Area() == drawn.Area();
    CHECK(inside_one);
  }
  CHECK(blends == 1);  // a change of state is kept once, in its place
  // Two rects reach the clip: the chips' commands and the fill each drawn twice; the third none.
  CHECK(parts == 2 * (before.Size - 1));
  const PixelRect whole = ScissorPixels(before[0].ClipRect, kWidth, kHeight);
  CHECK((ScissorPixels(narrowed[0].ClipRect, kWidth, kHeight).x0 == whole.x0));
  CHECK((ScissorPixels(narrowed[0].ClipRect, kWidth, kHeight).y0 == whole.y0));
  CHECK((ScissorPixels(narrowed[1].ClipRect, kWidth, kHeight).x1 == whole.x1));
  clip.Restore(data);
  REQUIRE(data.CmdLists[0]->CmdBuffer.Size == before.Size);
  for (int i = 0; i < before.Size; ++i)
    CHECK(std::memcmp(&data.CmdLists[0]->CmdBuffer[i], &before[i], sizeof(ImDrawCmd)) == 0);
}

TEST_CASE("damage: narrowing keeps each list's commands as the lists grow in number") {
  Frames f;
  DamageClip clip;
  const std::vector<PixelRect> rects = {{0, 0, 320, 240}};
  ImDrawData& one = f.Draw([](ImDrawList& d) {
    d.PushClipRect(ImVec2(0, 0), ImVec2(100, 100));
    Chip(d, 10, 10);
    d.PopClipRect();
  });
  // One list, whose commands reach no rect: it is kept, narrowed to nothing (an empty ImVector,
  // whose copy hands memcpy a null pointer).
  clip.Apply(one, {{600, 400, 640, 480}}, nullptr);
  CHECK(one.CmdLists[0]->CmdBuffer.Size == 0);
  clip.Restore(one);
  // A frame with more lists (windows): the kept commands grow without copying the earlier.
  for (int frame = 0; frame < 2; ++frame) {  // a new window shows from its second frame
    ImGui::NewFrame();
    for (const char* name : {"a", "b", "c"}) {
      ImGui::Begin(name);
      ImGui::TextUnformatted(name);
      ImGui::End();
    }
    ImGui::Render();
  }
  ImDrawData& many = *ImGui::GetDrawData();
  REQUIRE(many.CmdListsCount > 1);
  std::vector<int> sizes;
  for (int n = 0; n < many.CmdListsCount; ++n) sizes.push_back(many.CmdLists[n]->CmdBuffer.Size);
  clip.Apply(many, rects, nullptr);
  clip.Restore(many);
  for (int n = 0; n < many.CmdListsCount; ++n)
    CHECK(many.CmdLists[n]->CmdBuffer.Size == sizes[static_cast<std::size_t>(n)]);
}

TEST_CASE("damage: dragging a token in the app redraws a little of the screen, holding it none") {
  Harness h;
  h.OpenCase("civ-water");
  FrameDamage damage;
  const int screen = 1280 * 800;
  CHECK(Area(damage.Update(*ImGui::GetDrawData())) == screen);
  const ImVec2 from = h.ChipCentre("maatwerkcursussen");
  h.MoveTo(from);
  damage.Update(*ImGui::GetDrawData());
  h.Press(from);
  damage.Update(*ImGui::GetDrawData());
  for (int i = 1; i <= 10; ++i) {
    h.MoveTo(ImVec2(from.x - 12.0f * static_cast<float>(i),
                    from.y + 6.0f * static_cast<float>(i)));  // past the slop at once
    const std::vector<PixelRect> rects = damage.Update(*ImGui::GetDrawData());
    const ChipRect& chip =
        h.state.chips.rects[static_cast<std::size_t>(h.state.board.Find("maatwerkcursussen"))];
    INFO("move " << i);
    CHECK(Covers(rects, {static_cast<int>(chip.min.x), static_cast<int>(chip.min.y),
                         static_cast<int>(chip.max.x), static_cast<int>(chip.max.y)}));
    CHECK(Area(rects) < screen / 5);
  }
  // Held still, the app draws every frame; once the zwaartepunt's trail has faded (a tile a
  // frame until then), none of them changes a pixel.
  h.Hold(static_cast<int>(Trail::kSeconds * 60.0) + 2);
  damage.Update(*ImGui::GetDrawData());
  for (int i = 0; i < 5; ++i) {
    h.Hold(1);
    CHECK(damage.Update(*ImGui::GetDrawData()).empty());
  }
}
