// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Base64 (RFC 4648, standard alphabet, padded): how a report embeds the board's PNG in HTML.

#include <string>
#include <string_view>

namespace pps {

// `bytes` as base64 text, with '=' padding and no line breaks (a data: URI wants one line).
std::string Base64(std::string_view bytes);

}  // namespace pps
