// SPDX-License-Identifier: EUPL-1.2
// Checks a screenshot of the app: its size, that it is not blank, that each quadrant's colour
// from the model covers a real part of it, and, given a screenshot of the empty board, that
// the tokens' white chips were drawn: at least CHIPS chips' worth of white more than on it.
// Usage: check_png FILE.png WIDTH HEIGHT MODEL.json [EMPTY.png CHIPS]

#include <stb/stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/model/model_file.h"

namespace {

long WhitePixels(const unsigned char* rgb, int count) {
  long n = 0;
  for (int i = 0; i < count; ++i)
    n += rgb[3 * i] == 255 && rgb[3 * i + 1] == 255 && rgb[3 * i + 2] == 255;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5 && argc != 7) {
    std::fprintf(stderr, "usage: check_png FILE.png WIDTH HEIGHT MODEL.json [EMPTY.png CHIPS]\n");
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
