// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <map>
#include <set>

#include "model/error.h"
#include "project/project.h"
#include "text/offset_map.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::project {
namespace {

std::string Range(std::size_t start, std::size_t end) {
  return std::to_string(start) + "-" + std::to_string(end);
}

std::vector<std::size_t> FindAll(const std::string& haystack, const std::string& needle) {
  std::vector<std::size_t> hits;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    hits.push_back(at);
  return hits;
}

std::string ListPositions(const std::vector<std::size_t>& cps) {
  std::string list;
  for (std::size_t i = 0; i < cps.size() && i < 5; ++i) list += (i ? ", " : "") + std::to_string(cps[i]);
  return cps.size() > 5 ? list + ", ..." : list;
}

// Finds an exact quote (after the same canonicalisation as imported text) in the document.
std::pair<std::size_t, std::size_t> LocateQuote(const std::string& text, const Document& doc,
                                                const std::string& rawQuote, std::optional<std::size_t> occurrence) {
  if (text::FindInvalidUtf8(rawQuote)) throw Error(ErrorKind::Input, "the quote is not valid UTF-8");
  const std::string quote = text::Canonicalize(rawQuote);
  if (quote.empty()) throw Error(ErrorKind::Input, "the quote is empty");
  const std::vector<std::size_t> hits = FindAll(text, quote);
  if (hits.empty()) throw Error(ErrorKind::NotFound, "quote not found in '" + doc.name + "'");
  const text::OffsetMap map(text);
  std::vector<std::size_t> starts;
  for (const std::size_t byte : hits) starts.push_back(map.CodePointFromByte(byte));
  const std::size_t length = text::CountCodePoints(quote);
  if (occurrence) {
    if (*occurrence < 1 || *occurrence > hits.size())
      throw Error(ErrorKind::Input, "occurrence " + std::to_string(*occurrence) + " requested, but the quote occurs " +
                                        std::to_string(hits.size()) + " time(s) in '" + doc.name + "'");
    return {starts[*occurrence - 1], starts[*occurrence - 1] + length};
  }
  if (hits.size() > 1)
    throw Error(ErrorKind::Input, "quote is ambiguous: it occurs " + std::to_string(hits.size()) + " times in '" +
                                      doc.name + "' (at " + ListPositions(starts) +
                                      "); add --occurrence N or give --start and --end");
  return {starts.front(), starts.front() + length};
}

void RequireCodable(const CodeTree& tree, const Code& code) {
  if (!code.isCodable) throw Error(ErrorKind::Input, "code '" + tree.PathOf(code.id) + "' is a category only");
}

}  // namespace

std::pair<std::size_t, std::size_t> Project::ResolveRange(const Document& doc, const CodingTarget& target) {
  if (target.quote) {
    if (target.start || target.end) throw Error(ErrorKind::Input, "give either a quote or offsets, not both");
    return LocateQuote(m_store->DocumentText(doc.id), doc, *target.quote, target.occurrence);
  }
  if (!target.start || !target.end) throw Error(ErrorKind::Input, "give --start and --end, or --quote");
  const std::size_t start = *target.start, end = *target.end;
  if (start >= end)
    throw Error(ErrorKind::Input, "offsets " + Range(start, end) + " are empty or reversed (start must be < end)");
  if (end > doc.length)
    throw Error(ErrorKind::Input, "offsets " + Range(start, end) + " are out of range: '" + doc.name + "' has " +
                                      std::to_string(doc.length) + " characters");
  return {start, end};
}

Coding Project::AddCoding(const CodingTarget& target, std::string_view memo) {
  const Document doc = ResolveDocument(target.document);
  const CodeTree tree = Codebook();
  const Code& code = tree.Resolve(target.code);
  RequireCodable(tree, code);
  const auto [start, end] = ResolveRange(doc, target);
  for (const Coding& c : m_store->Codings({code.id, doc.id, m_user.id}))
    if (c.start == start && c.end == end)
      throw Error(ErrorKind::Conflict, "'" + doc.name + "' " + Range(start, end) + " is already coded '" +
                                           tree.PathOf(code.id) + "' by " + m_user.name);
  Coding coding;
  coding.document = doc.id;
  coding.code = code.id;
  coding.coder = m_user.id;
  coding.start = start;
  coding.end = end;
  coding.memo = memo;
  auto tx = m_store->Begin("code '" + doc.name + "' " + Range(start, end) + " as '" + tree.PathOf(code.id) + "'",
                           m_user.id, ChangeKind::Do);
  coding = m_store->AddCoding(coding);
  tx.Commit();
  return coding;
}

