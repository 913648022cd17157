// SPDX-License-Identifier: EUPL-1.2
#pragma once
// OpenGL as the platform has it: OpenGL 3.3 core through glad on the desktop, OpenGL ES 3 (WebGL
// 2) in the browser. What the platform code uses is in both.

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif
