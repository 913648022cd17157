// SPDX-License-Identifier: EUPL-1.2
#pragma once
// OpenGL as the platform has it: OpenGL 3.3 core through glad on the desktop, OpenGL ES 3 (WebGL
// 2) in the browser. What the platform code uses is in both.

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif

namespace pps {

// px: the largest texture the GPU takes (at least 1024 in OpenGL 3.3, 2048 in OpenGL ES 3).
inline int MaxTexturePx() {
  GLint px = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &px);
  return static_cast<int>(px);
}

}  // namespace pps
