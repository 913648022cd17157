// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The app's version (CMakeLists.txt's project() is its one source) and the versions of the data
// files it reads: what --version prints, and what a bug report should quote.

#include <string>

#include "core/io/app_version.h"

namespace pps {

// "pps-canvas 0.1.0", then a line naming the data folder `data_dir` with the version of each data
// file in it (model, guidance, library, strings), or why one could not be read.
std::string VersionText(const std::string& data_dir);

}  // namespace pps
