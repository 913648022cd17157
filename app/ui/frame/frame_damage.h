// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What changed on screen since the last frame, told from the draw data alone. A software
// renderer (llvmpipe) spends a frame filling pixels, a million for the board alone; while one
// chip is dragged only a few thousand change. The screen is cut into tiles, and each tile's hash
// mixes, in drawing order, every triangle and fill that can touch it with the state it is drawn
// in (texture, blending, clip). A tile whose hash differs from the last frame's is drawn again;
// the others still show the same pixels in a back buffer that keeps them.

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace pps {

// A rectangle of framebuffer pixels, top row first, half open: [x0, x1) x [y0, y1).
struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // px
  bool Empty() const { return x1 <= x0 || y1 <= y0; }
  int Area() const { return Empty() ? 0 : (x1 - x0) * (y1 - y0); }
};

PixelRect Intersect(const PixelRect& a, const PixelRect& b);

// The pixels Dear ImGui's OpenGL 3 backend lets a command draw: its scissor from the clip rect
// (px from the draw data's DisplayPos), truncated as the backend truncates it
// (imgui_impl_opengl3.cpp, 1.86), then kept on screen. Needs FramebufferScale (1, 1), as a
// GLFW window on X11 has it, and a DisplayPos of whole pixels.
PixelRect ScissorPixels(const ImVec4& clip, int width, int height);

// The pixels a solid fill (LayerRenderer::SolidFill) covers: those whose centres lie inside the
// clip rect, as Mesa rasterises a rectangle of the same corners.
PixelRect FillPixels(const ImVec4& clip);

class FrameDamage {
 public:
  static constexpr int kTile = 32;     // px per side
  static constexpr int kMaxRects = 8;  // each rect draws the commands that reach it once more
  static constexpr std::size_t kMaxRuns = 64;  // more, and the rect around them all is drawn

  // Hashes `data` (as it will be drawn: turned, if the view is) and returns the rects to draw
  // again, disjoint, in px from its DisplayPos; empty when nothing changed. The whole screen the
  // first time, after Invalidate() and when the size changes. `fill` is the renderer's
  // solid-fill callback (null without one). `changed` are rects whose pixels changed under the
  // same triangles: where a texture drawn there (a layer) was drawn again.
  const std::vector<PixelRect>& Update(const ImDrawData& data, ImDrawCallback fill = nullptr,
                                       const std::vector<PixelRect>& changed = {});

  // The next Update() returns the whole screen: the back buffer no longer holds the last frame.
  void Invalidate() { valid_ = false; }

  // Tiles that changed in the last Update() (its rects may take in more), of how many.
  int DamagedTiles() const { return damaged_tiles_; }
  int Tiles() const { return columns_ * rows_; }

 private:
  void Resize(int width, int height);
  void MixTiles(const PixelRect& r, std::uint64_t h);
  void CollectRects();
  bool CollectRuns();  // false when there are too many to merge
  void MergeToLimit();

  int width_ = 0, height_ = 0;  // px
  int columns_ = 0, rows_ = 0;
  bool valid_ = false;
  int damaged_tiles_ = 0;
  std::vector<std::uint64_t> hash_, last_hash_;  // per tile, row by row
  std::vector<PixelRect> rects_;
};

// Narrows a frame's draw data to the damaged rects (px from its DisplayPos): each command is
// drawn once per rect it reaches, clipped to it, and not at all elsewhere. Restore() puts the
// commands back.
class DamageClip {
 public:
  void Apply(ImDrawData& data, const std::vector<PixelRect>& rects, ImDrawCallback fill);
  void Restore(ImDrawData& data);

 private:
  // Each list's own commands while narrowed. A deque: growing it moves no ImVector (whose copy
  // hands memcpy a null pointer when empty).
  std::deque<ImVector<ImDrawCmd>> kept_;
};

}  // namespace pps
