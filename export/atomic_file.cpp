// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "model/error.h"

namespace duiding::exchange {
namespace {

[[noreturn]] void Fail(const std::string& path, const std::string& what, int error) {
  throw Error(ErrorKind::Io, path + ": cannot write (" + what + ": " + std::strerror(error) + ")");
}

// The temporary file sits beside the target, so that rename() replaces it in one step.
std::string TemporaryPattern(const std::string& path) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
  return (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

/// Owns the temporary file until it has been renamed: removed on every other way out.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& target) : m_target(target), m_name(TemporaryPattern(target)) {
    m_fd = ::mkstemp(m_name.data());
    if (m_fd < 0) Fail(m_target, "create a temporary file", errno);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (m_fd >= 0) ::close(m_fd);
    if (!m_renamed) ::unlink(m_name.c_str());
  }

  void Write(std::string_view bytes) {
    Append(bytes);
    Close();
  }

  void Append(std::string_view bytes) {
    if (!m_private && ::fchmod(m_fd, 0600) != 0) Fail(m_target, "set permissions", errno);
    m_private = true;
    if (!WriteAll(m_fd, bytes)) Fail(m_target, "write", errno ? errno : EIO);
  }

  void Close() {
    if (!m_private && ::fchmod(m_fd, 0600) != 0) Fail(m_target, "set permissions", errno);
    if (::fsync(m_fd) != 0) Fail(m_target, "flush to disk", errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) Fail(m_target, "close", errno);
  }

  void RenameOverTarget() {
    if (::rename(m_name.c_str(), m_target.c_str()) != 0) Fail(m_target, "replace the file", errno);
    m_renamed = true;
    // The rename lives in the folder: flush it too, so a crash cannot bring the old file back.
    // Best effort: some file systems refuse to sync a directory, and the file is complete anyway.
    const std::size_t slash = m_target.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : m_target.substr(0, slash);
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
      ::fsync(dir);
      ::close(dir);
    }
  }

 private:
  std::string m_target;
  std::string m_name;
  int m_fd = -1;
  bool m_renamed = false;
  bool m_private = false;
};

}  // namespace

struct AtomicFileWriter::File : TemporaryFile {
  using TemporaryFile::TemporaryFile;
};

AtomicFileWriter::AtomicFileWriter(const std::string& path) : m_file(std::make_unique<File>(path)) {}
AtomicFileWriter::~AtomicFileWriter() = default;

void AtomicFileWriter::Write(std::string_view bytes) {
  if (!m_file) throw Error(ErrorKind::Internal, "the file is already complete");
  m_file->Append(bytes);
}

void AtomicFileWriter::Commit() {
  if (!m_file) throw Error(ErrorKind::Internal, "the file is already complete");
  m_file->Close();
  m_file->RenameOverTarget();
  m_file.reset();
}

void WriteFileAtomically(const std::string& path, std::string_view bytes) {
  TemporaryFile temporary(path);
  temporary.Write(bytes);
  temporary.RenameOverTarget();
}

}  // namespace duiding::exchange
