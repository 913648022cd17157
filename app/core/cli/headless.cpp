// SPDX-License-Identifier: EUPL-1.2
#include "core/cli/headless.h"

#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "core/board/board.h"
#include "core/io/json_read.h"
#include "core/model/aim.h"
#include "core/model/sketch_file.h"

namespace pps {

using nlohmann::json;

namespace {

json TypeOrNull(std::optional<PpsType> type) {
  return type ? json(std::string(TypeId(*type))) : json(nullptr);
}

json Round(double v) {
  return std::round(v * 10000.0) / 10000.0;
}

const char* StabilityId(Stability s) {
  return s == Stability::Firm ? "firm" : s == Stability::Moderate ? "moderate" : "fragile";
}

json ClassificationJson(const Model& m, const Classification& c, const Sketch* nearest) {
  json shares = json::object();
  for (PpsType t : kAllTypes) shares[std::string(TypeId(t))] = Round(c.shares[Index(t)]);
  json neighbours = json::array();
  for (int i = 0; i < c.neighbour_count; ++i)
    neighbours.push_back(std::string(TypeId(c.neighbours[i])));
  return {{"type", TypeOrNull(c.type)},
          {"zwaartepunt", {Round(c.zwaartepunt.formal), Round(c.zwaartepunt.outside)}},
          {"grensgeval", c.grensgeval},
          {"neighbours", neighbours},
          {"shares", shares},
          {"spread", Round(c.spread)},
          {"axis_distance", Round(c.axis_distance)},
          {"stability", c.type ? json(StabilityId(StabilityOf(m, c))) : json(nullptr)},
          {"quadrants_in_use", QuadrantsInUse(m, c)},
          {"spread_wide", c.type ? json(SpreadWide(m, c)) : json(nullptr)},
          {"tokens", c.token_count},
          {"nearest_case", nearest ? json(nearest->id) : json(nullptr)}};
}

std::string TypeText(std::optional<PpsType> type) {
  return type ? std::string(TypeId(*type)) : std::string("(none: empty board)");
}

int ListCases(const Options& options, const Content& content, std::ostream& out) {
  json list = json::array();
  for (const Sketch& s : content.cases) {
    const Classification c = Classify(content.model, s.tokens);
    list.push_back({{"id", s.id},
                    {"name", s.name.In(options.language)},
                    {"published_type", TypeOrNull(s.published_type)},
                    {"computed_type", TypeOrNull(c.type)},
                    {"zwaartepunt", {Round(c.zwaartepunt.formal), Round(c.zwaartepunt.outside)}},
                    {"tokens", c.token_count}});
    if (!options.json)
      out << std::left << std::setw(34) << s.id << std::setw(14) << TypeText(c.type) << " ("
          << std::fixed << std::setprecision(2) << c.zwaartepunt.formal << ", "
          << c.zwaartepunt.outside << ")  " << c.token_count << " tokens\n";
  }
  if (options.json) out << list.dump(2) << "\n";
  return 0;
}

const char* AimStatusId(AimStatus s) {
  switch (s) {
    case AimStatus::Reached:
      return "reached";
    case AimStatus::OneChange:
      return "one_change";
    case AimStatus::TwoChanges:
      return "two_changes";
    case AimStatus::MoreChanges:
      return "more_changes";
    case AimStatus::OutOfReach:
      return "out_of_reach";
  }
  return "out_of_reach";
}

json PointJson(BoardPoint p) {
  return {Round(p.formal), Round(p.outside)};
}

json OutcomeJson(const Model& m, const Classification& c) {
  return {{"type", TypeOrNull(c.type)},
          {"zwaartepunt", PointJson(c.zwaartepunt)},
          {"grensgeval", c.grensgeval},
          {"axis_distance", Round(c.axis_distance)},
          {"stability", c.type ? json(StabilityId(StabilityOf(m, c))) : json(nullptr)}};
}

std::string Place(BoardPoint p) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(3) << "(" << p.formal << ", " << p.outside << ")";
  return s.str();
}

std::string Outcome(const Model& m, const Classification& c) {
  std::ostringstream s;
  s << TypeText(c.type) << (c.grensgeval ? " (grensgeval)" : "") << ", zwaartepunt "
    << Place(c.zwaartepunt);
  if (c.type)
    s << ", " << std::fixed << std::setprecision(3) << c.axis_distance << " from the nearest axis ("
      << StabilityId(StabilityOf(m, c)) << ")";
  return s.str();
}

// --aim TYPE with --classify: the plan, and what classifying its result on a copy gives.
int AimOne(const Options& options, const Content& content, const Sketch& sketch,
           std::ostream& out) {
  const Model& m = content.model;
  const PpsType target = *options.aim;
  const AimPlan plan = Aim(m, sketch.tokens, content.library, target);
  const Classification before = Classify(m, sketch.tokens);
  const Classification after = Classify(m, TokensAfterAim(plan, sketch.tokens, content.library));
  json changes = json::array();
  std::ostringstream lines;
  for (const AimChange& c : plan.changes) {
    if (c.kind == AimChangeKind::Add) {
      const Activity& a = content.library[c.activity];
      const std::string& label = a.token.label.In(options.language);
      changes.push_back({{"kind", "add"},
                         {"activity", a.token.id},
                         {"label", label},
                         {"type", std::string(TypeId(a.type))},
                         {"at", PointJson(c.to)}});
      lines << "  add \"" << label << "\" [" << a.token.id << ", " << TypeId(a.type) << "] at "
            << Place(c.to) << "\n";
    } else {
      const Token* t = FindToken(sketch, c.token_id);
      const std::string label = t ? t->label.In(options.language) : c.token_id;
      const double distance =
          std::hypot(c.to.formal - c.from.formal, c.to.outside - c.from.outside);
      changes.push_back({{"kind", "move"},
                         {"token", c.token_id},
                         {"label", label},
                         {"from", PointJson(c.from)},
                         {"to", PointJson(c.to)},
                         {"distance", Round(distance)}});
      lines << "  move \"" << label << "\" [" << c.token_id << "] from " << Place(c.from) << " to "
            << Place(c.to) << "\n";
    }
  }
  const bool has_plan = plan.status != AimStatus::OutOfReach;
  if (options.json) {
    const json result = {{"target", std::string(TypeId(target))},
                         {"stable_margin", Round(StableMargin(m))},
                         {"status", AimStatusId(plan.status)},
                         {"one_change_enough",
                          plan.status == AimStatus::Reached || plan.status == AimStatus::OneChange},
                         {"changes", changes},
                         {"before", OutcomeJson(m, before)},
                         {"after", has_plan ? OutcomeJson(m, after) : json(nullptr)}};
    out << result.dump(2) << "\n";
    return 0;
  }
  out << "now:   " << Outcome(m, before) << "\naim:   " << TypeId(target) << ", further than "
      << std::fixed << std::setprecision(2) << StableMargin(m)
      << " from both axes (not a grensgeval, not fragile)\nplan:  ";
  switch (plan.status) {
    case AimStatus::Reached:
      out << "none needed: it is " << TypeId(target) << " already\n";
      break;
    case AimStatus::OneChange:
      out << "one change\n";
      break;
    case AimStatus::TwoChanges:
      out << "cannot be done in one change; two changes:\n";
      break;
    case AimStatus::MoreChanges:
      out << "cannot be done in one or two changes; " << plan.changes.size() << " changes:\n";
      break;
    case AimStatus::OutOfReach:
      out << "out of reach: no change on this board makes it " << TypeId(target) << "\n";
      break;
  }
  out << lines.str();
  if (!plan.changes.empty()) out << "after: " << Outcome(m, after) << "\n";
  return 0;
}

int ClassifyOne(const Options& options, const Content& content, std::ostream& out,
                std::ostream& err) {
  const Loaded<Sketch> sketch = ResolveSketch(content, options.classify);
  if (!sketch) {
    err << "pps-canvas: --classify: " << sketch.error << "\n";
    return 1;
  }
  if (options.aim) return AimOne(options, content, *sketch.value, out);
  const Classification c = Classify(content.model, sketch.value->tokens);
  const Sketch* nearest = NearestCase(content, *sketch.value, c);
  const json result = ClassificationJson(content.model, c, nearest);
  if (options.json) {
    out << result.dump(2) << "\n";
    return 0;
  }
  out << "type:        " << TypeText(c.type) << (c.grensgeval ? " (grensgeval)" : "") << "\n"
      << std::fixed << std::setprecision(3) << "zwaartepunt: formal " << c.zwaartepunt.formal
      << ", outside " << c.zwaartepunt.outside << "\nspread:      " << c.spread
      << "\naxis:        " << c.axis_distance << " away";
  if (c.type) out << " (" << StabilityId(StabilityOf(content.model, c)) << ")";
  out << "\n";
  for (PpsType t : kAllTypes)
    out << "share " << std::left << std::setw(13) << TypeId(t) << std::setprecision(0)
        << 100.0 * c.shares[Index(t)] << "%\n";
  out << "nearest:     " << (nearest ? nearest->id : "-") << "\n";
  return 0;
}

}  // namespace

Loaded<Sketch> ResolveSketch(const Content& content, const std::string& file_or_case) {
  if (const Sketch* c = FindCase(content, file_or_case)) return {*c, {}};
  return LoadSketch(file_or_case);
}

int RunHeadless(const Options& options, const Content& content, std::ostream& out,
                std::ostream& err) {
  if (options.list_cases) return ListCases(options, content, out);
  return ClassifyOne(options, content, out, err);
}

}  // namespace pps
