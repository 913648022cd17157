// SPDX-License-Identifier: EUPL-1.2
#include "core/model/sketch_file.h"

#include <cmath>
#include <set>

#include "core/io/atomic_file.h"
#include "core/io/json_read.h"

namespace pps {

using nlohmann::json;

Token TokenFromJson(const json& t, const std::string& where) {
  if (!t.is_object()) throw JsonError{where, "must be an object, got " + Quote(t)};
  Token token;
  token.id = RequireString(t, where, "id", kMaxLabelBytes);
  token.label = ReadLocalText(t, where, "label", true, kMaxLabelBytes);
  token.position = {RequireCoordinate(t, where, "formal"), RequireCoordinate(t, where, "outside")};
  if (t.contains("weight")) {
    token.weight = RequireNumber(t, where, "weight");
    if (!std::isfinite(token.weight) || token.weight <= 0.0 || token.weight > 100.0)
      throw JsonError{where + "/weight", "must be a number in (0, 100], got " + Quote(t["weight"])};
  }
  token.description = ReadLocalText(t, where, "description", false);
  token.why = ReadLocalText(t, where, "why", false);
  token.note = OptionalString(t, where, "note", kMaxNoteBytes);
  return token;
}

Sketch SketchFromJson(const json& root) {
  RequireFormat(root, "pps-canvas/sketch", kSketchVersion);
  Sketch sketch;
  sketch.id = OptionalString(root, "", "id", kMaxLabelBytes);
  sketch.name = ReadLocalText(root, "", "name", false, kMaxLabelBytes);
  sketch.short_name = ReadLocalText(root, "", "short_name", false, kMaxLabelBytes);
  sketch.description = ReadLocalText(root, "", "description", false);
  if (root.contains("published_type")) {
    const std::string id = RequireString(root, "", "published_type", kMaxLabelBytes);
    sketch.published_type = ParseTypeId(id);
    if (!sketch.published_type)
      throw JsonError{"/published_type", "unknown type " + Quote(id) +
                                             " (expected ontwikkelaar, opleider, katalysator "
                                             "or ondernemer)"};
  }
  const json& tokens = RequireArray(root, "", "tokens", kMaxTokens);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string where = "/tokens/" + std::to_string(i);
    Token token = TokenFromJson(tokens[i], where);
    if (!ids.insert(token.id).second)
      throw JsonError{where + "/id", "duplicate token id " + Quote(token.id)};
    sketch.tokens.push_back(std::move(token));
  }
  return sketch;
}

Loaded<Sketch> LoadSketch(const std::string& path) {
  return LoadJsonFile<Sketch>(path, SketchFromJson);
}

namespace {}  // namespace

void PutText(json& object, json& en, const char* key, const LocalText& text) {
  if (!text.nl.empty()) object[key] = text.nl;
  if (!text.en.empty()) en[key] = text.en;
}

json TokenToJson(const Token& t) {
  json token = {{"id", t.id},
                {"label", t.label.nl},
                {"formal", t.position.formal},
                {"outside", t.position.outside},
                {"weight", t.weight}};
  json token_en = json::object();
  if (!t.label.en.empty()) token_en["label"] = t.label.en;
  PutText(token, token_en, "description", t.description);
  PutText(token, token_en, "why", t.why);
  if (!t.note.empty()) token["note"] = t.note;
  if (!token_en.empty()) token["i18n"] = {{"en", token_en}};
  return token;
}

json SketchToJson(const Sketch& sketch) {
  json root = {{"format", "pps-canvas/sketch"}, {"version", kSketchVersion}};
  json en = json::object();
  if (!sketch.id.empty()) root["id"] = sketch.id;
  PutText(root, en, "name", sketch.name);
  PutText(root, en, "short_name", sketch.short_name);
  if (sketch.published_type) root["published_type"] = std::string(TypeId(*sketch.published_type));
  PutText(root, en, "description", sketch.description);
  if (!en.empty()) root["i18n"] = {{"en", en}};
  json tokens = json::array();
  for (const Token& t : sketch.tokens) tokens.push_back(TokenToJson(t));
  root["tokens"] = std::move(tokens);
  return root;
}

Error SaveSketch(const Sketch& sketch, const std::string& path) {
  return WriteReadable(path, SketchToJson(sketch));
}

Loaded<std::string> ReadableText(const std::string& path, const json& doc) {
  // Text that is not UTF-8 is written with replacement characters rather than not at all.
  const auto text = [&](int indent) {
    return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
  };
  std::string contents = text(2);
  if (contents.size() > kMaxFileBytes) contents = text(-1);
  if (contents.size() <= kMaxFileBytes) return {std::move(contents), {}};
  return {std::nullopt, path + ": not saved: written out it would be " +
                            Megabytes(contents.size()) + ", and files over " +
                            Megabytes(kMaxFileBytes) +
                            " are not read back; the file keeps what it had"};
}

Error WriteReadable(const std::string& path, const json& doc, FileStamp* written) {
  const Loaded<std::string> contents = ReadableText(path, doc);
  if (!contents) return contents.error;
  return WriteFileAtomically(path, *contents.value, written);
}

}  // namespace pps
