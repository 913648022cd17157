// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading validated JSON at the boundary. Every error names the file, the place (a JSON
// pointer, or line:column for syntax) and what is wrong. Only core uses nlohmann/json.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/io/loaded.h"
#include "core/io/text.h"

namespace pps {

// A JSON value for an error message, never long: a number or literal as written, an object or
// array by its kind and size, a string quoted and cut.
std::string Quote(const nlohmann::json& value);

// Thrown inside a loader, caught at its boundary and turned into Loaded::error.
struct JsonError {
  std::string where;  // JSON pointer or "line L, column C"
  std::string what;
};

// Parses `text`; a syntax error says the line and column, nesting beyond kMaxDepth is an error.
nlohmann::json ParseJsonText(std::string_view text);

// Reads and parses a file; a missing file, anything but a regular file (a folder, a FIFO, a
// device), a file over kMaxFileBytes, or a syntax error is a JsonError.
nlohmann::json ReadJsonFile(const std::string& path);

// Checks the file's "format" tag and that its "version" is one this build reads.
void RequireFormat(const nlohmann::json& root, std::string_view format, int max_version);

// The object member `key` of `object` (at pointer `where`), with its type checked.
const nlohmann::json& RequireMember(const nlohmann::json& object, const std::string& where,
                                    const char* key, nlohmann::json::value_t type);
// A non-empty string of at most `max_bytes`.
std::string RequireString(const nlohmann::json& object, const std::string& where, const char* key,
                          std::size_t max_bytes = kMaxTextBytes);
double RequireNumber(const nlohmann::json& object, const std::string& where, const char* key);
// A position coordinate: a finite number in [-1, 1].
double RequireCoordinate(const nlohmann::json& object, const std::string& where, const char* key);
std::string OptionalString(const nlohmann::json& object, const std::string& where, const char* key,
                           std::size_t max_bytes = kMaxTextBytes);

// Reads "key" (Dutch) and "i18n"/"en"/"key" (English) into one LocalText.
LocalText ReadLocalText(const nlohmann::json& object, const std::string& where, const char* key,
                        bool required, std::size_t max_bytes = kMaxTextBytes);

// A list member `key`: an array of at most `max_items` items.
const nlohmann::json& RequireArray(const nlohmann::json& object, const std::string& where,
                                   const char* key, std::size_t max_items);

// Runs `load` on the parsed file and turns any error into a message naming the file.
template <class T, class Fn>
Loaded<T> LoadJsonFile(const std::string& path, Fn load) {
  Loaded<T> result;
  try {
    result.value = load(ReadJsonFile(path));
  } catch (const JsonError& e) {
    result.error = Cut(Cut(path, 300) + ": " + e.where + ": " + e.what, kMaxErrorBytes);
  }
  return result;
}

}  // namespace pps
