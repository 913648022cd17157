// SPDX-License-Identifier: EUPL-1.2
#include "core/model/library.h"

#include <set>

#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace pps {

using nlohmann::json;

std::vector<Activity> LibraryFromJson(const json& root) {
  RequireFormat(root, "pps-canvas/library", kLibraryVersion);
  const json& list = RequireArray(root, "", "activities", kMaxTokens);
  std::vector<Activity> activities;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "/activities/" + std::to_string(i);
    Activity activity;
    activity.token = TokenFromJson(list[i], where);
    const std::string type = RequireString(list[i], where, "type", kMaxLabelBytes);
    const auto parsed = ParseTypeId(type);
    if (!parsed) throw JsonError{where + "/type", "unknown type " + Quote(type)};
    activity.type = *parsed;
    if (!ids.insert(activity.token.id).second)
      throw JsonError{where + "/id", "duplicate id " + Quote(activity.token.id)};
    activities.push_back(std::move(activity));
  }
  return activities;
}

Loaded<std::vector<Activity>> LoadLibrary(const std::string& path) {
  return LoadJsonFile<std::vector<Activity>>(path, LibraryFromJson);
}

}  // namespace pps
