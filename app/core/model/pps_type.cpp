// SPDX-License-Identifier: EUPL-1.2
#include "core/model/pps_type.h"

namespace pps {

namespace {
constexpr std::array<std::string_view, kTypeCount> kIds = {"ontwikkelaar", "opleider",
                                                           "katalysator", "ondernemer"};
}

std::string_view TypeId(PpsType type) { return kIds[Index(type)]; }

std::optional<PpsType> ParseTypeId(std::string_view id) {
  for (PpsType type : kAllTypes)
    if (kIds[Index(type)] == id) return type;
  return std::nullopt;
}

}  // namespace pps
