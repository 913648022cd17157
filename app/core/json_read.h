#pragma once
// Reading validated JSON at the boundary. Every error names the file, the place (a JSON
// pointer, or line:column for syntax) and what is wrong. Only core uses nlohmann/json.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"

namespace pps {

// What a load produced: a value, or a message saying what is wrong and where.
template <class T>
struct Loaded {
  std::optional<T> value;
  std::string error;  // "FILE: /json/pointer: what is wrong"; empty when value is set

  explicit operator bool() const { return value.has_value(); }
};

// Thrown inside a loader, caught at its boundary and turned into Loaded::error.
struct JsonError {
  std::string where;  // JSON pointer or "line L, column C"
  std::string what;
};

// Parses `text`; a syntax error says the line and column.
nlohmann::json ParseJsonText(std::string_view text);

// Reads and parses a file; a missing file or a syntax error is a JsonError.
nlohmann::json ReadJsonFile(const std::string& path);

// Checks the file's "format" tag and that its "version" is one this build reads.
void RequireFormat(const nlohmann::json& root, std::string_view format, int max_version);

// The object member `key` of `object` (at pointer `where`), with its type checked.
const nlohmann::json& RequireMember(const nlohmann::json& object, const std::string& where,
                                    const char* key, nlohmann::json::value_t type);
std::string RequireString(const nlohmann::json& object, const std::string& where, const char* key);
double RequireNumber(const nlohmann::json& object, const std::string& where, const char* key);
// A position coordinate: a finite number in [-1, 1].
double RequireCoordinate(const nlohmann::json& object, const std::string& where, const char* key);
std::string OptionalString(const nlohmann::json& object, const std::string& where, const char* key);

// Reads "key" (Dutch) and "i18n"/"en"/"key" (English) into one LocalText.
LocalText ReadLocalText(const nlohmann::json& object, const std::string& where, const char* key,
                        bool required);

// Runs `load` on the parsed file and turns any error into a message naming the file.
template <class T, class Fn>
Loaded<T> LoadJsonFile(const std::string& path, Fn load) {
  Loaded<T> result;
  try {
    result.value = load(ReadJsonFile(path));
  } catch (const JsonError& e) {
    result.error = path + ": " + e.where + ": " + e.what;
  }
  return result;
}

}  // namespace pps
