// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The activity library (data/library.json): typical activities of each type as ready tokens.

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/io/loaded.h"
#include "core/model/sketch.h"

namespace pps {

inline constexpr int kLibraryVersion = 1;

struct Activity {
  PpsType type = PpsType::Ontwikkelaar;  // the type whose propositions it comes from
  Token token;                           // with its default position
};

// Validates a parsed library document; ids must be unique.
std::vector<Activity> LibraryFromJson(const nlohmann::json& root);

// Loads and validates data/library.json.
Loaded<std::vector<Activity>> LoadLibrary(const std::string& path);

}  // namespace pps
