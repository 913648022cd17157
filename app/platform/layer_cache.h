// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The board's still layers as OpenGL textures: one framebuffer object per layer, drawn with
// Dear ImGui's OpenGL 3 renderer. Needs the GL context current, from Init() to Release().

#include <array>
#include <vector>

#include "ui/board/board_layers.h"
#include "ui/frame/frame_damage.h"

namespace pps {

class GlLayerCache final : public LayerRenderer {
 public:
  static constexpr int kSlots = 2;

  // Checks that framebuffer objects work here; false (and nothing cached: the board is drawn
  // straight) when they do not. Call after ImGui_ImplOpenGL3_Init.
  bool Init();

  // Deletes the textures; call before the GL context goes.
  void Release();

  // Draws again only the rects where `list` differs from the list drawn before into the slot.
  ImTextureID Render(int slot, const ImDrawList& list, ImVec2 origin, int width,
                     int height) override;
  const std::vector<PixelRect>& Changed(int slot) const override;
  ImDrawCallback PremultipliedBlend() const override;
  ImDrawCallback NoBlending() const override;
  ImDrawCallback SolidFill() const override;

 private:
  struct Target {
    unsigned framebuffer = 0, texture = 0;
    int width = 0, height = 0;  // px
    FrameDamage damage;         // what the texture holds, tile by tile
    DamageClip clip;
    std::vector<PixelRect> changed;  // px: what the last Render() drew again
  };
  // Makes `t` a `width` x `height` texture with its framebuffer; false when GL refuses.
  static bool Make(Target& t, int width, int height);
  static void Delete(Target& t);

  std::array<Target, kSlots> targets_{};
};

}  // namespace pps
