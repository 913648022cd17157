// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Small helpers shared by the core tests.

#include <filesystem>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/model/sketch.h"

namespace pps::test {

inline Token At(double formal, double outside, double weight = 1.0) {
  Token t;
  t.id = "t" + std::to_string(formal) + "_" + std::to_string(outside);
  t.label.nl = "token";
  t.position = {formal, outside};
  t.weight = weight;
  return t;
}

// This test process's own temporary folder.
std::filesystem::path TempDir();

// Writes `text` to a fresh file under TempDir() and returns its path.
std::string WriteTemp(const std::string& name, const std::string& text);

}  // namespace pps::test
