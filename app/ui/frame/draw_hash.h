// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A fingerprint of a frame's draw data: when two frames in a row draw the same, the screen has
// settled and the app may sleep until the next event.

#include <cstddef>
#include <cstdint>

struct ImDrawData;

namespace pps {

// Mixes `size` bytes into the hash `h`: four lanes of eight bytes each (so the multiplies
// overlap), then words, then the tail byte by byte. A multiply-xorshift; not for security.
std::uint64_t HashBytes(std::uint64_t h, const void* data, std::size_t size);

// Hashes every vertex, index and draw command of `data` (after ImGui::Render()), callbacks and
// their data included (a renderer's fill carries its colour there).
std::uint64_t HashDrawData(const ImDrawData& data);

// Hashes what Dear ImGui carries into the next frame besides the draw data: each window's
// content size and scroll. Two frames can draw the same while a panel's content, measured in the
// second, shows in its scrollbar only in the third: the screen has settled when both hashes hold.
std::uint64_t HashViewState();

}  // namespace pps
