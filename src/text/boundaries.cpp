// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "text/boundaries.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cctype>
#include <memory>
#include <stdexcept>
#include <string>

namespace duiding::text {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// Byte offsets of the boundaries ICU finds, with the rule status of the segment each ends.
struct Break {
  std::size_t byte;
  int32_t status;
};

// One iterator of each kind per thread: creating one costs far more than segmenting a short
// text (a query, a KWIC line), and an iterator must not be shared between threads.
icu::BreakIterator& Iterator(bool words) {
  thread_local std::unique_ptr<icu::BreakIterator> word, sentence;
  std::unique_ptr<icu::BreakIterator>& it = words ? word : sentence;
  if (!it) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale dutch("nl");
    it.reset(words ? icu::BreakIterator::createWordInstance(dutch, status)
                   : icu::BreakIterator::createSentenceInstance(dutch, status));
    if (U_FAILURE(status)) {
      it.reset();
      throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
    }
  }
  return *it;
}

std::vector<Break> IcuBreaks(std::string_view utf8, bool words) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  icu::BreakIterator* it = &Iterator(words);
  it->setText(text.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
  std::vector<Break> breaks;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next())
    breaks.push_back({static_cast<std::size_t>(b), it->getRuleStatus()});
  return breaks;
}

// Converts increasing byte offsets to code points in one pass.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view utf8) : m_text(utf8) {}
  std::size_t At(std::size_t byte) {
    for (; m_byte < byte; ++m_byte)
      m_cp += (static_cast<unsigned char>(m_text[m_byte]) & 0xC0) != 0x80;
    return m_cp;
  }

 private:
  std::string_view m_text;
  std::size_t m_byte = 0;
  std::size_t m_cp = 0;
};

bool IsApostrophe(std::string_view utf8, std::size_t byte, std::size_t& len) {
  if (byte >= 1 && utf8[byte - 1] == '\'') {
    len = 1;
    return true;
  }
  if (byte >= 3 && utf8.substr(byte - 3, 3) == "\u2019") {
    len = 3;
    return true;
  }
  return false;
}

bool IsWordByteBefore(std::string_view utf8, std::size_t byte) {
  if (byte == 0) return false;
  const auto c = static_cast<unsigned char>(utf8[byte - 1]);
  return c >= 0x80 || std::isalnum(c);
}

// 's, 't, 'k, 'n at the start of a word keep their apostrophe.
std::size_t DutchElisionStart(std::string_view utf8, std::size_t start, std::size_t end) {
  if (end - start != 1) return start;
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(utf8[start])));
  if (c != 's' && c != 't' && c != 'k' && c != 'n') return start;
  std::size_t len = 0;
  if (!IsApostrophe(utf8, start, len) || IsWordByteBefore(utf8, start - len)) return start;
  return start - len;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t TrimEnd(std::string_view utf8, std::size_t start, std::size_t end) {
  while (end > start && IsSpace(utf8[end - 1])) --end;
  return end;
}

// The last whitespace-delimited token before `end`.
std::string_view LastToken(std::string_view utf8, std::size_t start, std::size_t end) {
  std::size_t from = end;
  while (from > start && !IsSpace(utf8[from - 1])) --from;
  return utf8.substr(from, end - from);
}

bool EndsInAbbreviation(std::string_view utf8, std::size_t start, std::size_t end) {
  const std::size_t trimmed = TrimEnd(utf8, start, end);
  if (trimmed == end || trimmed == start || utf8[trimmed - 1] != '.') return false;
  if (utf8.substr(trimmed, end - trimmed).find('\n') != std::string_view::npos) return false;
  std::string_view token = LastToken(utf8, start, trimmed);
  while (!token.empty() && (token.front() == '(' || token.front() == '"' || token.front() == '\''))
    token.remove_prefix(1);
  return IsDutchAbbreviation(token);
}

}  // namespace

std::vector<Span> DutchWords(std::string_view utf8) {
  std::vector<Span> words;
  CodePointCounter counter(utf8);
  const std::vector<Break> breaks = IcuBreaks(utf8, true);
  for (std::size_t i = 1; i < breaks.size(); ++i) {
    if (breaks[i].status < UBRK_WORD_NONE_LIMIT) continue;
    const std::size_t start = DutchElisionStart(utf8, breaks[i - 1].byte, breaks[i].byte);
    words.push_back({counter.At(start), counter.At(breaks[i].byte)});
  }
  return words;
}

std::vector<Span> DutchSentences(std::string_view utf8) {
  std::vector<Span> sentences;
  CodePointCounter counter(utf8);
  const std::vector<Break> breaks = IcuBreaks(utf8, false);
  std::size_t start = 0;
  for (std::size_t i = 1; i < breaks.size(); ++i) {
    const std::size_t end = breaks[i].byte;
    const bool last = i + 1 == breaks.size();
    if (!last && EndsInAbbreviation(utf8, start, end)) continue;
    const std::size_t trimmed = TrimEnd(utf8, start, end);
    std::size_t first = start;
    while (first < trimmed && IsSpace(utf8[first])) ++first;
    if (first < trimmed) sentences.push_back({counter.At(first), counter.At(trimmed)});
    start = end;
  }
  return sentences;
}

}  // namespace duiding::text
