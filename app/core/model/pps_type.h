// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The four PPS types of the model and their stable ids (used in files and on the command line).

#include <array>
#include <optional>
#include <string_view>

namespace pps {

// Numbered as in the publication: 1 Ontwikkelaar, 2 Opleider, 3 Katalysator, 4 Ondernemer.
enum class PpsType { Ontwikkelaar = 0, Opleider = 1, Katalysator = 2, Ondernemer = 3 };

inline constexpr int kTypeCount = 4;
inline constexpr std::array<PpsType, kTypeCount> kAllTypes = {
    PpsType::Ontwikkelaar, PpsType::Opleider, PpsType::Katalysator, PpsType::Ondernemer};

inline constexpr int Index(PpsType type) { return static_cast<int>(type); }

// The id used in files and JSON output: "ontwikkelaar", "opleider", "katalysator", "ondernemer".
std::string_view TypeId(PpsType type);

// The type for an id, or nothing when the id is unknown.
std::optional<PpsType> ParseTypeId(std::string_view id);

}  // namespace pps
