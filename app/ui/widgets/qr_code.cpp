// SPDX-License-Identifier: EUPL-1.2
#include "ui/widgets/qr_code.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#ifndef PPS_NO_QR
#include <qrencode.h>

#include <memory>
#endif

namespace pps {

#ifdef PPS_NO_QR

bool QrCode(const std::string&, float) {
  return false;
}

#else

namespace {

struct FreeQr {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

bool QrCode(const std::string& text, float size) {
  // Encoded again only when the text changes: a frame draws from the modules kept.
  static std::string encoded;
  static std::unique_ptr<QRcode, FreeQr> code;
  if (text != encoded) {
    encoded = text;
    // Level L: a screen is not a worn sticker, and the lowest level keeps the modules largest.
    code.reset(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_L));
  }
  if (!code) return false;
  const int n = code->width, quiet = 4;
  // Whole pixels a module: crisp edges for a camera.
  const float module = std::max(1.0f, std::floor(size / static_cast<float>(n + 2 * quiet)));
  const float side = module * static_cast<float>(n + 2 * quiet);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(a, ImVec2(a.x + side, a.y + side), IM_COL32(255, 255, 255, 255));
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x) {
      if (!(code->data[y * n + x] & 1)) continue;
      const ImVec2 m(a.x + module * static_cast<float>(x + quiet),
                     a.y + module * static_cast<float>(y + quiet));
      draw->AddRectFilled(m, ImVec2(m.x + module, m.y + module), IM_COL32(0, 0, 0, 255));
    }
  ImGui::Dummy(ImVec2(side, side));
  return true;
}

#endif

}  // namespace pps
