// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A change of the board shown as it happens: a story line's step glides its tokens from where
// they were to where the step puts them, and the zwaartepunt, the type and its trail follow
// frame by frame, so a room sees the zwaartepunt cross an axis. The board itself holds the
// step's end at once (saved, undone as one step); a tween is only what is shown on the way.

#include <vector>

#include "core/model/sketch.h"

namespace pps {

inline constexpr double kDefaultTweenSeconds = 0.8;
inline constexpr double kMinTweenSeconds = 0.2, kMaxTweenSeconds = 3.0;

// Eased progress for `t` in [0, 1] (clamped): slow out, fast through the middle, slow in.
double Ease(double t);

// The board part way (`t` eased, 0 to 1) from `from` to `to`.
struct Tweened {
  // The tokens of `to` in its order, each at its place part way from where `from` has it; a
  // token only `to` has stands at its own place. The weights are `to`'s: what the chips show.
  std::vector<Token> shown;
  // The tokens only `from` has, fading out where they were: `alpha` 1 to 0.
  std::vector<Token> leaving;
  double alpha = 1.0;
  // What the classification weighs: `shown`, each weighing part way from its weight in `from`
  // (a token only `to` has from nothing), and `leaving`, weighing less and less.
  std::vector<Token> weighed;
  // For each of `shown`, its place in `from`, or -1.
  std::vector<int> was;
  std::size_t from_count = 0;  // the tokens `from` had
  bool made = false;           // by a call of Tween
};

// `out` part way from `from` to `to` at `t`. Given the `out` of an earlier call with the same
// `from` and `to` (the same tokens, not only as many), only the places and weights change: a
// frame of a glide allocates nothing.
void Tween(const std::vector<Token>& from, const std::vector<Token>& to, double t, Tweened& out);

// The same, made afresh.
Tweened Tween(const std::vector<Token>& from, const std::vector<Token>& to, double t);

}  // namespace pps
