#include "ui/draw_hash.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

namespace pps {

namespace {

// Mixes `size` bytes into `h`: four independent lanes of eight bytes each, so the multiplies
// overlap, then the tail byte by byte. A multiply-xorshift; not for security.
std::uint64_t Mix(std::uint64_t h, const void* data, std::size_t size) {
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
  for (; i < size; ++i) h = (h ^ bytes[i]) * 0x100000001B3ull;
  return h ^ size;
}

}  // namespace

std::uint64_t HashDrawData(const ImDrawData& data) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  h = Mix(h, &data.DisplaySize, sizeof data.DisplaySize);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    h = Mix(h, list.VtxBuffer.Data,
            static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    h = Mix(h, list.IdxBuffer.Data,
            static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      h = Mix(h, &cmd.ClipRect, sizeof cmd.ClipRect);
      h = Mix(h, &cmd.TextureId, sizeof cmd.TextureId);
      h = Mix(h, &cmd.ElemCount, sizeof cmd.ElemCount);
      h = Mix(h, &cmd.IdxOffset, sizeof cmd.IdxOffset);
      h = Mix(h, &cmd.VtxOffset, sizeof cmd.VtxOffset);
      h = Mix(h, &cmd.UserCallback, sizeof cmd.UserCallback);
      h = Mix(h, &cmd.UserCallbackData, sizeof cmd.UserCallbackData);
    }
  }
  return h;
}

std::uint64_t HashViewState() {
  std::uint64_t h = 0x84222325CBF29CE4ull;
  for (const ImGuiWindow* w : GImGui->Windows) {
    if (!w->Active) continue;
    h = Mix(h, &w->ID, sizeof w->ID);
    h = Mix(h, &w->ContentSize, sizeof w->ContentSize);
    h = Mix(h, &w->Scroll, sizeof w->Scroll);
    h = Mix(h, &w->ScrollMax, sizeof w->ScrollMax);
    h = Mix(h, &w->ScrollTarget, sizeof w->ScrollTarget);
  }
  return h;
}

}  // namespace pps
