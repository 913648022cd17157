// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The sketch file format (pps-canvas/sketch), shared by the case studies and users' own
// sketches. Documented in data/README.md.

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/io/atomic_file.h"
#include "core/io/loaded.h"
#include "core/model/sketch.h"

namespace pps {

inline constexpr int kSketchVersion = 1;
inline constexpr std::size_t kMaxNoteBytes = 500;  // a token's note: a remark, not an essay

// Validates a parsed sketch document: fields, types, ranges, unique token ids.
Sketch SketchFromJson(const nlohmann::json& root);

// Loads and validates a sketch file; on error the message names the file and the place.
Loaded<Sketch> LoadSketch(const std::string& path);

// The sketch as a document that SketchFromJson reads back unchanged.
nlohmann::json SketchToJson(const Sketch& sketch);

// Reads one token object (also used for the activity library).
Token TokenFromJson(const nlohmann::json& object, const std::string& where);

// The token as an object that TokenFromJson reads back unchanged.
nlohmann::json TokenToJson(const Token& token);

// Puts `text` into a document: its Dutch as `object[key]`, its English as `en[key]` (for the
// object's "i18n": {"en": ...}), each only when there is one.
void PutText(nlohmann::json& object, nlohmann::json& en, const char* key, const LocalText& text);

// Writes the sketch atomically: a crash mid-save leaves the old file whole. Returns what went
// wrong, if anything.
Error SaveSketch(const Sketch& sketch, const std::string& path);

// `doc` as the text of a file this app reads back: indented for people, compact when indented it
// would be over kMaxFileBytes; an error naming `path` when even compact it would be.
Loaded<std::string> ReadableText(const std::string& path, const nlohmann::json& doc);

// Writes `doc` atomically as a file this app reads back: indented for people, compact when
// indented it would be over kMaxFileBytes, and not at all (an error; the file at `path` keeps
// what it had) when even compact it would be. Returns an error message, empty on success;
// `written` as for WriteFileAtomically().
Error WriteReadable(const std::string& path, const nlohmann::json& doc,
                    FileStamp* written = nullptr);

}  // namespace pps
