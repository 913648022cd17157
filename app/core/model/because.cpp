// SPDX-License-Identifier: EUPL-1.2
#include "core/model/because.h"

#include <cmath>
#include <initializer_list>
#include <utility>

namespace pps {

namespace {

// An axis's end as a sentence has it: "Formeel leren" as "formeel leren".
std::string InSentence(std::string end) {
  if (!end.empty() && end[0] >= 'A' && end[0] <= 'Z')
    end[0] = static_cast<char>(end[0] - 'A' + 'a');
  return end;
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100.0)));
}

struct Words {
  const Content& content;
  Language language;
  std::string S(Str s) const { return content.strings.Get(s, language); }
  std::string Type(PpsType t) const { return content.model.Of(t).name.In(language); }
  // The end of `axis` on side `sign` (-1, +1).
  std::string End(Axis axis, int sign) const {
    const AxisInfo& a = content.model.AxisOf(axis);
    return InSentence((sign > 0 ? a.positive_end : a.negative_end).In(language));
  }
};

// The quadrant that gained most of the weight, told as heavier; when none gained, the one that
// lost most, told as lighter.
std::string Weights(const Words& w, const Classification& before, const Classification& after) {
  int most = -1;
  double change = 0.0;
  for (int i = 0; i < kTypeCount; ++i) {
    const auto k = static_cast<std::size_t>(i);
    const double d = after.shares[k] - before.shares[k];
    const bool gains = d >= kBecauseShare, loses = d <= -kBecauseShare;
    if ((gains && (change <= 0.0 || d > change)) || (loses && change <= 0.0 && d < change))
      most = i, change = d;
  }
  if (most < 0) return {};
  const auto i = static_cast<std::size_t>(most);
  return Fill(w.S(change > 0.0 ? Str::BecauseHeavier : Str::BecauseLighter),
              {{"type", w.Type(kAllTypes[i])},
               {"from", Percent(before.shares[i])},
               {"to", Percent(after.shares[i])}});
}

// How the zwaartepunt moved: across an axis, or toward an end, or not at all.
std::string Movement(const Words& w, const Classification& before, const Classification& after) {
  const BoardPoint a = before.zwaartepunt, b = after.zwaartepunt;
  const double df = b.formal - a.formal, dout = b.outside - a.outside;
  const bool cross_formal = SideOf(a.formal) != SideOf(b.formal);
  const bool cross_outside = SideOf(a.outside) != SideOf(b.outside);
  const std::string to_formal = w.End(Axis::Formal, SideOf(b.formal));
  const std::string to_outside = w.End(Axis::Outside, SideOf(b.outside));
  if (cross_formal && cross_outside)
    return Fill(w.S(Str::BecauseCrossesBoth), {{"end", to_formal}, {"end2", to_outside}});
  if (cross_formal || cross_outside)
    return Fill(w.S(Str::BecauseCrosses), {{"end", cross_formal ? to_formal : to_outside}});
  const double distance = std::hypot(df, dout);
  if (distance < kBecauseStill) return w.S(Str::BecauseStill);
  const std::string end = std::fabs(df) >= std::fabs(dout)
                              ? w.End(Axis::Formal, df > 0.0 ? 1 : -1)
                              : w.End(Axis::Outside, dout > 0.0 ? 1 : -1);
  const Str s = distance < kBecauseFar       ? Str::BecauseMovesLittle
                : distance < 3 * kBecauseFar ? Str::BecauseMoves
                                             : Str::BecauseMovesFar;
  return Fill(w.S(s), {{"end", end}});
}

// The type that follows: a new one, the same, on a border; or an empty board.
std::string Outcome(const Words& w, const Classification& before, const Classification& after) {
  if (!after.type) return w.S(Str::BecauseEmpty);
  std::string outcome = Fill(w.S(after.type == before.type ? Str::BecauseStays : Str::BecauseNow),
                             {{"type", w.Type(*after.type)}});
  if (after.neighbour_count == 1)
    outcome += " (" + Fill(w.S(Str::BecauseBorder), {{"type", w.Type(after.neighbours[0])}}) + ")";
  else if (after.neighbour_count > 1) outcome += " (" + w.S(Str::BecauseCentre) + ")";
  return outcome;
}

}  // namespace

std::string Because(const Content& content, const Classification& before,
                    const Classification& after, Language language) {
  const Words w{content, language};
  const std::string weights = Weights(w, before, after);
  const bool moved = before.type.has_value() != after.type.has_value() ||
                     before.zwaartepunt.formal != after.zwaartepunt.formal ||
                     before.zwaartepunt.outside != after.zwaartepunt.outside;
  if (weights.empty() && !moved) return {};
  std::string text = weights;
  if (before.type && after.type) text += (text.empty() ? "" : "; ") + Movement(w, before, after);
  text += (text.empty() ? "" : " \u2014 ") + Outcome(w, before, after);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

}  // namespace pps
