// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "cli/output.h"

#include "text/utf8.h"

namespace duiding::cli {

void WriteJson(JsonWriter& json, const User& user) {
  json.BeginObject().Field("guid", user.guid).Field("name", user.name).Field("created", user.createdAt).EndObject();
}

void WriteJson(JsonWriter& json, const Document& doc) {
  json.BeginObject()
      .Field("guid", doc.guid)
      .Field("name", doc.name)
      .Field("length", static_cast<std::int64_t>(doc.length))
      .Field("sha256", doc.contentHash)
      .Field("source", doc.sourcePath)
      .Field("created", doc.createdAt)
      .EndObject();
}

void WriteJson(JsonWriter& json, const Code& code, const std::string& path) {
  json.BeginObject()
      .Field("guid", code.guid)
      .Field("name", code.name)
      .Field("path", path)
      .Field("color", code.color)
      .Field("description", code.description)
      .Field("name_en", code.nameEn)
      .Field("inclusion", code.inclusion)
      .Field("exclusion", code.exclusion)
      .Field("memo", code.memo)
      .Key("codable")
      .Bool(code.isCodable);
  if (!code.deletedAt.empty()) json.Field("deleted", code.deletedAt);
  json.Key("examples").BeginArray();
  for (const CodeExample& e : code.examples) {
    json.BeginObject().Field("kind", e.kind == CodeExample::Kind::Borderline ? "borderline" : "typical");
    json.Field("text", e.text);
    if (!e.codingGuid.empty()) json.Field("coding", e.codingGuid);
    json.EndObject();
  }
  json.EndArray().EndObject();
}

std::string OneLine(std::string_view quote, std::size_t max) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < quote.size();) {
    if (max && count == max) return out + "…";
    const std::size_t from = pos;
    const char32_t cp = text::DecodeNext(quote, pos);
    ++count;
    if (cp == '\n') out += " ¶ ";
    else if (cp == '\t') out += ' ';
    else out.append(quote.substr(from, pos - from));
  }
  return out;
}

std::string Counted(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace duiding::cli
