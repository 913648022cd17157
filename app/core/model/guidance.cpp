// SPDX-License-Identifier: EUPL-1.2
#include "core/model/guidance.h"

#include "core/io/json_read.h"

namespace pps {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxBullets = 100;  // per list: a sidebar, not a book
constexpr std::size_t kMaxGroups = 20;    // numbered headings of preconditions or pitfalls

std::vector<std::string> ReadBullets(const json& object, const std::string& where,
                                     const char* key) {
  const json& list = RequireArray(object, where, key, kMaxBullets);
  if (list.empty()) throw JsonError{where + "/" + key, "must list at least one item"};
  std::vector<std::string> bullets;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = where + "/" + key + "/" + std::to_string(i);
    if (!list[i].is_string() || list[i].get<std::string>().empty())
      throw JsonError{at, "must be a non-empty string"};
    if (list[i].get<std::string>().size() > kMaxTextBytes)
      throw JsonError{at, "is longer than " + std::to_string(kMaxTextBytes) + " bytes"};
    bullets.push_back(list[i].get<std::string>());
  }
  return bullets;
}

// A list of numbered headings with their points: "preconditions" or "pitfalls".
std::vector<HeadedGroup> ReadGroups(const json& object, const std::string& where,
                                    const char* key) {
  const json& list = RequireArray(object, where, key, kMaxGroups);
  if (list.empty()) throw JsonError{where + "/" + key, "must list at least one group"};
  std::vector<HeadedGroup> groups;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = where + "/" + key + "/" + std::to_string(i);
    if (!list[i].is_object())
      throw JsonError{at,
                      "must be an object with \"heading\" and \"items\", got " + Quote(list[i])};
    groups.push_back(
        {RequireString(list[i], at, "heading", kMaxLabelBytes), ReadBullets(list[i], at, "items")});
  }
  return groups;
}

GuidanceText ReadText(const json& type, const std::string& where, const char* language) {
  const json& t = RequireMember(type, where, language, json::value_t::object);
  const std::string at = where + "/" + language;
  return {RequireString(t, at, "tagline"), RequireString(t, at, "summary"),
          ReadBullets(t, at, "propositions"), ReadGroups(t, at, "preconditions"),
          ReadGroups(t, at, "pitfalls")};
}

}  // namespace

Guidance GuidanceFromJson(const json& root) {
  RequireFormat(root, "pps-canvas/guidance", kGuidanceVersion);
  if (root["version"] == 1)
    throw JsonError{"/version",
                    "version 1 has a flat \"success_factors\" list; this build reads "
                    "version 3, with \"preconditions\" and \"pitfalls\" grouped under "
                    "headings (see data/README.md)"};
  if (root["version"] == 2)
    throw JsonError{"/version",
                    "version 2 has a flat \"pitfalls\" list; this build reads version 3, "
                    "with \"pitfalls\" grouped under headings like \"preconditions\" "
                    "(see data/README.md)"};
  const json& types = RequireMember(root, "", "types", json::value_t::object);
  for (const auto& [key, value] : types.items())
    if (!ParseTypeId(key))
      throw JsonError{"/types/" + Cut(key, kMaxQuoteBytes), "unknown type " + Quote(key)};
  Guidance guidance;
  for (PpsType type : kAllTypes) {
    const std::string id(TypeId(type));
    const std::string where = "/types/" + id;
    const json& t = RequireMember(types, "/types", id.c_str(), json::value_t::object);
    TypeGuidance& g = guidance.types[Index(type)];
    g.text[static_cast<int>(Language::Dutch)] = ReadText(t, where, "nl");
    g.text[static_cast<int>(Language::English)] = ReadText(t, where, "en");
    g.examples = ReadBullets(t, where, "examples");
  }
  return guidance;
}

Loaded<Guidance> LoadGuidance(const std::string& path) {
  return LoadJsonFile<Guidance>(path, GuidanceFromJson);
}

}  // namespace pps
