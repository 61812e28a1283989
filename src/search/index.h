// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/progress.h"
#include "store/store.h"

/// The search index: a Xapian database that is a cache of the store, never the truth. It lives
/// in the user's cache folder under the project's GUID and is brought up to date from the store
/// whenever it is missing, stale or from another Duiding version.
namespace duiding::search {

/// Where a project's index lives: $XDG_CACHE_HOME/duiding/index/<project GUID> (else
/// ~/.cache/...), or below $DUIDING_INDEX_DIR when set (tests, benchmarks).
std::string IndexFolder(const std::string& projectGuid);

/// What a sync or check found: documents the index lacks, has but should not, or has in an
/// older state (another text, changed attributes, an older analyser).
struct IndexReport {
  std::size_t indexed = 0;   ///< documents (re)indexed by Sync
  std::size_t removed = 0;   ///< index entries of documents no longer in the project
  std::size_t missing = 0;   ///< Check: store documents the index lacks
  std::size_t stale = 0;     ///< Check: documents indexed in an older state
  std::size_t extra = 0;     ///< Check: index entries without a store document
  std::size_t documents = 0; ///< documents in the store
  std::uint64_t bytes = 0;   ///< text bytes analysed by Sync
  bool rebuilt = false;      ///< Sync started from an empty index (missing or another version)
  bool Consistent() const { return missing == 0 && stale == 0 && extra == 0; }
};

/// Brings the index in `folder` up to date with `store`: indexes new and changed documents,
/// removes deleted ones, starts afresh when the index is missing, damaged or from another
/// version of the analysis. One Xapian transaction; progress per document, and a cancel leaves
/// the index as it was. Error(Locked) when another process is writing the index.
IndexReport SyncIndex(store::Store& store, const std::string& folder, Progress* progress = nullptr);

/// Deletes the index and builds it again.
IndexReport RebuildIndex(store::Store& store, const std::string& folder, Progress* progress = nullptr);

/// Compares the index with the store without changing anything.
IndexReport CheckIndex(store::Store& store, const std::string& folder);

}  // namespace duiding::search
