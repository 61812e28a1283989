// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace duiding::exchange {

/// Builds a zip archive in memory (.qdpx, .xlsx, .odt packages): entries in the order added,
/// names UTF-8, every entry dated 1980-01-01 so the same content gives the same bytes.
class ZipWriter {
 public:
  /// Adds an entry; `compress` false stores it (an .odt's "mimetype" must come first, stored).
  void Add(std::string name, std::string bytes, bool compress = true);
  /// The archive's bytes. Error(Io) if libzip fails.
  std::string Finish() const;

 private:
  struct Entry {
    std::string name, bytes;
    bool compress = true;
  };
  std::vector<Entry> m_entries;
};

}  // namespace duiding::exchange
