// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/zip_writer.h"

#include <zip.h>

#include <memory>

#include "model/error.h"

namespace duiding::exchange {
namespace {

[[noreturn]] void Fail(const std::string& what, zip_error_t* error) {
  const std::string message = "cannot build the archive (" + what + ": " + zip_error_strerror(error) + ")";
  throw Error(ErrorKind::Io, message);
}

// 1980-01-01 00:00 local time in the DOS date format zip uses: the earliest date it can hold.
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;

}  // namespace

void ZipWriter::Add(std::string name, std::string bytes, bool compress) {
  m_entries.push_back({std::move(name), std::move(bytes), compress});
}

std::string ZipWriter::Finish() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) Fail("memory", &error);
  zip_source_keep(buffer);
  const auto freeBuffer = [](zip_source_t* s) { zip_source_free(s); };
  std::unique_ptr<zip_source_t, decltype(freeBuffer)> owned(buffer, freeBuffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) Fail("open", &error);
  for (const Entry& e : m_entries) {
    zip_source_t* source = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    const zip_int64_t index =
        source ? zip_file_add(archive, e.name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      zip_error_t* archiveError = zip_get_error(archive);
      const std::string message = std::string("cannot build the archive (") + e.name + ": " +
                                  zip_error_strerror(archiveError) + ")";
      zip_discard(archive);
      throw Error(ErrorKind::Io, message);
    }
    const auto i = static_cast<zip_uint64_t>(index);
    zip_set_file_compression(archive, i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    zip_file_set_dostime(archive, i, kDosTime, kDosDate, 0);
  }
  if (zip_close(archive) != 0) {
    const std::string message = std::string("cannot build the archive (") + zip_error_strerror(zip_get_error(archive)) + ")";
    zip_discard(archive);
    throw Error(ErrorKind::Io, message);
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0) Fail("read back", zip_source_error(buffer));
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) Fail("read back", zip_source_error(buffer));
  return bytes;
}

}  // namespace duiding::exchange
