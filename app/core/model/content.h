// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Everything the app knows from data/: the model, the guidance, the case studies, the activity
// library. Loaded once at start; a broken file is reported and the rest still loads.

#include <string>
#include <vector>

#include "core/model/classify.h"
#include "core/model/guidance.h"
#include "core/model/library.h"
#include "core/model/model.h"
#include "core/model/sketch.h"
#include "core/model/story.h"
#include "core/model/strings.h"

namespace pps {

struct Content {
  Model model = DefaultModel();
  Guidance guidance;                         // empty texts when guidance.json failed to load
  std::vector<Sketch> cases;                 // in file-name order: keys 1-9 open them
  std::vector<Classification> case_classes;  // of each case as published, for NearestCase
  std::vector<Activity> library;
  std::vector<Story> stories;  // story lines, in file-name order
  Strings strings;
  std::vector<std::string> errors;  // one message per file that failed, naming file and place
};

// Loads model.json, guidance.json, library.json, cases/*.json and stories/*.json (a data folder
// without stories/ has none) from `data_dir`.
Content LoadContent(const std::string& data_dir);

// The story line with `id`, or nullptr.
const Story* FindStory(const Content& content, std::string_view id);

// The case with `id`, or nullptr.
const Sketch* FindCase(const Content& content, std::string_view id);

// The case most like `sketch`, leaving out the case with the sketch's own id; or nullptr.
const Sketch* NearestCase(const Content& content, const Sketch& sketch, const Classification& c);

// Where the data lives: $PPS_CANVAS_DATA, the install beside the executable, or the source tree
// the binary was built from. Empty when none has a model.json.
std::string FindDataDir(const std::string& executable_path);

}  // namespace pps
