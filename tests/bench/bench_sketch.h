// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The sketches the benchmark works on: activities from the library at reproducible
// pseudo-random places, the same for the headless frames and the real window.

#include "core/model/content.h"
#include "core/model/sketch.h"

namespace pps::bench {

// `count` activities from the library, cycled, at pseudo-random places on the board (board
// units within ±0.95), with ids t0, t1, ...
Sketch GeneratedSketch(const Content& content, int count);

}  // namespace pps::bench
