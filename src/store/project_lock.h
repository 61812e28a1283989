// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <string>

namespace duiding::store {

/// Keeps other processes (and other Store objects) from opening a project for writing while
/// this one does. An advisory flock on "<project>.lock", released by the kernel when the
/// process ends, so a crash never leaves a stale lock. The file records who holds it.
class ProjectLock {
 public:
  /// Takes the lock or throws Error(ErrorKind::Locked) naming who holds it.
  explicit ProjectLock(const std::string& projectPath);
  ProjectLock(const ProjectLock&) = delete;
  ProjectLock& operator=(const ProjectLock&) = delete;
  ~ProjectLock();

  static std::string LockPath(const std::string& projectPath) { return projectPath + ".lock"; }

 private:
  int m_fd = -1;
};

}  // namespace duiding::store
