// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Why a change moved the type, or did not, told from the model alone: which quadrant gained (or
// lost) weight, how far the zwaartepunt moved and across which axis, and the type that follows.
// For a story line's steps (core/model/story.h), in either language, in the words of
// data/strings.json ("because_…").

#include <string>

#include "core/model/classify.h"
#include "core/model/content.h"

namespace pps {

// A share of the weight that changed by less than this is not told (one percentage point).
inline constexpr double kBecauseShare = 0.01;
// The zwaartepunt moved less than this (board units): it stays put. Below kBecauseFar it moved a
// little, below kBecauseFar * 3 some way, beyond that far.
inline constexpr double kBecauseStill = 0.02, kBecauseFar = 0.1;

// What the change from `before` to `after` did, in `language`: "Opleider weegt zwaarder: 33 % →
// 58 % van het gewicht; het zwaartepunt schuift over de as naar formeel leren — nu Opleider".
// Empty when neither the weights nor the zwaartepunt changed.
std::string Because(const Content& content, const Classification& before,
                    const Classification& after, Language language);

}  // namespace pps
