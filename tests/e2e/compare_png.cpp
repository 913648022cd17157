// SPDX-License-Identifier: EUPL-1.2
// Compares a screenshot with a reference of the same view, within a region: the mean absolute
// difference per channel (0-255), the share of pixels whose largest channel difference is more
// than 16 (a change an eye sees at once), and the share differing by more than 4 (a faint change
// over a large area, such as a band a shade darker, which the mean dilutes). Fails when any is
// above its limit, and then writes where they differ (red: more than 16, orange: more than 4, on
// a pale copy of the reference) beside the screenshot, as FILE.diff.png, for a person to see.
// Usage: compare_png REFERENCE.png SCREENSHOT.png X Y W H [MAX_MEAN MAX_PERCENT MAX_FAINT_PERCENT]

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

constexpr int kBigDifference = 16;   // per channel, out of 255: what an eye sees at once
constexpr int kFaintDifference = 4;  // a shade: seen over a large area

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7 && argc != 10) {
    std::fprintf(stderr,
                 "usage: compare_png REFERENCE.png SCREENSHOT.png X Y W H [MAX_MEAN "
                 "MAX_PERCENT MAX_FAINT_PERCENT]\n");
    return 2;
  }
  const double max_mean = argc == 10 ? std::atof(argv[7]) : 0.5;
  const double max_percent = argc == 10 ? std::atof(argv[8]) : 0.5;
  const double max_faint = argc == 10 ? std::atof(argv[9]) : 2.0;
  int rw = 0, rh = 0, sw = 0, sh = 0, channels = 0;
  unsigned char* ref = stbi_load(argv[1], &rw, &rh, &channels, 3);
  unsigned char* shot = stbi_load(argv[2], &sw, &sh, &channels, 3);
  if (!ref || !shot) {
    std::fprintf(stderr, "%s: not a readable PNG\n", ref ? argv[2] : argv[1]);
    return 1;
  }
  const int x0 = std::atoi(argv[3]), y0 = std::atoi(argv[4]);
  const int w = std::atoi(argv[5]), h = std::atoi(argv[6]);
  if (rw != sw || rh != sh || x0 < 0 || y0 < 0 || w <= 0 || h <= 0 || x0 + w > rw || y0 + h > rh) {
    std::fprintf(stderr, "sizes %dx%d and %dx%d, region %d,%d %dx%d: they do not match\n", rw, rh,
                 sw, sh, x0, y0, w, h);
    return 1;
  }
  double sum = 0.0;
  long big = 0, faint = 0;
  std::vector<unsigned char> diff(static_cast<std::size_t>(w) * h * 3);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const std::size_t i = (static_cast<std::size_t>(y0 + y) * rw + (x0 + x)) * 3;
      const std::size_t o = (static_cast<std::size_t>(y) * w + x) * 3;
      int largest = 0;
      for (int c = 0; c < 3; ++c) {
        const int d = std::abs(static_cast<int>(ref[i + c]) - static_cast<int>(shot[i + c]));
        sum += d;
        largest = std::max(largest, d);
      }
      big += largest > kBigDifference;
      faint += largest > kFaintDifference;
      const int grey = (ref[i] + ref[i + 1] + ref[i + 2]) / 3;
      const unsigned char pale = static_cast<unsigned char>(160 + grey * 95 / 255);
      diff[o] = largest > kFaintDifference ? 255 : pale;
      diff[o + 1] = largest > kBigDifference ? 0 : largest > kFaintDifference ? 150 : pale;
      diff[o + 2] = largest > kFaintDifference ? 0 : pale;
    }
  }
  const double mean = sum / (3.0 * w * h);
  const double pixels = static_cast<double>(w) * h;
  const double percent = 100.0 * static_cast<double>(big) / pixels;
  const double faint_percent = 100.0 * static_cast<double>(faint) / pixels;
  std::printf(
      "%s: mean difference %.3f per channel (max %.3f); pixels differing by more than %d: "
      "%.3f%% (max %.3f%%), by more than %d: %.3f%% (max %.3f%%)\n",
      argv[2], mean, max_mean, kBigDifference, percent, max_percent, kFaintDifference,
      faint_percent, max_faint);
  stbi_image_free(ref);
  stbi_image_free(shot);
  if (mean <= max_mean && percent <= max_percent && faint_percent <= max_faint) return 0;
  const std::string out = std::string(argv[2]) + ".diff.png";
  if (stbi_write_png(out.c_str(), w, h, 3, diff.data(), w * 3))
    std::fprintf(stderr, "it looks different: see %s\n", out.c_str());
  return 1;
}
