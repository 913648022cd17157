// SPDX-License-Identifier: EUPL-1.2
#include "core/model/share_link.h"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/io/base64.h"
#include "core/io/json_read.h"
#include "core/model/sketch_file.h"

namespace pps {

namespace {

constexpr std::string_view kMark = "#sketch=";

// zlib at its best: the link is as short as it can be, and a QR code as coarse.
std::string Pack(const std::string& bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()),
                Z_BEST_COMPRESSION) != Z_OK)
    return {};
  out.resize(size);
  return out;
}

// Unpacks at most kMaxFileBytes, as a sketch file is read; false for anything else.
bool Unpack(const std::string& packed, std::string& out) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  char buffer[16384];
  int result = Z_OK;
  while (result == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    result = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > kMaxFileBytes) result = Z_MEM_ERROR;
  }
  inflateEnd(&z);
  return result == Z_STREAM_END;
}

}  // namespace

std::string ShareLink(const Sketch& sketch, std::string_view base) {
  nlohmann::json doc = SketchToJson(sketch);
  for (nlohmann::json& token : doc["tokens"]) {
    token.erase("description");
    token.erase("why");
    if (token.contains("i18n")) {
      nlohmann::json& en = token["i18n"]["en"];
      en.erase("description");
      en.erase("why");
      if (en.empty()) token.erase("i18n");
    }
  }
  return std::string(base) + std::string(kMark) + Base64Url(Pack(doc.dump()));
}

bool IsShareLink(std::string_view text) {
  return text.find(kMark) != std::string_view::npos;
}

std::string ShareLinkIn(const std::string& arg) {
  if (IsShareLink(arg)) return arg;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(arg, ec) || std::filesystem::file_size(arg, ec) > 65536)
    return {};
  std::ifstream in(arg, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return IsShareLink(text) ? text : std::string();
}

Loaded<Sketch> SketchFromLink(std::string_view text) {
  Loaded<Sketch> result;
  const std::size_t at = text.find(kMark);
  std::string_view data = at == std::string_view::npos ? text : text.substr(at + kMark.size());
  while (!data.empty() && (data.back() == '\n' || data.back() == '\r' || data.back() == ' '))
    data.remove_suffix(1);
  const std::optional<std::string> packed = FromBase64(data);
  std::string json;
  if (!packed || packed->empty()) {
    result.error = "the link holds no sketch: not base64url after #sketch=";
  } else if ((*packed)[0] == '{') {  // a sketch file's JSON as it is
    json = *packed;
  } else if (!Unpack(*packed, json)) {
    result.error = "the link holds no sketch: its data does not unpack (zlib)";
  }
  if (!result.error.empty()) return result;
  try {
    result.value = SketchFromJson(ParseJsonText(json));
  } catch (const JsonError& e) {
    result.error = Cut("the link: " + e.where + ": " + e.what, kMaxErrorBytes);
  }
  return result;
}

}  // namespace pps
