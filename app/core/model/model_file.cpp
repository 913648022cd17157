// SPDX-License-Identifier: EUPL-1.2
#include "core/model/model_file.h"

#include <cstdlib>

#include "core/io/json_read.h"

namespace pps {

using nlohmann::json;

namespace {

int ReadSign(const json& object, const std::string& where, const char* key) {
  const double v = RequireNumber(object, where, key);
  if (v != -1.0 && v != 1.0)
    throw JsonError{where + "/" + key, "must be -1 or 1, got " + Quote(object[key])};
  return static_cast<int>(v);
}

std::uint32_t ReadColor(const json& object, const std::string& where, const char* key) {
  const std::string s = RequireString(object, where, key);
  char* end = nullptr;
  const unsigned long rgb =
      s.size() == 7 && s[0] == '#' ? std::strtoul(s.c_str() + 1, &end, 16) : 0;
  if (s.size() != 7 || s[0] != '#' || end != s.c_str() + 7)
    throw JsonError{where + "/" + key, "must be a colour like \"#A1B2C3\", got " + Quote(s)};
  return static_cast<std::uint32_t>(rgb);
}

AxisInfo ReadAxis(const json& axes, const char* key) {
  const std::string where = std::string("/axes/") + key;
  const json& a = RequireMember(axes, "/axes", key, json::value_t::object);
  return {ReadLocalText(a, where, "name", true), ReadLocalText(a, where, "negative_end", true),
          ReadLocalText(a, where, "positive_end", true),
          ReadLocalText(a, where, "negative_explain", true),
          ReadLocalText(a, where, "positive_explain", true)};
}

bool ReadEnd(const json& layout, const char* key) {
  const std::string end = RequireString(layout, "/layout", key);
  if (end != "positive" && end != "negative")
    throw JsonError{std::string("/layout/") + key,
                    "must be \"positive\" or \"negative\", got " + Quote(end)};
  return end == "positive";
}

// The optional "reading" object; what it leaves out keeps its default.
Reading ReadReading(const json& root) {
  Reading r;
  if (!root.contains("reading")) return r;
  const json& o = RequireMember(root, "", "reading", json::value_t::object);
  const auto fraction = [&](const char* key, double& value) {
    if (!o.contains(key)) return;
    value = RequireNumber(o, "/reading", key);
    if (!(value >= 0.0 && value <= 1.0))
      throw JsonError{std::string("/reading/") + key, "must be within [0, 1]"};
  };
  fraction("firm", r.firm);
  fraction("moderate", r.moderate);
  fraction("quadrant_share", r.quadrant_share);
  if (r.moderate > r.firm) throw JsonError{"/reading", "moderate must not exceed firm"};
  if (o.contains("wide_quadrants")) {
    const double n = RequireNumber(o, "/reading", "wide_quadrants");
    if (n != 1.0 && n != 2.0 && n != 3.0 && n != 4.0)
      throw JsonError{"/reading/wide_quadrants", "must be 1, 2, 3 or 4"};
    r.wide_quadrants = static_cast<int>(n);
  }
  return r;
}

}  // namespace

Model ModelFromJson(const json& root) {
  RequireFormat(root, "pps-canvas/model", kModelVersion);
  Model m;
  m.margin = RequireNumber(root, "", "margin");
  if (!(m.margin >= 0.0 && m.margin < 1.0))
    throw JsonError{"/margin", "must be within [0, 1), got " + Quote(root["margin"])};

  m.reading = ReadReading(root);

  const json& axes = RequireMember(root, "", "axes", json::value_t::object);
  m.axes[static_cast<int>(Axis::Formal)] = ReadAxis(axes, "formal");
  m.axes[static_cast<int>(Axis::Outside)] = ReadAxis(axes, "outside");

  const json& layout = RequireMember(root, "", "layout", json::value_t::object);
  const std::string horizontal = RequireString(layout, "/layout", "horizontal");
  if (horizontal != "formal" && horizontal != "outside")
    throw JsonError{"/layout/horizontal",
                    "must be \"formal\" or \"outside\", got " + Quote(horizontal)};
  m.layout.horizontal = horizontal == "formal" ? Axis::Formal : Axis::Outside;
  m.layout.positive_right = ReadEnd(layout, "right");
  m.layout.positive_down = ReadEnd(layout, "bottom");

  const json& types = RequireMember(root, "", "types", json::value_t::object);
  bool quadrant_taken[2][2] = {};
  for (PpsType type : kAllTypes) {
    const std::string id(TypeId(type));
    const std::string where = "/types/" + id;
    const json& t = RequireMember(types, "/types", id.c_str(), json::value_t::object);
    TypeInfo& info = m.types[Index(type)];
    info.number = Index(type) + 1;
    info.name = ReadLocalText(t, where, "name", true);
    info.color = ReadColor(t, where, "color");
    info.accent = ReadColor(t, where, "accent");
    info.formal_sign = ReadSign(t, where, "formal");
    info.outside_sign = ReadSign(t, where, "outside");
    bool& taken = quadrant_taken[info.formal_sign > 0][info.outside_sign > 0];
    if (taken) throw JsonError{where, "shares its quadrant with another type"};
    taken = true;
  }
  for (const auto& [key, value] : types.items())
    if (!ParseTypeId(key))
      throw JsonError{"/types/" + Cut(key, kMaxQuoteBytes), "unknown type " + Quote(key)};
  return m;
}

Loaded<Model> LoadModel(const std::string& path) {
  return LoadJsonFile<Model>(path, ModelFromJson);
}

}  // namespace pps