std::vector<Coding> Project::AddCodings(std::vector<Coding> codings, std::string_view label) {
  std::map<RowId, std::size_t> lengths;
  for (const Document& d : m_store->Documents()) lengths[d.id] = d.length;
  const CodeTree tree = Codebook();
  std::set<RowId> coders;
  for (const User& u : m_store->Users()) coders.insert(u.id);
  for (const Coding& c : codings) {
    const auto length = lengths.find(c.document);
    if (length == lengths.end()) throw Error(ErrorKind::NotFound, "no document with id " + std::to_string(c.document));
    if (c.start >= c.end || c.end > length->second)
      throw Error(ErrorKind::Input, "offsets " + Range(c.start, c.end) + " are empty or out of range");
    RequireCodable(tree, tree.Get(c.code));
    if (!coders.count(c.coder)) throw Error(ErrorKind::NotFound, "no user with id " + std::to_string(c.coder));
  }
  auto tx = m_store->Begin(label, m_user.id, ChangeKind::Do);
  m_store->AddCodings(codings);
  tx.Commit();
  return codings;
}

Coding Project::RemoveCoding(const CodingTarget& target) {
  const Document doc = ResolveDocument(target.document);
  const CodeTree tree = Codebook();
  const Code& code = tree.Resolve(target.code);
  const auto [start, end] = ResolveRange(doc, target);
  for (const Coding& c : m_store->Codings({code.id, doc.id, m_user.id}))
    if (c.start == start && c.end == end) return RemoveCodingByGuid(c.guid);
  throw Error(ErrorKind::NotFound, "no coding '" + tree.PathOf(code.id) + "' by " + m_user.name + " at " +
                                       Range(start, end) + " in '" + doc.name + "'");
}

Coding Project::RemoveCodingByGuid(std::string_view guid) {
  const std::optional<Coding> coding = m_store->FindCodingByGuid(guid);
  if (!coding) throw Error(ErrorKind::NotFound, "no coding with GUID '" + std::string(guid) + "'");
  auto tx = m_store->Begin("remove coding " + coding->guid, m_user.id, ChangeKind::Do);
  m_store->DeleteCoding(coding->id);
  tx.Commit();
  return *coding;
}

std::vector<store::QuotedCoding> Project::Codings(const CodingQuery& query) {
  store::CodingFilter filter;
  if (query.code) filter.code = Codebook().Resolve(*query.code).id;
  if (query.document) filter.document = ResolveDocument(*query.document).id;
  filter.coder = ResolveUserId(query.coder);
  return m_store->QuotedCodings(filter);
}

Coding Project::EditCoding(std::string_view guid, const std::optional<std::string>& memo,
                            const std::optional<std::pair<std::size_t, std::size_t>>& range) {
  std::optional<Coding> coding = m_store->FindCodingByGuid(guid);
  if (!coding) throw Error(ErrorKind::NotFound, "no coding " + std::string(guid));
  const Document doc = m_store->GetDocument(coding->document);
  if (range) {
    const auto [start, end] = *range;
    if (start >= end)
      throw Error(ErrorKind::Input, "offsets " + Range(start, end) + " are empty or reversed (start must be < end)");
    if (end > doc.length)
      throw Error(ErrorKind::Input, "offsets " + Range(start, end) + " are out of range: '" + doc.name + "' has " +
                                        std::to_string(doc.length) + " characters");
    for (const Coding& c : m_store->Codings({coding->code, coding->document, coding->coder}))
      if (c.id != coding->id && c.start == start && c.end == end)
        throw Error(ErrorKind::Conflict, "'" + doc.name + "' " + Range(start, end) + " is already coded so");
    coding->start = start;
    coding->end = end;
  }
  if (memo) {
    if (text::FindInvalidUtf8(*memo)) throw Error(ErrorKind::Input, "the memo is not valid UTF-8");
    coding->memo = *memo;
  }
  auto tx = m_store->Begin(std::string(range ? "resize" : "edit the memo of") + " coding in '" + doc.name + "' " +
                               Range(coding->start, coding->end),
                           m_user.id, ChangeKind::Do);
  m_store->UpdateCoding(*coding);
  tx.Commit();
  return *coding;
}

}  // namespace duiding::project
