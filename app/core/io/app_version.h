// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The app's version, whose one source is CMakeLists.txt's project(): what --version, the report
// and the sidebar's About line show. In core/io, the lowest layer, so that every layer can say it.

namespace pps {

// "0.1.0": the version the app was built as.
const char* AppVersion();

}  // namespace pps
