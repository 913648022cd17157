// SPDX-License-Identifier: EUPL-1.2
#include "core/io/json_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

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

// Closes a file descriptor when it goes out of scope.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) close(fd);
  }
};

struct TooDeep {};

}  // namespace

std::string Cut(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "\xE2\x80\xA6";
}

std::string Quote(std::string_view text) {
  return "\"" + Cut(text, kMaxQuoteBytes) + "\"";
}

std::string Quote(const json& value) {
  switch (value.type()) {
    case json::value_t::string: return Quote(value.get_ref<const std::string&>());
    case json::value_t::object: return "an object of " + std::to_string(value.size()) + " members";
    case json::value_t::array: return "an array of " + std::to_string(value.size()) + " items";
    default: return Cut(value.dump(), kMaxQuoteBytes);
  }
}

json ParseJsonText(std::string_view text) {
  try {
    // Nesting is bounded, so that nothing that walks a document recursively can run out of stack.
    return json::parse(text.begin(), text.end(), [](int depth, json::parse_event_t, json&) {
      if (depth > kMaxDepth) throw TooDeep{};
      return true;
    });
  } catch (const TooDeep&) {
    throw JsonError{"(document)", "nested more than " + std::to_string(kMaxDepth) +
                                      " levels deep; no file of PPS Canvas needs that many"};
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
                    "not valid JSON (" + Cut(what, 2 * kMaxQuoteBytes) + ")"};
  } catch (const json::out_of_range& e) {
    throw JsonError{"(document)", "a number is out of range: " + Cut(e.what(), 2 * kMaxQuoteBytes)};
  } catch (const json::exception& e) {
    throw JsonError{"(document)", "cannot be read: " + Cut(e.what(), 2 * kMaxQuoteBytes)};
  }
}

std::string Megabytes(std::size_t bytes) {
  // To a tenth, rounded up: a file just over the limit never reads as the limit itself.
  char size[32];
  std::snprintf(size, sizeof size, "%.1f MB",
                std::ceil(static_cast<double>(bytes) * 10.0 / (1 << 20)) / 10);
  return size;
}

json ReadJsonFile(const std::string& path) {
  // Opened without blocking, so that a FIFO cannot hang the app before it is seen not to be a
  // file; its kind and size are checked before a byte is read.
  const Fd file{open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) throw JsonError{"(file)", std::string("cannot be opened: ") + std::strerror(errno)};
  struct stat info {};
  if (fstat(file.fd, &info) != 0 || !S_ISREG(info.st_mode))
    throw JsonError{"(file)", "is not a regular file"};
  const auto too_big = [](std::size_t bytes) {
    return JsonError{"(file)", "is " + Megabytes(bytes) + "; files over " +
                                   std::to_string(kMaxFileBytes >> 20) + " MB are not read"};
  };
  if (static_cast<std::size_t>(info.st_size) > kMaxFileBytes)
    throw too_big(static_cast<std::size_t>(info.st_size));
  std::string text(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t have = 0;
  for (;;) {
    if (have == text.size()) text.resize(std::min(kMaxFileBytes + 1, text.size() + 4096));
    const ssize_t n = read(file.fd, text.data() + have, text.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw JsonError{"(file)", std::string("cannot be read: ") + std::strerror(errno)};
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
    if (have > kMaxFileBytes) throw too_big(have);  // it grew while being read
  }
  text.resize(have);
  return ParseJsonText(text);
}

void RequireFormat(const json& root, std::string_view format, int max_version) {
  if (!root.is_object()) throw JsonError{"/", "must be a JSON object"};
  const std::string found = RequireString(root, "", "format");
  if (found != format)
    throw JsonError{"/format", "expected \"" + std::string(format) + "\", got " + Quote(found)};
  const double version = RequireNumber(root, "", "version");
  if (version != std::floor(version) || version < 1 || version > max_version)
    throw JsonError{"/version", "version " + Quote(root["version"]) +
                                    " is not supported (this build reads up to " +
                                    std::to_string(max_version) + ")"};
}

const json& RequireMember(const json& object, const std::string& where, const char* key,
                          json::value_t type) {
  const auto it = object.find(key);
  const std::string at = where + "/" + key;
  if (it == object.end()) throw JsonError{where.empty() ? "/" : where, std::string("missing \"") + key + "\""};
  const bool ok = IsNumber(type) ? IsNumber(it->type()) : it->type() == type;
  if (!ok) throw JsonError{at, std::string("must be ") + TypeName(type) + ", got " + Quote(*it)};
  return *it;
}

namespace {

// The string `value` at `where`, if it is no longer than `max_bytes`.
std::string Bounded(const json& value, const std::string& where, std::size_t max_bytes) {
  const std::string& s = value.get_ref<const std::string&>();
  if (s.size() > max_bytes)
    throw JsonError{where, "is " + std::to_string(s.size()) + " bytes long; at most " +
                               std::to_string(max_bytes) + " are allowed here"};
  return s;
}

}  // namespace

std::string RequireString(const json& object, const std::string& where, const char* key,
                          std::size_t max_bytes) {
  const std::string at = where + "/" + key;
  std::string s = Bounded(RequireMember(object, where, key, json::value_t::string), at, max_bytes);
  if (s.empty()) throw JsonError{at, "must not be empty"};
  return s;
}

double RequireNumber(const json& object, const std::string& where, const char* key) {
  return RequireMember(object, where, key, json::value_t::number_float).get<double>();
}

double RequireCoordinate(const json& object, const std::string& where, const char* key) {
  const double v = RequireNumber(object, where, key);
  if (!std::isfinite(v) || v < -1.0 || v > 1.0)
    throw JsonError{where + "/" + key, "must be a number within [-1, 1], got " + Quote(object[key])};
  return v;
}

std::string OptionalString(const json& object, const std::string& where, const char* key,
                           std::size_t max_bytes) {
  if (!object.contains(key)) return {};
  return Bounded(RequireMember(object, where, key, json::value_t::string), where + "/" + key,
                 max_bytes);
}

LocalText ReadLocalText(const json& object, const std::string& where, const char* key,
                        bool required, std::size_t max_bytes) {
  LocalText text;
  text.nl = required ? RequireString(object, where, key, max_bytes)
                     : OptionalString(object, where, key, max_bytes);
  if (object.contains("i18n")) {
    const json& i18n = RequireMember(object, where, "i18n", json::value_t::object);
    if (i18n.contains("en")) {
      const json& en = RequireMember(i18n, where + "/i18n", "en", json::value_t::object);
      text.en = OptionalString(en, where + "/i18n/en", key, max_bytes);
    }
  }
  return text;
}

const json& RequireArray(const json& object, const std::string& where, const char* key,
                         std::size_t max_items) {
  const json& array = RequireMember(object, where, key, json::value_t::array);
  if (array.size() > max_items)
    throw JsonError{where + "/" + key, "has " + std::to_string(array.size()) + " items; at most " +
                                           std::to_string(max_items) + " are allowed"};
  return array;
}

}  // namespace pps
