// SPDX-License-Identifier: EUPL-1.2
// Checks a screenshot of two apps side by side on one screen, showing the same board: at the
// left the board with the zwaartepunt's marker, OFFSET px to the right the board drawn without
// it (PPS_TEST_HIDE_ZWAARTEPUNT=1):
// - the ring is there, centred at X, Y (px): on the radial lines from there at some radius
//   (10 to 60 px), a white stroke between two dark ones that the unmarked board lacks, on at
//   least a third of the circle (the ring leaves gaps where it would cross a label's text);
// - every label's text, each given as a rect X0 Y0 X1 Y1 (px), is the same in both to the last
//   pixel: the marker hides no letter of it.
// Prints the ring's radius and how much of it shows. Usage:
//   check_ring SCREEN.png OFFSET X Y [X0 Y0 X1 Y1]...
// Or, for a screenshot taken while the zwaartepunt moved (a story line's glide), with no board
// to compare with: finds the ring (radius 10 to 120 px: presenting, it is drawn at the room's
// scale) on the way from X0 Y0 to X1 Y1 (within 4 px of that line) and
// prints where, "ring X Y radius R shows P %"; fails when no ring shows a third of itself there.
//   check_ring --find SCREEN.png X0 Y0 X1 Y1

#include <stb/stb_image.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// One board of the screen: its pixels start `left` px from the screen's left edge.
struct Image {
  int w = 0, h = 0, left = 0;
  unsigned char* rgb = nullptr;
  const unsigned char* At(int x, int y) const {
    x += left;
    return x < left || y < 0 || x >= w || y >= h ? nullptr
                                                 : rgb + 3 * (static_cast<long>(y) * w + x);
  }
};

bool Dark(const unsigned char* p) {
  return p && p[0] < 80 && p[1] < 80 && p[2] < 80;
}
bool White(const unsigned char* p) {
  return p && p[0] > 190 && p[1] > 190 && p[2] > 190;
}

// Whether the line from (x, y) at `angle` crosses dark, white, dark (the ring's strokes) between
// `radius` - 6 and `radius` + 6 px, looked at every half pixel.
bool Strokes(const Image& image, double x, double y, double angle, double radius) {
  int state = 0;  // 0: looking for dark inside, 1: then white, 2: then dark outside, 3: found
  for (double d = radius - 6.0; d <= radius + 6.0 && state < 3; d += 0.5) {
    const unsigned char* p = image.At(static_cast<int>(std::lround(x + d * std::cos(angle))),
                                      static_cast<int>(std::lround(y + d * std::sin(angle))));
    if (state == 0 && Dark(p)) state = 1;
    else if (state == 1 && White(p)) state = 2;
    else if (state == 2 && Dark(p)) state = 3;
  }
  return state == 3;
}

// How many of `angles` radial lines from (x, y) cross a ring's strokes at the best radius
// (10 to `widest` px) in `marked` and not in `unmarked`; the radius into `radius`.
int RingAt(const Image& marked, const Image& unmarked, double x, double y, int angles, int widest,
           int& radius) {
  constexpr double kPi = 3.14159265358979323846;
  int best = 0;
  for (int r = 10; r <= widest; ++r) {
    int found = 0;
    for (int k = 0; k < angles; ++k) {
      const double angle = 2.0 * kPi * k / angles;
      found += Strokes(marked, x, y, angle, r) && !Strokes(unmarked, x, y, angle, r);
    }
    if (found > best) best = found, radius = r;
  }
  return best;
}

