// SPDX-License-Identifier: EUPL-1.2
#include "core/model/strings.h"

#include <string_view>

#include "core/io/json_read.h"

namespace pps {

using nlohmann::json;

namespace {

constexpr std::array<std::string_view, kStrCount> kKeys = {
#define PPS_STRING_KEY(name, key) key,
    PPS_STRINGS(PPS_STRING_KEY)
#undef PPS_STRING_KEY
};

}  // namespace

Strings::Strings() {
  for (int i = 0; i < kStrCount; ++i) text[i].nl = std::string(kKeys[i]);
}

Strings StringsFromJson(const json& root) {
  RequireFormat(root, "pps-canvas/strings", kStringsVersion);
  const json& all = RequireMember(root, "", "strings", json::value_t::object);
  Strings strings;
  for (int i = 0; i < kStrCount; ++i) {
    const std::string key(kKeys[i]);
    const json& entry = RequireMember(all, "/strings", key.c_str(), json::value_t::object);
    strings.text[i].nl = RequireString(entry, "/strings/" + key, "nl");
    strings.text[i].en = RequireString(entry, "/strings/" + key, "en");
  }
  for (const auto& [key, value] : all.items()) {
    bool known = false;
    for (std::string_view k : kKeys) known = known || k == key;
    if (!known)
      throw JsonError{"/strings/" + Cut(key, kMaxQuoteBytes), "unknown string key " + Quote(key)};
  }
  return strings;
}

Loaded<Strings> LoadStrings(const std::string& path) {
  return LoadJsonFile<Strings>(path, StringsFromJson);
}

}  // namespace pps
