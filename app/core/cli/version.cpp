// SPDX-License-Identifier: EUPL-1.2
#include "core/cli/version.h"

#include <nlohmann/json.hpp>

#include "core/io/json_read.h"

namespace pps {

std::string VersionText(const std::string& data_dir) {
  std::string text = std::string("pps-canvas ") + AppVersion() + "\n";
  if (data_dir.empty()) return text + "data: not found (pass --data DIR)\n";
  text += "data: " + data_dir;
  const char* sep = " (";
  for (const char* name : {"model", "guidance", "library", "strings"}) {
    std::string version = "?";
    try {
      const nlohmann::json doc = ReadJsonFile(data_dir + "/" + name + ".json");
      const auto v = doc.find("version");
      if (v != doc.end() && v->is_number_unsigned()) version = std::to_string(v->get<unsigned>());
    } catch (const JsonError&) {
      version = "unreadable";
    }
    text += sep + std::string(name) + " " + version;
    sep = ", ";
  }
  return text + ")\n";
}

}  // namespace pps
