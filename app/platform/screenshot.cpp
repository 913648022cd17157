// SPDX-License-Identifier: EUPL-1.2
#include "platform/screenshot.h"

#include <stb/stb_image_write.h>
#include "platform/gl.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace pps {

Error WriteScreenshot(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);
  if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3))
    return path + ": cannot write the PNG: " + std::strerror(errno);
  return {};
}

Error CaptureRegionPng(int framebuffer_w, int framebuffer_h, int x, int y, int width,
                             int height, std::string& png) {
  const int x0 = std::max(x, 0), y0 = std::max(y, 0);
  const int x1 = std::min(x + width, framebuffer_w), y1 = std::min(y + height, framebuffer_h);
  if (x1 <= x0 || y1 <= y0) return "the region to capture lies outside the window";
  const int w = x1 - x0, h = y1 - y0;
  // RGBA: the one read that OpenGL ES (WebGL 2) always allows; the alpha is dropped here.
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  // GL counts rows from the bottom; the PNG is flipped on writing.
  glReadPixels(x0, framebuffer_h - y1, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  for (std::size_t i = 0, n = static_cast<std::size_t>(w) * h; i < n; ++i)
    for (std::size_t c = 0; c < 3; ++c) pixels[i * 3 + c] = pixels[i * 4 + c];
  stbi_flip_vertically_on_write(1);
  png.clear();
  const auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
  };
  if (!stbi_write_png_to_func(append, &png, w, h, 3, pixels.data(), w * 3) || png.empty())
    return "cannot encode the PNG of the board";
  return {};
}

}  // namespace pps
