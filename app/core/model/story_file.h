// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The story line file format (pps-canvas/story), documented in data/README.md.

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/io/loaded.h"
#include "core/model/library.h"
#include "core/model/story.h"

namespace pps {

inline constexpr int kStoryVersion = 1;

// Validates a parsed story document: its fields, a start case among `cases`, added activities in
// `library`, and every step applied in turn to the board before it (a token named must be on it).
Story StoryFromJson(const nlohmann::json& root, const std::vector<Activity>& library,
                    const std::vector<Sketch>& cases);

// Loads and validates a story file; on error the message names the file and the place.
Loaded<Story> LoadStory(const std::string& path, const std::vector<Activity>& library,
                        const std::vector<Sketch>& cases);

// The story as a document that StoryFromJson reads back unchanged: its start a case by id when
// it has one, else its tokens; each added token whole.
nlohmann::json StoryToJson(const Story& story);

// Writes the story to `path` atomically, as a file this app reads back.
Error SaveStory(const Story& story, const std::string& path);

}  // namespace pps
