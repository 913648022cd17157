// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What reading a file produced, a value or an error that says what and where, and the limits on
// what is read. Without JSON: the headers of the model and the UI include this one, and only the
// files that read or write JSON include core/io/json_read.h.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pps {

// The one error convention of the app: an operation that makes a value returns Loaded<T> (the
// value, or the error); one that makes nothing returns Error. Both are [[nodiscard]]: an error
// is never dropped unread. An error says what is wrong and where (a file, a JSON pointer).

// What a load produced: a value, or a message saying what is wrong and where.
template <class T>
struct [[nodiscard]] Loaded {
  std::optional<T> value;
  std::string error;  // "FILE: /json/pointer: what is wrong"; empty when value is set

  explicit operator bool() const { return value.has_value(); }
};

// What an operation that makes nothing reports: nothing when it worked, else what went wrong.
class [[nodiscard]] Error {
 public:
  Error() = default;
  Error(std::string what) : what_(std::move(what)) {}  // NOLINT: `return message;` reads well
  Error(const char* what) : what_(what) {}             // NOLINT
  explicit operator bool() const { return !what_.empty(); }  // true: it failed
  bool empty() const { return what_.empty(); }               // true: it worked
  const std::string& what() const { return what_; }

 private:
  std::string what_;
};

// Limits on what is read. Each has an error that names it.
inline constexpr std::size_t kMaxFileBytes = 16u << 20;  // a file larger is not read at all
inline constexpr int kMaxDepth = 64;                      // arrays and objects nested deeper
inline constexpr std::size_t kMaxTextBytes = 4000;        // any text: a description, a bullet
inline constexpr std::size_t kMaxLabelBytes = 200;        // an id, a label, a name
inline constexpr std::size_t kMaxQuoteBytes = 60;         // a value quoted in an error
inline constexpr std::size_t kMaxErrorBytes = 600;        // a whole error message

// "16.5 MB": a size as people read it, in MiB to a tenth, rounded up.
std::string Megabytes(std::size_t bytes);

// `text` cut to at most `max` bytes (at a UTF-8 character boundary), with "…" when cut.
std::string Cut(std::string_view text, std::size_t max);

// A text for an error message: quoted, and cut to kMaxQuoteBytes.
std::string Quote(std::string_view text);
inline std::string Quote(const std::string& text) { return Quote(std::string_view(text)); }

}  // namespace pps
