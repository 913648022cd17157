// SPDX-License-Identifier: EUPL-1.2
#include "core/io/app_version.h"

namespace pps {

const char* AppVersion() { return PPS_VERSION; }

}  // namespace pps
