// SPDX-License-Identifier: EUPL-1.2
// The browser build's stb_image_write: Debian's header (libstb-dev), its implementation compiled
// here once. The native build links Debian's libstb instead.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
