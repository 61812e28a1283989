// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/document_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "model/error.h"
#include "search/numbers.h"

namespace duiding::search {
namespace {

constexpr char kHeader[8] = {'D', 'U', 'I', 'D', 'O', 'C', '0', '1'};

[[noreturn]] void Failed(const std::string& path, const char* what) {
  throw Error(ErrorKind::Io, path + ": cannot " + what + " the search index's document file: " + std::strerror(errno));
}

// The tag a record at `place` starts with: never 0, so that a wiped record cannot match.
std::uint64_t TagOf(std::uint64_t offset, std::uint64_t tableSize, std::uint64_t positionsSize, std::uint64_t textSize) {
  std::uint64_t h = offset * 0x9e3779b97f4a7c15ull ^ tableSize * 0xc2b2ae3d27d4eb4full ^
                    positionsSize * 0x165667b19e3779f9ull ^ textSize;
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
  return (h ^ (h >> 31)) | 1;
}

RecordPlace PlaceOf(std::uint64_t offset, std::uint64_t tableSize, std::uint64_t positionsSize, std::uint64_t textSize) {
  return {offset, tableSize, positionsSize, textSize, TagOf(offset, tableSize, positionsSize, textSize)};
}

// A place as the directory and Xapian's metadata keep it: four numbers, the tag recomputed.
void PutPlace(std::string& out, const RecordPlace& place) {
  PutVarint(out, place.offset);
  PutVarint(out, place.tableSize);
  PutVarint(out, place.positionsSize);
  PutVarint(out, place.textSize);
}

bool ReadPlace(std::string_view data, std::size_t& pos, RecordPlace& place) {
  std::uint64_t offset = 0, tableSize = 0, positionsSize = 0, textSize = 0;
  if (!ReadVarint(data, pos, offset) || !ReadVarint(data, pos, tableSize) || !ReadVarint(data, pos, positionsSize) ||
      !ReadVarint(data, pos, textSize))
    return false;
  place = PlaceOf(offset, tableSize, positionsSize, textSize);
  return true;
}

void PutTag(char* out, std::uint64_t tag) {
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((tag >> (8 * i)) & 0xFF);
}

std::uint64_t GetTag(const char* in) {
  std::uint64_t tag = 0;
  for (int i = 7; i >= 0; --i) tag = (tag << 8) | static_cast<unsigned char>(in[i]);
  return tag;
}

// Writes all of `parts` at `offset`, going on after a short write.
bool WriteAll(int fd, std::vector<iovec> parts, std::uint64_t offset) {
  std::size_t first = 0;
  while (first < parts.size()) {
    const ssize_t wrote = ::pwritev(fd, parts.data() + first, static_cast<int>(parts.size() - first), static_cast<off_t>(offset));
    if (wrote < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    offset += static_cast<std::uint64_t>(wrote);
    for (auto left = static_cast<std::size_t>(wrote); left > 0 && first < parts.size();) {
      const std::size_t take = std::min(left, parts[first].iov_len);
      parts[first].iov_base = static_cast<char*>(parts[first].iov_base) + take;
      parts[first].iov_len -= take;
      left -= take;
      if (parts[first].iov_len == 0) ++first;
    }
    while (first < parts.size() && parts[first].iov_len == 0) ++first;
  }
  return true;
}

}  // namespace

std::string EncodePlace(const RecordPlace& place) {
  std::string out;
  PutPlace(out, place);
  return out;
}

std::optional<RecordPlace> DecodePlace(std::string_view data) {
  std::size_t pos = 0;
  RecordPlace place;
  if (!ReadPlace(data, pos, place) || pos != data.size()) return std::nullopt;
  return place;
}

DocumentFileWriter::DocumentFileWriter(const std::string& folder) : m_path(folder + "/" + kDocumentFileName) {
  m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (m_fd < 0) Failed(m_path, "open");
  struct stat st {};
  if (::fstat(m_fd, &st) != 0) Failed(m_path, "read");
  m_size = static_cast<std::uint64_t>(st.st_size);
  if (m_size == 0) {
    std::vector<iovec> header{{const_cast<char*>(kHeader), sizeof kHeader}};
    if (!WriteAll(m_fd, header, 0)) Failed(m_path, "write");
    m_size = sizeof kHeader;
  }
}

DocumentFileWriter::~DocumentFileWriter() {
  if (m_fd >= 0) ::close(m_fd);
}

RecordPlace DocumentFileWriter::Append(std::string_view table, std::string_view positions, std::string_view text) {
  const RecordPlace place = PlaceOf(m_size, table.size(), positions.size(), text.size());
  char tag[8];
  PutTag(tag, place.tag);
  std::vector<iovec> parts{{tag, sizeof tag},
                           {const_cast<char*>(table.data()), table.size()},
                           {const_cast<char*>(positions.data()), positions.size()},
                           {const_cast<char*>(text.data()), text.size()}};
  if (!WriteAll(m_fd, parts, m_size)) Failed(m_path, "write");
  m_size += place.Size();
  return place;
}

RecordPlace DocumentFileWriter::AppendDirectory(const Directory& directory) {
  std::string out;
  std::size_t count = 0;
  for (const auto& entry : directory) count += entry.has_value();
  PutVarint(out, count);
  std::uint64_t previous = 0;
  for (std::size_t id = 0; id < directory.size(); ++id) {
    if (!directory[id]) continue;
    PutVarint(out, id - previous);
    previous = id;
    PutPlace(out, *directory[id]);
  }
  return Append(out, {}, {});
}

void DocumentFileWriter::Flush() {
  if (::fdatasync(m_fd) != 0) Failed(m_path, "write");
}

void DocumentFileWriter::Wipe(const RecordPlace& place) {
  static const std::string zeros(1 << 16, '\0');
  for (std::uint64_t done = 0; done < place.Size();) {
    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(zeros.size(), place.Size() - done));
    std::vector<iovec> part{{const_cast<char*>(zeros.data()), take}};
    if (!WriteAll(m_fd, part, place.offset + done)) Failed(m_path, "wipe");
    done += take;
  }
}

DocumentFile::~DocumentFile() { Unmap(); }

void DocumentFile::Unmap() {
  if (m_data) ::munmap(const_cast<char*>(m_data), static_cast<std::size_t>(m_size));
  m_data = nullptr;
  m_size = 0;
}

void DocumentFile::Damaged() const {
  throw Error(ErrorKind::Io, m_path + ": damaged; rebuild the search index with: index --rebuild");
}

void DocumentFile::Map(const std::string& folder) {
  Unmap();
  m_path = folder + "/" + kDocumentFileName;
  const std::string& path = m_path;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return;  // an index without documents yet
    Failed(path, "open");
  }
  struct stat st {};
  const bool known = ::fstat(fd, &st) == 0;
  void* data = known && st.st_size > 0
                   ? ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0)
                   : MAP_FAILED;
  ::close(fd);
  if (!known) Failed(path, "read");
  if (st.st_size == 0) return;
  if (data == MAP_FAILED) Failed(path, "map");
  m_data = static_cast<const char*>(data);
  m_size = static_cast<std::uint64_t>(st.st_size);
  if (m_size < sizeof kHeader || std::memcmp(m_data, kHeader, sizeof kHeader) != 0) Damaged();
}

