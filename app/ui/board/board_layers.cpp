// SPDX-License-Identifier: EUPL-1.2
#include "ui/board/board_layers.h"

#include <algorithm>
#include <cmath>

#include "ui/frame/draw_hash.h"

namespace pps {

ImDrawList* BoardLayer::Begin(ImDrawList* draw, LayerRenderer* renderer, int slot,
                              std::uint64_t key, const BoardRect& bounds) {
  renderer_ = failed_ ? nullptr : renderer;
  drawing_ = false;
  changed_.clear();
  if (!renderer_) return draw;
  // Whole pixels, so that each texel lands on one pixel of the screen.
  const ImVec2 origin(std::floor(bounds.min.x), std::floor(bounds.min.y));
  const int width = static_cast<int>(std::ceil(bounds.max.x) - origin.x);
  const int height = static_cast<int>(std::ceil(bounds.max.y) - origin.y);
  if (width <= 0 || height <= 0) {
    renderer_ = nullptr;
    return draw;
  }
  key = HashBytes(key, &origin, sizeof origin);
  key = HashBytes(key, &width, sizeof width);
  key = HashBytes(key, &height, sizeof height);
  slot_ = slot;
  if ((texture_ != 0 || empty_) && key == key_) return nullptr;
  if (!list_) list_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
  key_ = key;
  origin_ = origin;
  width_ = width;
  height_ = height;
  tile_ = std::max(16.0f, std::ceil(static_cast<float>(std::max(width, height)) / kMaxTiles));
  touched_.fill(0);
  opaque_.fill(0);
  ImDrawList& list = *list_;
  list._ResetForNewFrame();
  list.Flags = draw->Flags;  // the window's anti-aliasing, so that it looks the same
  list.PushClipRect(
      origin, ImVec2(origin.x + static_cast<float>(width), origin.y + static_cast<float>(height)));
  list.PushTextureID(ImGui::GetIO().Fonts->TexID);
  drawing_ = true;
  return &list;
}

void BoardLayer::Touch(const ChipRect& r) {
  if (!drawing_) return;
  const auto tile = [&](float px, float origin) {
    return std::clamp(static_cast<int>(std::floor((px - origin) / tile_)), 0, kMaxTiles - 1);
  };
  const int x0 = tile(r.min.x, origin_.x), x1 = tile(r.max.x, origin_.x);
  const int y0 = tile(r.min.y, origin_.y), y1 = tile(r.max.y, origin_.y);
  const std::uint64_t row = (x1 - x0 == 63 ? ~0ull : ((1ull << (x1 - x0 + 1)) - 1)) << x0;
  for (int y = y0; y <= y1; ++y) touched_[static_cast<std::size_t>(y)] |= row;
}

void BoardLayer::End(ImDrawList* draw) {
  if (!renderer_ || width_ <= 0) return;
  const bool touched =
      std::any_of(touched_.begin(), touched_.end(), [](std::uint64_t row) { return row != 0; });
  if (drawing_) {
    drawing_ = false;
    list_->PopTextureID();
    list_->PopClipRect();
    ++generation_;
    // Nothing in it (an empty board): no texture, and no memory for one.
    empty_ = !touched;
    if (empty_) return;
    texture_ = renderer_->Render(slot_, *list_, origin_, width_, height_);
    const int x = static_cast<int>(origin_.x), y = static_cast<int>(origin_.y);
    for (const PixelRect& r : renderer_->Changed(slot_))
      changed_.push_back({x + r.x0, y + r.y0, x + r.x1, y + r.y1});
    // The texture holds it now: give back the vertices (megabytes with thousands of chips).
    list_->_ClearFreeMemory();
    if (texture_ == 0) {
      // The renderer failed (out of memory): this layer is drawn straight from the next frame
      // on; the frame differs, so that next frame comes.
      failed_ = true;
      return;
    }
  }
  if (texture_ == 0 || !touched) return;
  // The touched tiles, each row's runs of them as one quad; the texture's first row is the
  // layer's bottom. The opaque ones first, without blending (cheaper for a software renderer,
  // and the same pixels: an opaque texel replaces what is below either way), then the rest.
  const float w = static_cast<float>(width_), h = static_cast<float>(height_);
  const auto quads = [&](bool opaque) {
    for (int y = 0; y < kMaxTiles; ++y) {
      const std::size_t row = static_cast<std::size_t>(y);
      std::uint64_t bits = touched_[row] & (opaque ? opaque_[row] : ~opaque_[row]);
      const float top = static_cast<float>(y) * tile_, bottom = std::min(h, top + tile_);
      while (bits != 0 && top < h) {
        const int first = __builtin_ctzll(bits);
        const std::uint64_t from_first = bits >> first;
        const int run = ~from_first == 0 ? 64 - first : __builtin_ctzll(~from_first);
        bits = run + first >= 64 ? 0 : bits & ~(((1ull << run) - 1) << first);
        const float left = static_cast<float>(first) * tile_;
        const float right = std::min(w, static_cast<float>(first + run) * tile_);
        if (left >= w) break;
        draw->AddImage(texture_, ImVec2(origin_.x + left, origin_.y + top),
                       ImVec2(origin_.x + right, origin_.y + bottom),
                       ImVec2(left / w, 1.0f - top / h), ImVec2(right / w, 1.0f - bottom / h));
      }
    }
  };
  draw->AddCallback(renderer_->NoBlending(), nullptr);
  quads(true);
  draw->AddCallback(renderer_->PremultipliedBlend(), nullptr);
  quads(false);
  draw->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

}  // namespace pps
