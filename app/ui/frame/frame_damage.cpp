// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/frame_damage.h"

#include <algorithm>
#include <cmath>

#include "ui/frame/draw_hash.h"

namespace pps {

namespace {

constexpr std::uint64_t kSeed = 0x9AE16A3B2F90404Full;

PixelRect Bound(const PixelRect& a, const PixelRect& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// A float coordinate (px) as an int, kept within `low`..`high` so that a chip dragged far off
// the screen (or a NaN) cannot overflow the conversion.
int Clamped(float v, float low, float high) {
  if (!(v > low)) return static_cast<int>(low);
  return static_cast<int>(v < high ? v : high);
}

}  // namespace

PixelRect Intersect(const PixelRect& a, const PixelRect& b) {
  return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

PixelRect ScissorPixels(const ImVec4& clip, int width, int height) {
  if (clip.z <= clip.x || clip.w <= clip.y) return {};
  // The backend's own expressions, in its float arithmetic, so the pixels match to the last.
  const float fb_height = static_cast<float>(height);
  const auto limit = [](float v) { return Clamped(v, -1e6f, 1e6f); };
  const int x = limit(clip.x);
  const int y = limit(fb_height - clip.w);  // from the bottom, as GL has it
  const int w = limit(clip.z - clip.x);
  const int h = limit(clip.w - clip.y);
  return Intersect({x, height - y - h, x + w, height - y}, {0, 0, width, height});
}

PixelRect FillPixels(const ImVec4& clip) {
  // A centre on an edge counts as Mesa rasterises a window's triangles (whose y runs upwards):
  // on the left edge and on the bottom one.
  const auto edge_x = [](float px) { return Clamped(std::ceil(px - 0.5f), -1e6f, 1e6f); };
  const auto edge_y = [](float px) { return Clamped(std::floor(px + 0.5f), -1e6f, 1e6f); };
  return {edge_x(clip.x), edge_y(clip.y), edge_x(clip.z), edge_y(clip.w)};
}

void FrameDamage::Resize(int width, int height) {
  width_ = std::max(width, 0);
  height_ = std::max(height, 0);
  columns_ = (width_ + kTile - 1) / kTile;
  rows_ = (height_ + kTile - 1) / kTile;
  hash_.assign(static_cast<std::size_t>(columns_ * rows_), 0);
  last_hash_ = hash_;
  rects_.reserve(kMaxRuns + 1);
  valid_ = false;
}

void FrameDamage::MixTiles(const PixelRect& r, std::uint64_t h) {
  constexpr std::uint64_t kK = 0x9E3779B97F4A7C15ull;
  for (int row = r.y0 / kTile; row <= (r.y1 - 1) / kTile; ++row) {
    std::uint64_t* tile = &hash_[static_cast<std::size_t>(row * columns_)];
    for (int column = r.x0 / kTile; column <= (r.x1 - 1) / kTile; ++column) {
      std::uint64_t& t = tile[column];
      t = (t ^ h) * kK;  // in order: the same triangles drawn the other way round blend otherwise
      t ^= t >> 29;
    }
  }
}

const std::vector<PixelRect>& FrameDamage::Update(const ImDrawData& data, ImDrawCallback fill,
                                                  const std::vector<PixelRect>& changed) {
  const int width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  if (width != width_ || height != height_) Resize(width, height);
  std::fill(hash_.begin(), hash_.end(), kSeed);
  const PixelRect screen{0, 0, width_, height_};
  const float right = static_cast<float>(width_) + 2.0f,
              bottom = static_cast<float>(height_) + 2.0f;
  // Coordinates from the draw data's top-left corner (a layer's texture starts at its origin).
  const ImVec2 at = data.DisplayPos;
  const auto local = [&](const ImVec4& c) {
    return ImVec4(c.x - at.x, c.y - at.y, c.z - at.x, c.w - at.y);
  };
  // The state callbacks have set: the backend keeps it from one list to the next.
  std::uint64_t blend = 0;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
        blend = 0;
      } else if (cmd.UserCallback && cmd.UserCallback == fill) {
        const PixelRect r = Intersect(FillPixels(local(cmd.ClipRect)), screen);
        const std::uint64_t colour = HashBytes(kSeed, &cmd.UserCallbackData, sizeof(void*));
        if (!r.Empty()) MixTiles(r, HashBytes(colour, &r, sizeof r));  // its edges too
      } else if (cmd.UserCallback) {
        blend = HashBytes(blend, &cmd.UserCallback, sizeof cmd.UserCallback);
        blend = HashBytes(blend, &cmd.UserCallbackData, sizeof cmd.UserCallbackData);
      }
      if (cmd.UserCallback) continue;
      const PixelRect clip = ScissorPixels(local(cmd.ClipRect), width_, height_);
      if (clip.Empty()) continue;
      std::uint64_t state = HashBytes(blend, &clip, sizeof clip);
      state = HashBytes(state, &cmd.TextureId, sizeof cmd.TextureId);
      const ImDrawIdx* index = list.IdxBuffer.Data + cmd.IdxOffset;
      const ImDrawVert* vertex = list.VtxBuffer.Data + cmd.VtxOffset;
      for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
        ImDrawVert v[3] = {vertex[index[i]], vertex[index[i + 1]], vertex[index[i + 2]]};
        const float x0 = std::min({v[0].pos.x, v[1].pos.x, v[2].pos.x}) - at.x;
        const float x1 = std::max({v[0].pos.x, v[1].pos.x, v[2].pos.x}) - at.x;
        const float y0 = std::min({v[0].pos.y, v[1].pos.y, v[2].pos.y}) - at.y;
        const float y1 = std::max({v[0].pos.y, v[1].pos.y, v[2].pos.y}) - at.y;
        // One pixel more each way: a pixel counts when its centre is inside.
        const PixelRect r = Intersect(
            {Clamped(std::floor(x0), -2.0f, right) - 1, Clamped(std::floor(y0), -2.0f, bottom) - 1,
             Clamped(std::ceil(x1), -2.0f, right) + 1, Clamped(std::ceil(y1), -2.0f, bottom) + 1},
            clip);
        if (!r.Empty()) MixTiles(r, HashBytes(state, v, sizeof v));
      }
    }
  }
  // Pixels that changed under the same triangles (a texture drawn again): their tiles' last
  // hashes are forgotten.
  for (const PixelRect& c : changed) {
    const PixelRect r = Intersect(c, screen);
    if (r.Empty()) continue;
    for (int row = r.y0 / kTile; row <= (r.y1 - 1) / kTile; ++row) {
      for (int column = r.x0 / kTile; column <= (r.x1 - 1) / kTile; ++column) {
        const std::size_t t = static_cast<std::size_t>(row * columns_ + column);
        last_hash_[t] = hash_[t] + 1;
      }
    }
  }
  damaged_tiles_ = 0;
  for (std::size_t t = 0; t < hash_.size(); ++t) {
    if (!valid_ || hash_[t] != last_hash_[t]) ++damaged_tiles_;
  }
  CollectRects();
  hash_.swap(last_hash_);
  valid_ = true;
  return rects_;
}

