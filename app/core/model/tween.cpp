// SPDX-License-Identifier: EUPL-1.2
#include "core/model/tween.h"

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

void Tween(const std::vector<Token>& from, const std::vector<Token>& to, double t, Tweened& out) {
  t = std::clamp(t, 0.0, 1.0);
  if (!out.made || out.was.size() != to.size() || out.from_count != from.size() || to.empty()) {
    out = Tweened{};
    out.made = true;
    out.from_count = from.size();
    out.shown = to;
    out.was.reserve(to.size());
    for (const Token& end : to) {
      const auto it = std::find_if(from.begin(), from.end(),
                                   [&](const Token& was) { return was.id == end.id; });
      out.was.push_back(it == from.end() ? -1 : static_cast<int>(it - from.begin()));
    }
    for (const Token& was : from)
      if (!Find(to, was.id)) out.leaving.push_back(was);
    out.weighed = out.shown;
    out.weighed.insert(out.weighed.end(), out.leaving.begin(), out.leaving.end());
  }
  out.alpha = 1.0 - t;
  for (std::size_t i = 0; i < to.size(); ++i) {
    const Token& end = to[i];
    Token& now = out.shown[i];
    Token& weighed = out.weighed[i];
    weighed.weight = end.weight * t;  // from nothing
    now.position = end.position;
    if (out.was[i] >= 0) {
      const Token& was = from[static_cast<std::size_t>(out.was[i])];
      now.position = {Lerp(was.position.formal, end.position.formal, t),
                      Lerp(was.position.outside, end.position.outside, t)};
      weighed.weight = Lerp(was.weight, end.weight, t);
    }
    weighed.position = now.position;
  }
  for (std::size_t i = 0; i < out.leaving.size(); ++i)
    out.weighed[to.size() + i].weight = out.leaving[i].weight * (1.0 - t);
}

Tweened Tween(const std::vector<Token>& from, const std::vector<Token>& to, double t) {
  Tweened out;
  Tween(from, to, t, out);
  return out;
}

}  // namespace pps
