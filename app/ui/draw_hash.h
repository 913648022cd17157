#pragma once
// A fingerprint of a frame's draw data: when two frames in a row draw the same, the screen has
// settled and the app may sleep until the next event.

#include <cstdint>

struct ImDrawData;

namespace pps {

// Hashes every vertex, index and draw command of `data` (after ImGui::Render()).
std::uint64_t HashDrawData(const ImDrawData& data);

}  // namespace pps
