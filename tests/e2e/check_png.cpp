// SPDX-License-Identifier: EUPL-1.2
// Checks a screenshot of the app: its size, that it is not blank, that each quadrant's colour
// from the model covers a real part of it, and, given a screenshot of the empty board, that
// the tokens' white chips were drawn: at least CHIPS chips' worth of white more than on it.
// Usage: check_png FILE.png WIDTH HEIGHT MODEL.json [EMPTY.png CHIPS]
//
// Modes for the presentation tests (e2e/present_test.sh, e2e/presenter_test.sh):
//   check_png --pixels FILE.png X Y [X Y...]   prints each pixel as "R G B", one a line.
//   check_png --ink FILE.png X0 Y0 X1 Y1       prints "ink N of M": of the M pixels in the rect,
//                                              N are ink (WCAG relative luminance under 0.1).
//   check_png --capital FILE.png CX0 CY0 CX1 CY1 LX0 LY0 LX1 LY1
// measures the first glyph of a chip's label: CX0..CY1 is the chip's rect, LX0..LY1 its label's
// (px, as the layout dump gives them). The background is the chip's fill, sampled halfway
// between the chip's edge and the label's, left and right of the label's middle (both must
// agree); the ink is the darkest pixel in the label's rect. A pixel is ink where it is at least
// halfway from the background to the ink (half covered, so that an edge's anti-aliased row
// counts when the glyph covers half of it). The glyph is the first run of columns with ink; its
// height, the rows from its top ink to its bottom ink. Prints
// "capital H width W ink R G B background R G B contrast C" (C the WCAG 2.x contrast ratio).

#include <stb/stb_image.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "core/model/model_file.h"

