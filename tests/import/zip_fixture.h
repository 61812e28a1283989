// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

// Builds .docx/.odt test packages in memory with libzip, so the tests need no binary fixtures
// and each test shows the XML it feeds the importer.

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.h"

namespace duiding::import::fixture {

struct ZipEntry {
  std::string name;
  std::string content;
};

struct ZipFixtureOptions {
  /// When set, this entry's uncompressed size is rewritten to `declaredSize` in both its local
  /// header and the central directory, as a forged archive would declare it.
  std::string lyingEntry;
  std::uint32_t declaredSize = 0;
  /// When set, this entry is encrypted with AES-256 and `password`.
  std::string encryptedEntry;
  std::string password = "geheim";
  /// When nonzero, the archive is cut to this many bytes.
  std::size_t truncateTo = 0;
};

namespace detail {

inline void Fail(const std::string& what, zip_error_t* error) {
  throw std::runtime_error("zip fixture: " + what + ": " + zip_error_strerror(error));
}

inline std::uint16_t Read16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

inline void Write32(std::string& b, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) b[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Rewrites the uncompressed size of `name` in every local header (signature PK\3\4, size at
// offset 22, name at 30) and central directory header (PK\1\2, size at 24, name at 46).
inline void ForgeUncompressedSize(std::string& zip, const std::string& name, std::uint32_t size) {
  const std::string local("PK\x03\x04", 4), central("PK\x01\x02", 4);
  for (std::size_t at = 0; (at = zip.find("PK", at)) != std::string::npos; ++at) {
    if (zip.compare(at, 4, local) == 0 && zip.compare(at + 30, name.size(), name) == 0 &&
        Read16(zip, at + 26) == name.size()) {
      Write32(zip, at + 22, size);
    } else if (zip.compare(at, 4, central) == 0 && zip.compare(at + 46, name.size(), name) == 0 &&
               Read16(zip, at + 28) == name.size()) {
      Write32(zip, at + 24, size);
    }
  }
}

}  // namespace detail

/// A zip archive holding `entries` (deflated), altered as `options` asks.
inline std::string MakeZip(const std::vector<ZipEntry>& entries, const ZipFixtureOptions& options = {}) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) detail::Fail("buffer", &error);
  zip_source_keep(buffer);  // read back after zip_close
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) detail::Fail("open", &error);
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    const zip_int64_t index = data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      detail::Fail("add " + entry.name, zip_get_error(archive));
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
    if (entry.name == options.encryptedEntry &&
        zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, options.password.c_str()) !=
            0) {
      detail::Fail("encrypt " + entry.name, zip_get_error(archive));
    }
  }
  if (zip_close(archive) != 0) detail::Fail("close", zip_get_error(archive));

  std::string bytes;
  zip_stat_t st;
  if (zip_source_open(buffer) != 0 || zip_source_stat(buffer, &st) != 0)
    detail::Fail("reopen", zip_source_error(buffer));
  bytes.resize(static_cast<std::size_t>(st.size));
  if (zip_source_read(buffer, bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size())) {
    detail::Fail("read", zip_source_error(buffer));
  }
  zip_source_close(buffer);
  zip_source_free(buffer);

  if (!options.lyingEntry.empty()) detail::ForgeUncompressedSize(bytes, options.lyingEntry, options.declaredSize);
  if (options.truncateTo != 0 && options.truncateTo < bytes.size()) bytes.resize(options.truncateTo);
  return bytes;
}

/// Expects `import()` to throw Error(Input) with exactly `message`.
template <typename Import>
void ExpectInputError(Import&& import, const std::string& message) {
  try {
    import();
    ADD_FAILURE() << "not refused; expected: " << message;
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), ErrorKind::Input) << e.what();
    EXPECT_EQ(std::string(e.what()), message);
  }
}

}  // namespace duiding::import::fixture
