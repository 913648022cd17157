// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Base64 (RFC 4648): how a report embeds the board's PNG in HTML (standard alphabet, padded), and
// how a link carries a sketch (the URL-safe alphabet, unpadded).

#include <optional>
#include <string>
#include <string_view>

namespace pps {

// `bytes` as base64 text, with '=' padding and no line breaks (a data: URI wants one line).
std::string Base64(std::string_view bytes);

// `bytes` in the URL-safe alphabet ('-' and '_'), without padding: safe in a link's fragment.
std::string Base64Url(std::string_view bytes);

// The bytes of `text` in either alphabet, padded or not; nullopt for any other character or a
// length no base64 text has.
std::optional<std::string> FromBase64(std::string_view text);

}  // namespace pps