void FrameDamage::CollectRects() {
  rects_.clear();
  if (damaged_tiles_ == 0) return;
  // Past half the screen, drawing all of it costs about as much and needs no more looking.
  const PixelRect all{0, 0, columns_, rows_};  // tiles
  if (!valid_ || damaged_tiles_ * 2 > Tiles() || !CollectRuns()) rects_.assign(1, all);
  MergeToLimit();
  for (PixelRect& r : rects_) {
    r = Intersect({r.x0 * kTile, r.y0 * kTile, r.x1 * kTile, r.y1 * kTile},
                  {0, 0, width_, height_});
  }
}

bool FrameDamage::CollectRuns() {
  for (int row = 0; row < rows_; ++row) {
    const std::uint64_t* now = &hash_[static_cast<std::size_t>(row * columns_)];
    const std::uint64_t* was = &last_hash_[static_cast<std::size_t>(row * columns_)];
    for (int c = 0; c < columns_;) {
      if (now[c] == was[c]) {
        ++c;
        continue;
      }
      const int start = c;
      while (c < columns_ && now[c] != was[c]) ++c;
      // A run of tiles grows the rect above it when it spans the same columns.
      auto above = std::find_if(rects_.begin(), rects_.end(), [&](const PixelRect& r) {
        return r.y1 == row && r.x0 == start && r.x1 == c;
      });
      if (above != rects_.end()) above->y1 = row + 1;
      else rects_.push_back({start, row, c, row + 1});
      if (rects_.size() > kMaxRuns) return false;
    }
  }
  return true;
}

