// SPDX-License-Identifier: EUPL-1.2
#include "core/model/content.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/model/model_file.h"
#include "core/model/sketch_file.h"
#include "core/model/story_file.h"

namespace pps {

namespace fs = std::filesystem;

namespace {

template <class T>
void Take(Loaded<T> loaded, T& into, std::vector<std::string>& errors) {
  if (loaded) into = std::move(*loaded.value);
  else errors.push_back(std::move(loaded.error));
}

// The .json files in `dir`, in name order; `optional`: a folder that is not there holds none.
std::vector<std::string> JsonFiles(const std::string& dir, std::vector<std::string>& errors,
                                   bool optional = false) {
  std::vector<std::string> files;
  std::error_code ec;
  if (optional && !fs::exists(dir, ec)) return files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json") files.push_back(it->path().string());
  if (ec) errors.push_back(dir + ": cannot list the files: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Content LoadContent(const std::string& data_dir) {
  Content c;
  const fs::path dir(data_dir);
  Take(LoadModel((dir / "model.json").string()), c.model, c.errors);
  Take(LoadGuidance((dir / "guidance.json").string()), c.guidance, c.errors);
  Take(LoadLibrary((dir / "library.json").string()), c.library, c.errors);
  Take(LoadStrings((dir / "strings.json").string()), c.strings, c.errors);
  for (const std::string& file : JsonFiles((dir / "cases").string(), c.errors)) {
    Loaded<Sketch> loaded = LoadSketch(file);
    if (!loaded) {
      c.errors.push_back(std::move(loaded.error));
    } else if (loaded.value->id.empty() || !loaded.value->published_type) {
      c.errors.push_back(file + ": /: a case study needs an \"id\" and a \"published_type\"");
    } else if (FindCase(c, loaded.value->id)) {
      c.errors.push_back(file + ": /id: another case study already has id \"" + loaded.value->id +
                         "\"");
    } else {
      c.cases.push_back(std::move(*loaded.value));
    }
  }
  for (const Sketch& s : c.cases) c.case_classes.push_back(Classify(c.model, s.tokens));
  for (const std::string& file : JsonFiles((dir / "stories").string(), c.errors, true)) {
    Loaded<Story> loaded = LoadStory(file, c.library, c.cases);
    if (!loaded) c.errors.push_back(std::move(loaded.error));
    else if (FindStory(c, loaded.value->id))
      c.errors.push_back(file + ": /id: another story line already has id \"" + loaded.value->id +
                         "\"");
    else c.stories.push_back(std::move(*loaded.value));
  }
  for (PpsType type : kAllTypes)
    for (const std::string& id : c.guidance.Of(type).examples)
      if (!FindCase(c, id))
        c.errors.push_back((dir / "guidance.json").string() + ": /types/" +
                           std::string(TypeId(type)) + "/examples: no case study has id \"" + id +
                           "\"");
  return c;
}

const Story* FindStory(const Content& content, std::string_view id) {
  for (const Story& s : content.stories)
    if (s.id == id) return &s;
  return nullptr;
}

const Sketch* FindCase(const Content& content, std::string_view id) {
  for (const Sketch& s : content.cases)
    if (s.id == id) return &s;
  return nullptr;
}

const Sketch* NearestCase(const Content& content, const Sketch& sketch, const Classification& c) {
  const Sketch* best = nullptr;
  double best_distance = 0.0;
  if (!c.type) return nullptr;
  for (std::size_t i = 0; i < content.cases.size(); ++i) {
    const Sketch& reference = content.cases[i];
    if (!sketch.id.empty() && reference.id == sketch.id) continue;
    const double d = Dissimilarity(c, content.case_classes[i]);
    if (!best || d < best_distance) best = &reference, best_distance = d;
  }
  return best;
}

std::string FindDataDir(const std::string& executable_path) {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("PPS_CANVAS_DATA")) candidates.emplace_back(env);
  std::error_code ec;
  const fs::path exe = fs::weakly_canonical(fs::path(executable_path), ec);
  if (!ec && exe.has_parent_path())
    candidates.push_back(exe.parent_path() / ".." / "share" / "pps-canvas" / "data");
  candidates.emplace_back(PPS_SOURCE_DATA_DIR);
  candidates.emplace_back(PPS_INSTALL_DATA_DIR);
  for (const fs::path& dir : candidates)
    if (fs::is_regular_file(dir / "model.json", ec)) return fs::weakly_canonical(dir, ec).string();
  return {};
}

}  // namespace pps
