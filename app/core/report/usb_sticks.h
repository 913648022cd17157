// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The USB sticks plugged into the machine, as a desktop mounts them (udisks: a folder per stick
// in /media/$USER or /run/media/$USER), for a report to go home on one.

#include <string>
#include <vector>

#include "core/io/loaded.h"

namespace pps {

// The sticks mounted now: each folder in `roots`, or, with none given, in $PPS_MEDIA_ROOT (tests)
// else /media/$USER and /run/media/$USER. Sorted by name.
std::vector<std::string> MountedSticks(std::vector<std::string> roots = {});

// Copies the files `from` into the folder "PPS Canvas" on the stick at `stick` (made if need be),
// each written whole, flushed to the stick and its folder flushed too (WriteFileAtomically): once
// it returns without an error, the stick can be pulled out. Returns an error naming the file,
// empty on success.
Error CopyToStick(const std::vector<std::string>& from, const std::string& stick);

}  // namespace pps
