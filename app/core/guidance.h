#pragma once
// What each type asks of a partnership (data/guidance.json), in Dutch and English.

#include <array>
#include <string>
#include <vector>

#include "core/json_read.h"
#include "core/pps_type.h"
#include "core/text.h"

namespace pps {

inline constexpr int kGuidanceVersion = 1;

struct GuidanceText {
  std::string tagline;  // one line: who leads, what learning aims at
  std::string summary;  // a short paragraph
  std::vector<std::string> propositions;
  std::vector<std::string> success_factors;
  std::vector<std::string> pitfalls;
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

// Validates a parsed guidance document: every type, both languages, no empty section.
Guidance GuidanceFromJson(const nlohmann::json& root);

// Loads and validates data/guidance.json.
Loaded<Guidance> LoadGuidance(const std::string& path);

}  // namespace pps
