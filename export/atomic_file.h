// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace duiding::exchange {

/// Writes `bytes` to `path` through a temporary file in the same folder (mode 0600), flushed
/// and renamed over `path` when complete. On any failure the temporary file is removed, `path`
/// is untouched, and Error(Io) names the path and the reason.
void WriteFileAtomically(const std::string& path, std::string_view bytes);

/// The same for a file written in pieces (a large export that is never held in memory whole):
/// Write appends, Commit flushes and renames; destroyed without Commit, it removes the
/// temporary file and leaves `path` untouched.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(const std::string& path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
  void Write(std::string_view bytes);
  void Commit();

 private:
  struct File;
  std::unique_ptr<File> m_file;
};

}  // namespace duiding::exchange
