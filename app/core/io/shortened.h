// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Words cut to fit a button: at a space, or where none comes soon enough between two characters
// (never inside one), with "…" where they were cut.

#include <cstddef>
#include <string>

namespace pps {

// `words` at most `most` bytes (and the "…"): cut at the last space in the second half of them,
// else at the last character that fits whole.
std::string Shortened(std::string words, std::size_t most);

}  // namespace pps
