// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Counts heap allocations: every operator new in the process and every ImGui allocation (which
// goes through malloc, not new). Linked into the benchmark only.

#include <cstdint>

namespace pps::bench {

// Allocations since the process started.
std::uint64_t AllocationCount();

// Routes ImGui's allocator through the counter. Call before ImGui::CreateContext().
void CountImGuiAllocations();

}  // namespace pps::bench
