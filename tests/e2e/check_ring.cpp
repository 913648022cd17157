// SPDX-License-Identifier: EUPL-1.2
// Checks that a screenshot shows the zwaartepunt's ring at X, Y (px): along each of the four
// diagonals from there (clear of the crosshair), a white stroke between two dark ones at the
// ring's radius, RADIUS px at scale 1 (15), give or take a few pixels.
// Usage: check_ring FILE.png X Y [RADIUS]

#include <stb/stb_image.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

bool Dark(const unsigned char* p) {
  return p[0] < 80 && p[1] < 80 && p[2] < 80;
}
bool White(const unsigned char* p) {
  return p[0] > 190 && p[1] > 190 && p[2] > 190;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: check_ring FILE.png X Y [RADIUS]\n");
    return 2;
  }
  int w = 0, h = 0, n = 0;
  unsigned char* rgb = stbi_load(argv[1], &w, &h, &n, 3);
  if (!rgb) {
    std::fprintf(stderr, "check_ring: cannot read %s\n", argv[1]);
    return 2;
  }
  const double x = std::atof(argv[2]), y = std::atof(argv[3]);
  const double radius = argc > 4 ? std::atof(argv[4]) : 15.0;
  int found = 0;
  const int diagonals[4][2] = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
  for (const auto& diagonal : diagonals) {
    const double dx = diagonal[0], dy = diagonal[1];
    // Along the diagonal, in half pixels: the first dark, white, dark bands around the radius.
    int state = 0;  // 0: looking for dark inside, 1: then white, 2: then dark outside, 3: found
    for (double d = radius - 6.0; d <= radius + 6.0 && state < 3; d += 0.5) {
      const int px = static_cast<int>(std::lround(x + dx * d / std::sqrt(2.0)));
      const int py = static_cast<int>(std::lround(y + dy * d / std::sqrt(2.0)));
      if (px < 0 || py < 0 || px >= w || py >= h) break;
      const unsigned char* p = rgb + 3 * (static_cast<long>(py) * w + px);
      if (state == 0 && Dark(p)) state = 1;
      else if (state == 1 && White(p)) state = 2;
      else if (state == 2 && Dark(p)) state = 3;
    }
    found += state == 3;
  }
  stbi_image_free(rgb);
  if (found < 4) {
    std::fprintf(stderr, "check_ring: %s: the ring shows on %d of 4 diagonals at (%.1f, %.1f)\n",
                 argv[1], found, x, y);
    return 1;
  }
  std::printf("check_ring: %s: ring at (%.1f, %.1f)\n", argv[1], x, y);
  return 0;
}