int Find(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr, "usage: check_ring --find SCREEN.png X0 Y0 X1 Y1\n");
    return 2;
  }
  Image image, none;
  int n = 0;
  image.rgb = stbi_load(argv[2], &image.w, &image.h, &n, 3);
  if (!image.rgb) {
    std::fprintf(stderr, "check_ring: cannot read %s\n", argv[2]);
    return 2;
  }
  none.left = 1 << 20;  // nothing: every pixel out of it
  const double x0 = std::atof(argv[3]), y0 = std::atof(argv[4]);
  const double x1 = std::atof(argv[5]), y1 = std::atof(argv[6]);
  const double length = std::hypot(x1 - x0, y1 - y0);
  const double nx = length > 0 ? -(y1 - y0) / length : 0.0,
               ny = length > 0 ? (x1 - x0) / length : 0.0;
  constexpr int kAngles = 48;
  constexpr int kWidest = 120;  // presenting, the marker is drawn at the room's scale
  int best = 0, best_radius = 0;
  double best_x = x0, best_y = y0;
  for (double along = 0.0; along <= length + 0.5; along += 2.0) {
    const double f = length > 0 ? std::min(1.0, along / length) : 0.0;
    for (double side = -4.0; side <= 4.0; side += 2.0) {
      const double x = x0 + (x1 - x0) * f + nx * side, y = y0 + (y1 - y0) * f + ny * side;
      int radius = 0;
      const int found = RingAt(image, none, x, y, kAngles, kWidest, radius);
      if (found > best) best = found, best_radius = radius, best_x = x, best_y = y;
    }
  }
  stbi_image_free(image.rgb);
  if (best * 3 < kAngles) {
    std::fprintf(stderr,
                 "check_ring: %s: no ring from (%.1f, %.1f) to (%.1f, %.1f): at most %d %%\n",
                 argv[2], x0, y0, x1, y1, best * 100 / kAngles);
    return 1;
  }
  std::printf("ring %.1f %.1f radius %d shows %d %%\n", best_x, best_y, best_radius,
              best * 100 / kAngles);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--find") return Find(argc, argv);
  if (argc < 5 || (argc - 5) % 4 != 0) {
    std::fprintf(stderr, "usage: check_ring SCREEN.png OFFSET X Y [X0 Y0 X1 Y1]...\n");
    return 2;
  }
  Image marked;
  int n = 0;
  marked.rgb = stbi_load(argv[1], &marked.w, &marked.h, &n, 3);
  if (!marked.rgb) {
    std::fprintf(stderr, "check_ring: cannot read %s\n", argv[1]);
    return 2;
  }
  Image unmarked = marked;
  unmarked.left = std::atoi(argv[2]);
  const double x = std::atof(argv[3]), y = std::atof(argv[4]);
  constexpr int kAngles = 96;
  int best_radius = 0;
  const int best = RingAt(marked, unmarked, x, y, kAngles, 60, best_radius);
  int failures = 0;
  if (best * 3 < kAngles) {
    std::fprintf(stderr, "check_ring: %s: no ring at (%.1f, %.1f): at most %d %% of one shows\n",
                 argv[1], x, y, best * 100 / kAngles);
    ++failures;
  }
  const int labels = (argc - 5) / 4;
  for (int i = 0; i < labels; ++i) {
    const int x0 = static_cast<int>(std::floor(std::atof(argv[5 + 4 * i])));
    const int y0 = static_cast<int>(std::floor(std::atof(argv[6 + 4 * i])));
    const int x1 = static_cast<int>(std::ceil(std::atof(argv[7 + 4 * i])));
    const int y1 = static_cast<int>(std::ceil(std::atof(argv[8 + 4 * i])));
    int differ = 0;
    for (int py = y0; py < y1; ++py)
      for (int px = x0; px < x1; ++px) {
        const unsigned char *a = marked.At(px, py), *b = unmarked.At(px, py);
        differ += a && b && (a[0] != b[0] || a[1] != b[1] || a[2] != b[2]);
      }
    if (differ > 0) {
      std::fprintf(stderr, "check_ring: %s: %d pixels of the label at %d %d %d %d differ\n",
                   argv[1], differ, x0, y0, x1, y1);
      ++failures;
    }
  }
  stbi_image_free(marked.rgb);
  if (failures == 0)
    std::printf(
        "check_ring: %s: ring at (%.1f, %.1f), radius %d px, %d %% of it shows; %d "
        "labels whole\n",
        argv[1], x, y, best_radius, best * 100 / kAngles, labels);
  return failures == 0 ? 0 : 1;
}