std::optional<DocumentFile::Record> DocumentFile::Read(const RecordPlace& place) const {
  if (place.offset < sizeof kHeader || place.offset > m_size || place.Size() > m_size - place.offset) Damaged();
  const char* at = m_data + place.offset;
  if (GetTag(at) != place.tag) return std::nullopt;  // wiped
  const char* table = at + 8;
  const char* positions = table + place.tableSize;
  const char* text = positions + place.positionsSize;
  return Record{{table, static_cast<std::size_t>(place.tableSize)},
                {positions, static_cast<std::size_t>(place.positionsSize)},
                {text, static_cast<std::size_t>(place.textSize)}};
}

Directory DocumentFile::ReadDirectory(const RecordPlace& place) const {
  const std::optional<Record> record = Read(place);
  if (!record) Damaged();
  const std::string_view data = record->table;
  std::size_t pos = 0;
  std::uint64_t count = 0;
  if (!ReadVarint(data, pos, count) || count > data.size()) Damaged();
  Directory directory;
  directory.reserve(static_cast<std::size_t>(count) + 1);
  std::uint64_t id = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    std::uint64_t step = 0;
    RecordPlace place;
    if (!ReadVarint(data, pos, step) || !ReadPlace(data, pos, place) || (i > 0 && step == 0) || id + step > 0xFFFFFFFFull)
      Damaged();
    id += step;
    if (directory.size() <= id) directory.resize(static_cast<std::size_t>(id) + 1);
    directory[static_cast<std::size_t>(id)] = place;
  }
  if (pos != data.size()) Damaged();
  return directory;
}

}  // namespace duiding::search
