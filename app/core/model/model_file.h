// SPDX-License-Identifier: EUPL-1.2
#pragma once
// data/model.json: the axes, the quadrant of each type, the screen layout and the margin.

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/io/loaded.h"
#include "core/model/model.h"

namespace pps {

inline constexpr int kModelVersion = 1;

// Loads and validates a model file; on error the message names the file and the place.
Loaded<Model> LoadModel(const std::string& path);

// Validates an already parsed model document (used by LoadModel and by tests).
Model ModelFromJson(const nlohmann::json& root);

}  // namespace pps
