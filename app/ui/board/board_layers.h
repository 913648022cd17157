// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A layer of the board that lies still from frame to frame (the chips no pointer holds, while
// one is dragged), drawn once into a texture and shown from it while it stays the same. A
// software renderer (llvmpipe) spends a frame filling pixels: thousands of chips cost it hundreds
// of milliseconds a frame, and their texture one quad. Without a renderer (headless, tests) the
// layer is drawn straight into the window's draw list every frame, as before.

#include <imgui.h>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/model/board_geometry.h"
#include "ui/frame/frame_damage.h"

namespace pps {

// Draws a draw list into a texture: the platform's part (an OpenGL framebuffer object).
class LayerRenderer {
 public:
  virtual ~LayerRenderer() = default;
  // Draws `list` into texture `slot`, `width` x `height` px with `origin` (px) at its top-left,
  // transparent where nothing is drawn, its colours premultiplied by their alpha. Returns the
  // texture (its first row the image's bottom, as OpenGL has it), or 0 when it cannot.
  virtual ImTextureID Render(int slot, const ImDrawList& list, ImVec2 origin, int width,
                             int height) = 0;
  // The rects of texture `slot` (px from its top-left) whose pixels the last Render() changed:
  // where the list differs from the one drawn before (all of it for a new texture).
  virtual const std::vector<PixelRect>& Changed(int slot) const = 0;
  // A draw callback after which textures blend as premultiplied colours, until
  // ImDrawCallback_ResetRenderState.
  virtual ImDrawCallback PremultipliedBlend() const = 0;
  // A draw callback after which nothing blends: what is drawn replaces what is below.
  virtual ImDrawCallback NoBlending() const = 0;
  // A draw callback that fills its command's clip rect with the colour (an ImU32) in its
  // callback data, as a plain clear: no texture, no blending.
  virtual ImDrawCallback SolidFill() const = 0;
};

class BoardLayer {
 public:
  static constexpr int kMaxTiles = 64;  // per side: the layer is shown tile by tile

  // Starts the layer's frame over `bounds` (px). Returns the draw list to draw the layer into:
  // the window's own `draw` without a renderer; the layer's list when `key` (what the layer is
  // drawn from) changed since it was last drawn; null when its texture still holds it.
  ImDrawList* Begin(ImDrawList* draw, LayerRenderer* renderer, int slot, std::uint64_t key,
                    const BoardRect& bounds);

  // Notes that something was drawn into the layer within `r` (px): only the tiles it touches
  // are shown.
  void Touch(const ChipRect& r);

  // While the layer is drawn again: notes which touched tiles end up opaque, asking
  // `opaque(tile)` (px) of each; those are shown without blending.
  template <class Opaque>
  void FindOpaque(Opaque&& opaque) {
    if (!drawing_) return;
    for (std::size_t y = 0; y < kMaxTiles; ++y) {
      for (int x = 0; x < kMaxTiles; ++x) {
        if (!(touched_[y] >> x & 1)) continue;
        const float left = origin_.x + static_cast<float>(x) * tile_;
        const float top = origin_.y + static_cast<float>(y) * tile_;
        if (opaque(ChipRect{{left, top}, {left + tile_, top + tile_}}))
          opaque_[y] |= std::uint64_t{1} << x;
      }
    }
  }

  // Ends the layer's frame: renders its list into the texture when it was drawn again, and
  // shows the texture's touched tiles on `draw`.
  void End(ImDrawList* draw);

  // Bumped whenever the texture is drawn again, so that a frame hash can tell the screen
  // changed when the quads showing it did not.
  std::uint64_t Generation() const { return generation_; }

  // Where on the screen (px) the texture's pixels changed in this frame: the quads showing it
  // may be the same while what they show is not.
  const std::vector<PixelRect>& Changed() const { return changed_; }

 private:
  LayerRenderer* renderer_ = nullptr;  // this frame's; null draws straight into the window
  int slot_ = 0;
  bool drawing_ = false;  // the layer's list is being drawn this frame
  bool empty_ = false;    // drawn with nothing in it: no texture needed
  bool failed_ = false;   // the renderer could not make the texture: drawn straight since
  std::uint64_t key_ = 0, generation_ = 0;
  ImTextureID texture_ = 0;
  ImVec2 origin_;               // px, whole pixels: the texture's top-left corner
  int width_ = 0, height_ = 0;  // px
  float tile_ = 1.0f;           // px, the side of a tile
  std::array<std::uint64_t, kMaxTiles> touched_{};  // bit x of row y: tile (x, y) shows
  std::array<std::uint64_t, kMaxTiles> opaque_{};   // ... and is opaque
  std::unique_ptr<ImDrawList> list_;
  std::vector<PixelRect> changed_;  // px on the screen, this frame
};

}  // namespace pps
