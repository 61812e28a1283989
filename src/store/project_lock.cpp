// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "store/project_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "model/clock.h"
#include "model/error.h"

namespace duiding::store {
namespace {

std::string ReadHolder(int fd) {
  char buffer[256] = {};
  const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
  std::string holder(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
  return holder.empty() ? "another process" : holder;
}

std::string Describe() {
  char host[128] = {};
  gethostname(host, sizeof host - 1);
  return "process " + std::to_string(getpid()) + " on " + host + " since " + SystemNow() + "\n";
}

}  // namespace

ProjectLock::ProjectLock(const std::string& projectPath) {
  const std::string path = LockPath(projectPath);
  m_fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (m_fd < 0)
    throw Error(ErrorKind::Io, path + ": cannot create the lock file: " + std::strerror(errno));
  if (flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    const std::string holder = ReadHolder(m_fd);
    close(m_fd);
    m_fd = -1;
    throw Error(ErrorKind::Locked, projectPath + ": open elsewhere for writing (" + holder +
                                       "); close it there, or open it read-only");
  }
  const std::string who = Describe();
  if (ftruncate(m_fd, 0) == 0 && pwrite(m_fd, who.data(), who.size(), 0) < 0) {
    // The record is informative only; the flock is what protects the project.
  }
}

ProjectLock::~ProjectLock() {
  if (m_fd >= 0) close(m_fd);
}

}  // namespace duiding::store
