// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/zip_archive.h"

#include <zip.h>

#include <memory>
#include <sstream>

#include "model/error.h"

namespace duiding::import {
namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

// libzip's own wording for the usual failures is terse and changes between versions; these
// say what a researcher can act on.
std::string DescribeZipError(int code, const char* libzipText) {
  switch (code) {
    case ZIP_ER_NOZIP:
      return "no zip directory found; the file is damaged, truncated or of another type";
    case ZIP_ER_INCONS:
      return "the zip directory contradicts the entries; the file is damaged";
    case ZIP_ER_EOF:
      return "the file ends too early; it is truncated";
    case ZIP_ER_CRC:
      return "checksum mismatch; the file is damaged";
    case ZIP_ER_COMPRESSED_DATA:
      return "compressed data is damaged";
    case ZIP_ER_COMPNOTSUPP:
      return "unsupported compression method";
    default:
      return libzipText;
  }
}

std::string FormatRatio(double ratio) {
  std::ostringstream out;
  out << ratio;
  return out.str();
}

struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

bool IsOleCompoundFile(std::string_view bytes) {
  return bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

bool IsZipArchive(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

ZipArchive::ZipArchive(std::string path, std::string_view bytes, const ImportLimits& limits, std::string editor)
    : m_path(std::move(path)), m_limits(limits), m_editor(std::move(editor)) {
  if (bytes.size() > m_limits.maxFileBytes) {
    throw Error(ErrorKind::Input, m_path + ": file size exceeds " + FormatByteLimit(m_limits.maxFileBytes) + " limit");
  }
  // libzip opens an empty source as a new, empty archive; an empty file is no document.
  if (bytes.empty()) throw Error(ErrorKind::Input, m_path + ": not a valid zip archive (the file is empty)");

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source != nullptr) {
    // ZIP_CHECKCONS compares every local header with the central directory, so an entry cannot
    // declare one size in the directory and another where its data starts.
    m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (m_zip == nullptr) zip_source_free(source);
  }
  if (m_zip == nullptr) {
    const std::string reason = DescribeZipError(zip_error_code_zip(&error), zip_error_strerror(&error));
    zip_error_fini(&error);
    throw Error(ErrorKind::Input, m_path + ": not a valid zip archive (" + reason + ")");
  }
  zip_error_fini(&error);

  const zip_int64_t count = zip_get_num_entries(m_zip, 0);
  if (count < 0 || static_cast<zip_uint64_t>(count) > m_limits.maxZipEntries) {
    zip_discard(m_zip);
    m_zip = nullptr;
    throw Error(ErrorKind::Input, m_path + ": zip archive has " + std::to_string(count) + " entries, more than the " +
                                      std::to_string(m_limits.maxZipEntries) + " allowed");
  }
}

ZipArchive::~ZipArchive() {
  if (m_zip != nullptr) zip_discard(m_zip);  // read-only: nothing to write back
}

void ZipArchive::Refuse(const std::string& entry, const std::string& message) const {
  throw Error(ErrorKind::Input, m_path + ": " + entry + ": " + message);
}

std::vector<std::string> ZipArchive::EntryNames() const {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(m_zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (const char* name = zip_get_name(m_zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS))
      names.emplace_back(name);
  }
  return names;
}

bool ZipArchive::Contains(const std::string& entry) const { return zip_name_locate(m_zip, entry.c_str(), 0) >= 0; }

std::string ZipArchive::Read(const std::string& entry) const {
  const zip_int64_t index = zip_name_locate(m_zip, entry.c_str(), 0);
  if (index < 0) Refuse(entry, "not found in the archive");

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    Refuse(entry, std::string("cannot read the zip directory (") + zip_strerror(m_zip) + ")");
  }
  const std::string passwordMessage = "password-protected; remove the password in " + m_editor + " and import again";
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) Refuse(entry, passwordMessage);

  const std::string sizeMessage = "unpacked size exceeds " + FormatByteLimit(m_limits.maxFileBytes) + " limit";
  const std::string ratioMessage =
      "compression ratio exceeds " + FormatRatio(m_limits.maxCompressionRatio) + ":1 limit (possible zip bomb)";
  // The declared sizes let most bombs be refused before anything is unpacked.
  const zip_uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  const zip_uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if (declared > m_limits.maxFileBytes) Refuse(entry, sizeMessage);
  const double maxByRatio = static_cast<double>(packed) * m_limits.maxCompressionRatio;
  if (static_cast<double>(declared) > maxByRatio) Refuse(entry, ratioMessage);

  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(m_zip));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
      Refuse(entry, passwordMessage);
    Refuse(entry, "cannot unpack (" + DescribeZipError(code, zip_strerror(m_zip)) + ")");
  }

  // The declared size may lie, so the bytes actually unpacked are counted against both limits,
  // and reading stops one chunk past either of them.
  std::string content;
  content.reserve(static_cast<std::size_t>(declared));
  char buffer[kReadChunk];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) {
      const int code = zip_error_code_zip(zip_file_get_error(file.get()));
      Refuse(entry, "cannot unpack (" + DescribeZipError(code, zip_file_strerror(file.get())) + ")");
    }
    if (got == 0) break;
    content.append(buffer, static_cast<std::size_t>(got));
    if (content.size() > m_limits.maxFileBytes) Refuse(entry, sizeMessage);
    if (static_cast<double>(content.size()) > maxByRatio) Refuse(entry, ratioMessage);
  }
  return content;
}

}  // namespace duiding::import
