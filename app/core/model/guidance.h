// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What each type asks of a partnership (data/guidance.json), in Dutch and English.

#include <array>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/io/loaded.h"
#include "core/io/text.h"
#include "core/model/pps_type.h"

namespace pps {

// Version 2 replaced version 1's flat "success_factors" with grouped "preconditions"; version 3
// groups the "pitfalls" the same way, under the publication's numbered "valkuilen" headings.
inline constexpr int kGuidanceVersion = 3;

// One numbered heading of the publication, with its points: a group of "randvoorwaarden en
// succesfactoren" (preconditions) or of "valkuilen" (pitfalls).
struct HeadedGroup {
  std::string heading;
  std::vector<std::string> items;
};
using PreconditionGroup = HeadedGroup;
using PitfallGroup = HeadedGroup;

struct GuidanceText {
  std::string tagline;  // one line: who leads, what learning aims at
  std::string summary;  // a short paragraph
  std::vector<std::string> propositions;
  std::vector<PreconditionGroup> preconditions;  // in the publication's order
  std::vector<PitfallGroup> pitfalls;            // in the publication's order
};

struct TypeGuidance {
  std::array<GuidanceText, 2> text;   // indexed by Language
  std::vector<std::string> examples;  // case study ids

  const GuidanceText& In(Language language) const { return text[static_cast<int>(language)]; }
};

struct Guidance {
  std::array<TypeGuidance, kTypeCount> types;  // indexed by PpsType

  const TypeGuidance& Of(PpsType type) const { return types[Index(type)]; }
};

// Validates a parsed guidance document: every type, both languages, no empty section, every
// group of preconditions and of pitfalls with a heading and at least one item.
Guidance GuidanceFromJson(const nlohmann::json& root);

// Loads and validates data/guidance.json.
Loaded<Guidance> LoadGuidance(const std::string& path);

}  // namespace pps