namespace {

long WhitePixels(const unsigned char* rgb, int count) {
  long n = 0;
  for (int i = 0; i < count; ++i)
    n += rgb[3 * i] == 255 && rgb[3 * i + 1] == 255 && rgb[3 * i + 2] == 255;
  return n;
}

// WCAG 2.x relative luminance of an sRGB colour.
double Luminance(const unsigned char* p) {
  double l = 0.0;
  const double weight[3] = {0.2126, 0.7152, 0.0722};
  for (int c = 0; c < 3; ++c) {
    const double v = p[c] / 255.0;
    l += weight[c] * (v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
  }
  return l;
}

int Pixels(int argc, char** argv) {
  int w = 0, h = 0, channels = 0;
  unsigned char* rgb = stbi_load(argv[2], &w, &h, &channels, 3);
  if (!rgb) {
    std::fprintf(stderr, "%s: not a readable PNG\n", argv[2]);
    return 1;
  }
  int status = 0;
  for (int i = 3; i + 1 < argc; i += 2) {
    const int x = std::atoi(argv[i]), y = std::atoi(argv[i + 1]);
    if (x < 0 || y < 0 || x >= w || y >= h) {
      std::fprintf(stderr, "(%d,%d) is outside the %dx%d picture\n", x, y, w, h);
      status = 1;
      continue;
    }
    const unsigned char* p = rgb + 3 * (static_cast<long>(y) * w + x);
    std::printf("%d %d %d\n", p[0], p[1], p[2]);
  }
  stbi_image_free(rgb);
  return status;
}

int Ink(char** argv) {
  int w = 0, h = 0, channels = 0;
  unsigned char* rgb = stbi_load(argv[2], &w, &h, &channels, 3);
  if (!rgb) {
    std::fprintf(stderr, "%s: not a readable PNG\n", argv[2]);
    return 1;
  }
  const int x0 = std::max(0, std::atoi(argv[3])), y0 = std::max(0, std::atoi(argv[4]));
  const int x1 = std::min(w, std::atoi(argv[5])), y1 = std::min(h, std::atoi(argv[6]));
  long ink = 0, all = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x, ++all)
      ink += Luminance(rgb + 3 * (static_cast<long>(y) * w + x)) < 0.1;
  std::printf("ink %ld of %ld\n", ink, all);
  stbi_image_free(rgb);
  return all > 0 ? 0 : 1;
}

int Capital(char** argv) {
  int w = 0, h = 0, channels = 0;
  unsigned char* rgb = stbi_load(argv[2], &w, &h, &channels, 3);
  if (!rgb) {
    std::fprintf(stderr, "%s: not a readable PNG\n", argv[2]);
    return 1;
  }
  double v[8];
  for (int i = 0; i < 8; ++i) v[i] = std::atof(argv[3 + i]);
  const auto at = [&](int x, int y) {
    return rgb + 3 * (static_cast<long>(std::clamp(y, 0, h - 1)) * w + std::clamp(x, 0, w - 1));
  };
  // The label's whole px: those it covers at least in part.
  const int x0 = static_cast<int>(std::floor(v[4])), y0 = static_cast<int>(std::floor(v[5]));
  const int x1 = static_cast<int>(std::ceil(v[6])), y1 = static_cast<int>(std::ceil(v[7]));
  const int mid = static_cast<int>((v[5] + v[7]) / 2);
  const unsigned char* left = at(static_cast<int>((v[0] + v[4]) / 2), mid);
  const unsigned char* right = at(static_cast<int>((v[2] + v[6]) / 2), mid);
  int status = 0;
  for (int c = 0; c < 3; ++c)
    if (std::abs(left[c] - right[c]) > 8) {
      std::fprintf(stderr, "the chip's fill differs left (%d %d %d) and right (%d %d %d)\n",
                   left[0], left[1], left[2], right[0], right[1], right[2]);
      status = 1;
      break;
    }
  const unsigned char* bg = left;
  const unsigned char* ink = bg;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      if (Luminance(at(x, y)) < Luminance(ink)) ink = at(x, y);
  // How far from the background to the ink a pixel is, along the line between them.
  double span = 0.0;
  for (int c = 0; c < 3; ++c) span += (ink[c] - bg[c]) * (ink[c] - bg[c]);
  const auto is_ink = [&](int x, int y) {
    if (span == 0.0) return false;
    const unsigned char* p = at(x, y);
    double t = 0.0;
    for (int c = 0; c < 3; ++c) t += (p[c] - bg[c]) * (ink[c] - bg[c]);
    return t / span >= 0.5;
  };
  int top = y1, bottom = y0 - 1, first = -1, last = -1;
  for (int x = x0; x < x1; ++x) {
    bool any = false;
    for (int y = y0; y < y1; ++y)
      if (is_ink(x, y)) {
        any = true;
        top = std::min(top, y);
        bottom = std::max(bottom, y);
      }
    if (any && first < 0) first = x;
    if (!any && first >= 0) {
      last = x;
      break;
    }
  }
  const double lb = Luminance(bg), li = Luminance(ink);
  const double contrast = (std::max(lb, li) + 0.05) / (std::min(lb, li) + 0.05);
  if (first < 0 || last < 0) {
    std::fprintf(stderr, "no glyph with a column free of ink after it in the label's rect\n");
    status = 1;
  }
  std::printf("capital %d width %d ink %d %d %d background %d %d %d contrast %.2f\n",
              std::max(0, bottom - top + 1), std::max(0, last - first), ink[0], ink[1], ink[2],
              bg[0], bg[1], bg[2], contrast);
  stbi_image_free(rgb);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 5 && argc % 2 == 1 && std::string(argv[1]) == "--pixels") return Pixels(argc, argv);
  if (argc == 11 && std::string(argv[1]) == "--capital") return Capital(argv);
  if (argc == 7 && std::string(argv[1]) == "--ink") return Ink(argv);
  if (argc != 5 && argc != 7) {
    std::fprintf(stderr,
                 "usage: check_png FILE.png WIDTH HEIGHT MODEL.json [EMPTY.png CHIPS]\n"
                 "       check_png --pixels FILE.png X Y [X Y...]\n"
                 "       check_png --capital FILE.png CX0 CY0 CX1 CY1 LX0 LY0 LX1 LY1\n"
                 "       check_png --ink FILE.png X0 Y0 X1 Y1\n");
    return 2;
  }
  const pps::Loaded<pps::Model> model = pps::LoadModel(argv[4]);
  if (!model) {
    std::fprintf(stderr, "%s\n", model.error.c_str());
    return 2;
  }
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels = stbi_load(argv[1], &w, &h, &channels, 3);
  if (!pixels) {
    std::fprintf(stderr, "%s: not a readable PNG\n", argv[1]);
    return 1;
  }
  int failures = 0;
  if (w != std::atoi(argv[2]) || h != std::atoi(argv[3])) {
    std::fprintf(stderr, "size %dx%d, expected %sx%s\n", w, h, argv[2], argv[3]);
    ++failures;
  }
  std::set<unsigned> distinct;
  for (int i = 0; i < w * h; ++i)
    distinct.insert(pixels[3 * i] << 16 | pixels[3 * i + 1] << 8 | pixels[3 * i + 2]);
  if (distinct.size() < 50) {
    std::fprintf(stderr, "only %zu distinct colours: the window looks blank\n", distinct.size());
    ++failures;
  }
  for (pps::PpsType type : pps::kAllTypes) {
    const unsigned rgb = model.value->Of(type).color;
    long count = 0;
    for (int i = 0; i < w * h; ++i)
      count += static_cast<unsigned>(pixels[3 * i] << 16 | pixels[3 * i + 1] << 8 |
                                     pixels[3 * i + 2]) == rgb;
    const double fraction = static_cast<double>(count) / (w * h);
    std::printf("%-13s #%06X covers %5.1f%%\n", std::string(pps::TypeId(type)).c_str(), rgb,
                100.0 * fraction);
    if (fraction < 0.03) {
      std::fprintf(stderr, "quadrant colour #%06X covers only %.2f%%\n", rgb, 100.0 * fraction);
      ++failures;
    }
  }
  if (argc == 7) {
    // A chip is at least about 80 x 30 px of pure white inside its border.
    constexpr long kWhitePerChip = 2400;
    const long white = WhitePixels(pixels, w * h);
    int ew = 0, eh = 0;
    unsigned char* empty = stbi_load(argv[5], &ew, &eh, &channels, 3);
    if (!empty) {
      std::fprintf(stderr, "%s: not a readable PNG\n", argv[5]);
      return 1;
    }
    const long white_empty = WhitePixels(empty, ew * eh);
    stbi_image_free(empty);
    const long chips = std::atol(argv[6]);
    std::printf("white: %ld px, on the empty board %ld px\n", white, white_empty);
    if (white - white_empty < chips * kWhitePerChip) {
      std::fprintf(stderr, "too little white for %ld chips: were the tokens drawn?\n", chips);
      ++failures;
    }
  }
  stbi_image_free(pixels);
  return failures == 0 ? 0 : 1;
}
