// SPDX-License-Identifier: EUPL-1.2
#include "alloc_count.h"

#include <imgui.h>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::uint64_t> g_allocations{0};

void* Allocate(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}

void* ImGuiAlloc(std::size_t size, void*) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size);
}

void ImGuiFree(void* p, void*) {
  std::free(p);
}

}  // namespace

void* operator new(std::size_t size) {
  return Allocate(size);
}
void* operator new[](std::size_t size) {
  return Allocate(size);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}

namespace pps::bench {

std::uint64_t AllocationCount() {
  return g_allocations.load(std::memory_order_relaxed);
}

void CountImGuiAllocations() {
  ImGui::SetAllocatorFunctions(ImGuiAlloc, ImGuiFree);
}

}  // namespace pps::bench
