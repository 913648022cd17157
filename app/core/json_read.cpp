#include "core/json_read.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace pps {

using nlohmann::json;

namespace {

const char* TypeName(json::value_t type) {
  switch (type) {
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "true or false";
    case json::value_t::null: return "null";
    default: return "a number";
  }
}

bool IsNumber(json::value_t type) {
  return type == json::value_t::number_float || type == json::value_t::number_integer ||
         type == json::value_t::number_unsigned;
}

}  // namespace

json ParseJsonText(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::size_t line = 1, column = 1;
    const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') ++line, column = 1;
      else ++column;
    }
    std::string what = e.what();
    const std::size_t cut = what.find("syntax error");
    if (cut != std::string::npos) what = what.substr(cut);
    throw JsonError{"line " + std::to_string(line) + ", column " + std::to_string(column),
                    "not valid JSON (" + what + ")"};
  } catch (const json::out_of_range& e) {
    throw JsonError{"(document)", std::string("a number is out of range: ") + e.what()};
  }
}

json ReadJsonFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw JsonError{"(file)", "cannot be opened"};
  std::ostringstream text;
  text << in.rdbuf();
  return ParseJsonText(text.str());
}

void RequireFormat(const json& root, std::string_view format, int max_version) {
  if (!root.is_object()) throw JsonError{"/", "must be a JSON object"};
  const std::string found = RequireString(root, "", "format");
  if (found != format)
    throw JsonError{"/format", "expected \"" + std::string(format) + "\", got \"" + found + "\""};
  const double version = RequireNumber(root, "", "version");
  if (version != std::floor(version) || version < 1 || version > max_version)
    throw JsonError{"/version", "version " + root["version"].dump() +
                                    " is not supported (this build reads up to " +
                                    std::to_string(max_version) + ")"};
}

const json& RequireMember(const json& object, const std::string& where, const char* key,
                          json::value_t type) {
  const auto it = object.find(key);
  const std::string at = where + "/" + key;
  if (it == object.end()) throw JsonError{where.empty() ? "/" : where, std::string("missing \"") + key + "\""};
  const bool ok = IsNumber(type) ? IsNumber(it->type()) : it->type() == type;
  if (!ok) throw JsonError{at, std::string("must be ") + TypeName(type) + ", got " + it->dump()};
  return *it;
}

std::string RequireString(const json& object, const std::string& where, const char* key) {
  std::string s = RequireMember(object, where, key, json::value_t::string).get<std::string>();
  if (s.empty()) throw JsonError{where + "/" + key, "must not be empty"};
  return s;
}

double RequireNumber(const json& object, const std::string& where, const char* key) {
  return RequireMember(object, where, key, json::value_t::number_float).get<double>();
}

double RequireCoordinate(const json& object, const std::string& where, const char* key) {
  const double v = RequireNumber(object, where, key);
  if (!std::isfinite(v) || v < -1.0 || v > 1.0)
    throw JsonError{where + "/" + key, "must be a number within [-1, 1], got " + object[key].dump()};
  return v;
}

std::string OptionalString(const json& object, const std::string& where, const char* key) {
  if (!object.contains(key)) return {};
  return RequireMember(object, where, key, json::value_t::string).get<std::string>();
}

LocalText ReadLocalText(const json& object, const std::string& where, const char* key,
                        bool required) {
  LocalText text;
  text.nl = required ? RequireString(object, where, key) : OptionalString(object, where, key);
  if (object.contains("i18n")) {
    const json& i18n = RequireMember(object, where, "i18n", json::value_t::object);
    if (i18n.contains("en")) {
      const json& en = RequireMember(i18n, where + "/i18n", "en", json::value_t::object);
      text.en = OptionalString(en, where + "/i18n/en", key);
    }
  }
  return text;
}

}  // namespace pps
