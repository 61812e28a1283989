// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/analyzer.h"

/// How the index spells what it holds, shared by the writer and the searcher. One Xapian
/// document per project document (not per turn: a turn each made indexing crawl), with:
///   Z<stem>        every word, at its word position (phrases and NEAR work on stems)
///   Q<guid>        the document's identity (unique)
///   XDOC<name>     the folded document name, for doc:
///   XF<f>:<value>  speakers and document and case attributes present in it
///   S<digest>      a synonym group, at the position of each of its one-word members
/// and its name and state in value slots. Its hit table (row id, name, where each word lies, its
/// turns) and its text are in the index's document file (document_file.h).
namespace duiding::search::terms {

/// Bumped whenever analysis or layout changes: an index of another version is rebuilt.
inline constexpr const char* kIndexVersion = "duiding-index-11";
inline constexpr const char* kVersionKey = "duiding:version";
inline constexpr const char* kStateKey = "duiding:synced-at";  ///< the change set last synced
/// Where the document file's directory for this revision is (document_file.h EncodePlace).
inline constexpr const char* kDirectoryKey = "duiding:documents";
inline constexpr unsigned kStateSlot = 0;  ///< value: content hash and attribute fingerprint
/// value: the document's name as stored, which Xapian sorts by for hits in document order.
inline constexpr unsigned kNameSlot = 2;

inline std::string Stem(std::string_view stem) { return "Z" + std::string(stem); }
inline std::string Id(std::string_view guid) { return "Q" + std::string(guid); }
inline std::string DocName(std::string_view name) { return "XDOC" + FoldTerm(name); }
/// A speaker or attribute value somewhere in the document (XFspreker:moeder, XFrol:ouder):
/// lets a field narrow the documents before hits are looked for.
inline std::string Field(std::string_view field, std::string_view value) {
  return "XF" + FoldTerm(field) + ":" + FoldTerm(value);
}

/// FNV-1a (64 bits) of `bytes` going on from `hash`: the index's digests of what it was made from.
inline constexpr std::uint64_t kFnvStart = 0xcbf29ce484222325ull;
inline std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t hash = kFnvStart) {
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash;
}

/// The term a synonym group is indexed under besides its members' own: "S" and a digest of
/// the stem terms of its one-word members (any order; repeats count once). A search for a
/// member reads this one posting list instead of one per member. The digest names the exact
/// set, so a group that a list changed since indexing has no term (and is searched member by
/// member) rather than a stale one.
inline std::string SynonymSet(std::vector<std::string> stemTerms) {
  std::sort(stemTerms.begin(), stemTerms.end());
  stemTerms.erase(std::unique(stemTerms.begin(), stemTerms.end()), stemTerms.end());
  std::uint64_t hash = kFnvStart;
  for (const std::string& term : stemTerms) hash = Fnv1a(term + '\n', hash);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "S";
  for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(hash >> shift) & 0xF];
  return out;
}

}  // namespace duiding::search::terms
