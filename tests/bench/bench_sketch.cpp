// SPDX-License-Identifier: EUPL-1.2
#include "bench_sketch.h"

#include <string>

namespace pps::bench {

Sketch GeneratedSketch(const Content& content, int count) {
  Sketch sketch;
  sketch.name.nl = "Benchmark";
  std::uint32_t seed = 20261128u;
  const auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<double>(seed >> 8) / static_cast<double>(1u << 24) * 1.9 - 0.95;
  };
  sketch.tokens.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    Token t = content.library[static_cast<std::size_t>(i) % content.library.size()].token;
    t.id = "t" + std::to_string(i);
    t.position = {next(), next()};
    sketch.tokens.push_back(std::move(t));
  }
  return sketch;
}

}  // namespace pps::bench
