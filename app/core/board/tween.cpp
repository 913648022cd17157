// SPDX-License-Identifier: EUPL-1.2
#include "core/board/tween.h"

#include <algorithm>

namespace pps {

namespace {

double Lerp(double a, double b, double t) {
  return a + (b - a) * t;
}

const Token* Find(const std::vector<Token>& tokens, const std::string& id) {
  const auto it =
      std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.id == id; });
  return it == tokens.end() ? nullptr : &*it;
}

}  // namespace

double Ease(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t < 0.5 ? 4.0 * t * t * t : 1.0 - 4.0 * (1.0 - t) * (1.0 - t) * (1.0 - t);
}

Tweened Tween(const std::vector<Token>& from, const std::vector<Token>& to, double t) {
  t = std::clamp(t, 0.0, 1.0);
  Tweened out;
  out.alpha = 1.0 - t;
  out.shown.reserve(to.size());
  out.weighed.reserve(to.size() + from.size());
  for (const Token& end : to) {
    Token now = end;
    double weight = end.weight * t;  // from nothing
    if (const Token* was = Find(from, end.id)) {
      now.position = {Lerp(was->position.formal, end.position.formal, t),
                      Lerp(was->position.outside, end.position.outside, t)};
      weight = Lerp(was->weight, end.weight, t);
    }
    out.shown.push_back(now);
    out.weighed.push_back(now);
    out.weighed.back().weight = weight;
  }
  for (const Token& was : from) {
    if (Find(to, was.id)) continue;
    out.leaving.push_back(was);
    out.weighed.push_back(was);
    out.weighed.back().weight = was.weight * (1.0 - t);
  }
  return out;
}

}  // namespace pps