void FrameDamage::MergeToLimit() {
  while (rects_.size() > static_cast<std::size_t>(kMaxRects)) {
    // The two whose bounds add the fewest tiles...
    std::size_t a = 0, b = 1;
    int best = -1;
    for (std::size_t i = 0; i < rects_.size(); ++i) {
      for (std::size_t j = i + 1; j < rects_.size(); ++j) {
        const int added = Bound(rects_[i], rects_[j]).Area() - rects_[i].Area() - rects_[j].Area();
        if (best < 0 || added < best) best = added, a = i, b = j;
      }
    }
    PixelRect merged = Bound(rects_[a], rects_[b]);
    rects_.erase(rects_.begin() + static_cast<std::ptrdiff_t>(b));
    rects_.erase(rects_.begin() + static_cast<std::ptrdiff_t>(a));
    // ...and every other one those bounds reach, so that the rects stay disjoint: a pixel drawn
    // twice would blend twice.
    for (bool grew = true; grew;) {
      grew = false;
      for (std::size_t k = 0; k < rects_.size(); ++k) {
        if (Intersect(merged, rects_[k]).Empty()) continue;
        merged = Bound(merged, rects_[k]);
        rects_.erase(rects_.begin() + static_cast<std::ptrdiff_t>(k));
        grew = true;
        break;
      }
    }
    rects_.push_back(merged);
  }
}

void DamageClip::Apply(ImDrawData& data, const std::vector<PixelRect>& rects, ImDrawCallback fill) {
  const int width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  const ImVec2 at = data.DisplayPos;  // whole pixels
  if (kept_.size() < static_cast<std::size_t>(data.CmdListsCount))
    kept_.resize(static_cast<std::size_t>(data.CmdListsCount));
  for (int n = 0; n < data.CmdListsCount; ++n) {
    ImVector<ImDrawCmd>& narrowed = kept_[static_cast<std::size_t>(n)];
    narrowed.resize(0);
    for (const ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
      if (cmd.UserCallback && cmd.UserCallback != fill) {
        narrowed.push_back(cmd);  // a change of state: kept once, in its place
        continue;
      }
      const ImVec4 c(cmd.ClipRect.x - at.x, cmd.ClipRect.y - at.y, cmd.ClipRect.z - at.x,
                     cmd.ClipRect.w - at.y);
      const PixelRect pixels = cmd.UserCallback ? FillPixels(c) : ScissorPixels(c, width, height);
      for (const PixelRect& rect : rects) {
        const PixelRect r = Intersect(pixels, rect);
        if (r.Empty()) continue;
        ImDrawCmd part = cmd;
        // Whole pixels, which the backend's scissor and the fill both take as they are.
        part.ClipRect = ImVec4(at.x + static_cast<float>(r.x0), at.y + static_cast<float>(r.y0),
                               at.x + static_cast<float>(r.x1), at.y + static_cast<float>(r.y1));
        narrowed.push_back(part);
      }
    }
    data.CmdLists[n]->CmdBuffer.swap(narrowed);
  }
}

void DamageClip::Restore(ImDrawData& data) {
  for (int n = 0; n < data.CmdListsCount && static_cast<std::size_t>(n) < kept_.size(); ++n)
    data.CmdLists[n]->CmdBuffer.swap(kept_[static_cast<std::size_t>(n)]);
}

}  // namespace pps
