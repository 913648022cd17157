#include "platform/screenshot.h"

#include <glad/gl.h>
#include <stb/stb_image_write.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace pps {

std::string WriteScreenshot(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);
  if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3))
    return path + ": cannot write the PNG: " + std::strerror(errno);
  return {};
}

}  // namespace pps
