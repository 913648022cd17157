// SPDX-License-Identifier: EUPL-1.2
#include "ui/frame/draw_hash.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

namespace pps {

std::uint64_t HashBytes(std::uint64_t h, const void* data, std::size_t size) {
  constexpr std::uint64_t kK = 0x9E3779B97F4A7C15ull;
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::uint64_t lane[4] = {h, h ^ 1, h ^ 2, h ^ 3};
  std::size_t i = 0;
  for (; i + 32 <= size; i += 32) {
    for (int l = 0; l < 4; ++l) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes + i + 8 * l, 8);
      lane[l] = (lane[l] ^ word) * kK;
      lane[l] ^= lane[l] >> 29;
    }
  }
  h = ((lane[0] * kK ^ lane[1]) * kK ^ lane[2]) * kK ^ lane[3];
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes + i, 8);
    h = (h ^ word) * kK;
    h ^= h >> 29;
  }
  for (; i < size; ++i) h = (h ^ bytes[i]) * 0x100000001B3ull;
  return h ^ size;
}

std::uint64_t HashDrawData(const ImDrawData& data) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  h = HashBytes(h, &data.DisplaySize, sizeof data.DisplaySize);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    h = HashBytes(h, list.VtxBuffer.Data,
                  static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    h = HashBytes(h, list.IdxBuffer.Data,
                  static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      h = HashBytes(h, &cmd.ClipRect, sizeof cmd.ClipRect);
      h = HashBytes(h, &cmd.TextureId, sizeof cmd.TextureId);
      h = HashBytes(h, &cmd.ElemCount, sizeof cmd.ElemCount);
      h = HashBytes(h, &cmd.IdxOffset, sizeof cmd.IdxOffset);
      h = HashBytes(h, &cmd.VtxOffset, sizeof cmd.VtxOffset);
      h = HashBytes(h, &cmd.UserCallback, sizeof cmd.UserCallback);
      h = HashBytes(h, &cmd.UserCallbackData, sizeof cmd.UserCallbackData);
    }
  }
  return h;
}

std::uint64_t HashViewState() {
  std::uint64_t h = 0x84222325CBF29CE4ull;
  for (const ImGuiWindow* w : GImGui->Windows) {
    if (!w->Active) continue;
    h = HashBytes(h, &w->ID, sizeof w->ID);
    h = HashBytes(h, &w->ContentSize, sizeof w->ContentSize);
    h = HashBytes(h, &w->Scroll, sizeof w->Scroll);
    h = HashBytes(h, &w->ScrollMax, sizeof w->ScrollMax);
    h = HashBytes(h, &w->ScrollTarget, sizeof w->ScrollTarget);
  }
  return h;
}

}  // namespace pps
