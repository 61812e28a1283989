// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/hit_table.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

#include "model/error.h"
#include "search/numbers.h"
#include "text/utf8.h"

namespace duiding::search {
namespace {

[[noreturn]] void Damaged() { throw Error(ErrorKind::Internal, "search index: damaged document table"); }

std::uint64_t GetVarint(std::string_view data, std::size_t& pos) {
  // One byte, as most numbers of a table are, without the loop.
  if (pos < data.size() && !(static_cast<unsigned char>(data[pos]) & 0x80)) return static_cast<unsigned char>(data[pos++]);
  std::uint64_t value = 0;
  if (!ReadVarint(data, pos, value)) Damaged();
  return value;
}

void PutString(std::string& out, std::string_view s) {
  PutVarint(out, s.size());
  out += s;
}

std::string GetString(std::string_view data, std::size_t& pos) {
  const std::size_t size = GetVarint(data, pos);
  if (size > data.size() - pos) Damaged();
  pos += size;
  return std::string(data.substr(pos - size, size));
}

constexpr std::size_t kCheckpointSize = 12;  // stream offset, end of the word before (code point, byte)
constexpr std::size_t kTurnWidth = 4 + 4 + 2 + 8 + 8;  // start, end, speaker, timestamp, case
constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

// The word stream is a stream of 4-bit nibbles, the low half of a byte first.
class NibbleWriter {
 public:
  void Put(unsigned nibble) {
    if (m_half) m_out.back() = static_cast<char>(static_cast<unsigned char>(m_out.back()) | nibble << 4);
    else m_out += static_cast<char>(nibble);
    m_half = !m_half;
  }
  // 3 bits a nibble, the high bit saying more follow.
  void PutNumber(std::size_t value) {
    for (; value >= 8; value >>= 3) Put((value & 7) | 8);
    Put(static_cast<unsigned>(value));
  }
  std::size_t Position() const { return 2 * m_out.size() - (m_half ? 1 : 0); }
  const std::string& Bytes() const { return m_out; }

 private:
  std::string m_out;
  bool m_half = false;
};

unsigned GetNibble(std::string_view stream, std::size_t& at) {
  if (at / 2 >= stream.size()) Damaged();
  const auto byte = static_cast<unsigned char>(stream[at / 2]);
  return (at++ & 1) ? byte >> 4 : byte & 15;
}

std::size_t GetNumber(std::string_view stream, std::size_t& at) {
  std::size_t value = 0;
  for (unsigned shift = 0; shift < 64; shift += 3) {
    const unsigned nibble = GetNibble(stream, at);
    value |= static_cast<std::size_t>(nibble & 7) << shift;
    if (!(nibble & 8)) return value;
  }
  Damaged();
}

// One word, relative to the end of the word before. Most words follow one space and are
// shorter than 15 code points of one byte each: one nibble, the length. After two characters
// (", " or ". "): 15, then the length. Anything else: 0, then the gap and length in code
// points and the bytes beyond one per code point in each.
void PutWord(NibbleWriter& out, std::size_t gap, std::size_t length, std::size_t gapExtra, std::size_t lengthExtra) {
  const bool plain = gapExtra == 0 && lengthExtra == 0 && length >= 1;
  if (plain && gap == 1 && length <= 14) return out.Put(static_cast<unsigned>(length));
  if (plain && gap == 2 && length <= 15) {
    out.Put(15);
    return out.Put(static_cast<unsigned>(length));
  }
  out.Put(0);
  out.PutNumber(gap);
  out.PutNumber(length);
  out.PutNumber(gapExtra);
  out.PutNumber(lengthExtra);
}

WordPlace GetWord(std::string_view stream, std::size_t& at, const WordPlace& before) {
  std::size_t gap = 1, length = GetNibble(stream, at), gapExtra = 0, lengthExtra = 0;
  if (length == 15) {
    gap = 2;
    length = GetNibble(stream, at);
  } else if (length == 0) {
    gap = GetNumber(stream, at);
    length = GetNumber(stream, at);
    gapExtra = GetNumber(stream, at);
    lengthExtra = GetNumber(stream, at);
  }
  WordPlace w;
  w.start = before.end + gap;
  w.byteStart = before.byteEnd + gap + gapExtra;
  w.end = w.start + length;
  w.byteEnd = w.byteStart + length + lengthExtra;
  return w;
}

// What one byte of the word stream (from an even nibble) holds when it holds whole words that
// need no more nibbles: two plain ones (gap 1, 1 to 14 one-byte code points: 1 + low + 1 + high)
// or one after two characters (15, then its length: 2 + high). Words: 0 when it holds neither.
struct ByteStep {
  std::uint8_t words = 0, advance = 0;
};
constexpr std::array<ByteStep, 256> ByteSteps() {
  std::array<ByteStep, 256> steps{};
  for (unsigned byte = 0; byte < 256; ++byte) {
    const unsigned low = byte & 15, high = byte >> 4;
    if (low >= 1 && low <= 14 && high >= 1 && high <= 14) steps[byte] = {2, static_cast<std::uint8_t>(low + high + 2)};
    if (low == 15 && high >= 1) steps[byte] = {1, static_cast<std::uint8_t>(high + 2)};
  }
  return steps;
}
constexpr std::array<ByteStep, 256> kByteSteps = ByteSteps();

}  // namespace

// Layout: row id, length, name, word count; speakers (count, names); turns (count, then fixed-
// width columns of kTurnWidth bytes a turn: starts, ends, speaker + 1 (0: none), timestamp
// (kNoTime: none), case (0: none)), so that a turn is found by bisection and read in place;
// a fixed-width checkpoint per kWordsPerCheckpoint words; the word stream (PutWord).
std::string EncodeHitTable(RowId document, std::string_view name, std::string_view text,
                           const std::vector<Token>& tokens, const std::vector<Turn>& turns) {
  std::string out;
  PutVarint(out, static_cast<std::uint64_t>(document));
  PutVarint(out, text::CountCodePoints(text));
  PutString(out, name);
  PutVarint(out, tokens.size());
  std::map<std::string, std::size_t> speakers;
  for (const Turn& t : turns)
    if (!t.speaker.empty()) speakers.try_emplace(t.speaker, 0);
  if (speakers.size() >= 0xFFFF) throw Error(ErrorKind::Internal, "search index: too many speakers in one document");
  PutVarint(out, speakers.size());
  std::size_t index = 0;
  for (auto& [speaker, i] : speakers) {
    i = index++;
    PutString(out, speaker);
  }
  PutVarint(out, turns.size());
  std::string starts, ends, who, times, cases;
  std::size_t previousStart = 0;
  for (const Turn& t : turns) {
    if (t.start < previousStart || t.end < t.start) throw Error(ErrorKind::Internal, "search index: turns out of order");
    previousStart = t.start;
    PutFixed32(starts, t.start);
    PutFixed32(ends, t.end);
    const std::size_t speaker = t.speaker.empty() ? 0 : speakers.at(t.speaker) + 1;
    who += static_cast<char>(speaker & 0xFF);
    who += static_cast<char>(speaker >> 8);
    PutFixed64(times, static_cast<std::uint64_t>(t.timestampMs.value_or(kNoTime)));
    PutFixed64(cases, static_cast<std::uint64_t>(t.caseId.value_or(0)));
  }
  out += starts + ends + who + times + cases;
  NibbleWriter stream;
  std::string checkpoints;
  text::ForwardByteCursor bytes(text);
  WordPlace before;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i % kWordsPerCheckpoint == 0) {
      PutFixed32(checkpoints, stream.Position());
      PutFixed32(checkpoints, before.end);
      PutFixed32(checkpoints, before.byteEnd);
    }
    WordPlace w{tokens[i].start, tokens[i].end, 0, 0};
    if (w.start < before.end || w.end <= w.start) throw Error(ErrorKind::Internal, "search index: words out of order");
    w.byteStart = bytes.To(w.start);
    w.byteEnd = bytes.To(w.end);
    PutWord(stream, w.start - before.end, w.end - w.start, (w.byteStart - before.byteEnd) - (w.start - before.end),
            (w.byteEnd - w.byteStart) - (w.end - w.start));
    before = w;
  }
  return out + checkpoints + stream.Bytes();
}

HitTable::HitTable(std::string_view data) : m_data(data) {
  std::size_t pos = 0;
  m_document = static_cast<RowId>(GetVarint(data, pos));
  m_length = GetVarint(data, pos);
  m_name = GetString(data, pos);
  m_count = GetVarint(data, pos);
  const std::size_t speakers = GetVarint(data, pos);
  if (speakers > data.size()) Damaged();
  for (std::size_t i = 0; i < speakers; ++i) m_speakers.push_back(GetString(data, pos));
  m_turnCount = GetVarint(data, pos);
  if (m_turnCount > (data.size() - pos) / kTurnWidth) Damaged();
  m_starts = pos;
  m_checkpoints = pos + kTurnWidth * m_turnCount;
  m_stream = m_checkpoints + kCheckpointSize * ((m_count + kWordsPerCheckpoint - 1) / kWordsPerCheckpoint);
  if (m_count > 2 * data.size() || m_stream > data.size()) Damaged();  // a word takes a nibble or more
}

WordPlace HitTable::At(std::size_t position) const {
  if (position >= m_count) throw Error(ErrorKind::Internal, "search index: word position beyond the document");
  // Go on from the word decoded last when it lies before and no further than the checkpoint.
  const std::size_t fromCheckpoint = position % kWordsPerCheckpoint;
  if (!(m_next > 0 && position >= m_next - 1 && position - (m_next - 1) <= fromCheckpoint)) {
    const std::size_t checkpoint = m_checkpoints + kCheckpointSize * (position / kWordsPerCheckpoint);
    m_next = position / kWordsPerCheckpoint * kWordsPerCheckpoint;
    m_pos = GetFixed32(m_data, checkpoint);  // in nibbles, from the stream's start
    const std::size_t end = GetFixed32(m_data, checkpoint + 4), byteEnd = GetFixed32(m_data, checkpoint + 8);
    m_word = {end, end, byteEnd, byteEnd};
  }
  const std::string_view stream = m_data.substr(m_stream);
  while (m_next <= position) {
    // Words before the one asked for only move the end on: a byte of whole words at a time.
    if (m_pos % 2 == 0 && m_pos / 2 < stream.size()) {
      const ByteStep step = kByteSteps[static_cast<unsigned char>(stream[m_pos / 2])];
      if (step.words != 0 && m_next + step.words <= position) {
        m_word.end += step.advance;
        m_word.byteEnd += step.advance;
        m_pos += 2;
        m_next += step.words;
        continue;
      }
    }
    m_word = GetWord(stream, m_pos, m_word);
    ++m_next;
  }
  return m_word;
}

std::size_t HitTable::TurnStart(std::size_t i) const { return GetFixed32(m_data, m_starts + 4 * i); }

TurnPlace HitTable::Turn(std::size_t i) const {
  TurnPlace t;
  t.start = TurnStart(i);
  t.end = GetFixed32(m_data, m_starts + 4 * m_turnCount + 4 * i);
  const std::size_t at = m_starts + 8 * m_turnCount + 2 * i;
  const std::size_t speaker = static_cast<unsigned char>(m_data[at]) | static_cast<std::size_t>(static_cast<unsigned char>(m_data[at + 1])) << 8;
  if (speaker > m_speakers.size()) Damaged();
  if (speaker) t.speaker = &m_speakers[speaker - 1];
  const auto time = static_cast<std::int64_t>(GetFixed64(m_data, m_starts + 10 * m_turnCount + 8 * i));
  if (time != kNoTime) t.timestampMs = time;
  if (const auto c = static_cast<RowId>(GetFixed64(m_data, m_starts + 18 * m_turnCount + 8 * i))) t.caseId = c;
  return t;
}

std::optional<TurnPlace> HitTable::TurnAt(std::size_t cp) const {
  // The last turn starting at or before `cp`: a few steps on from the one found before when
  // `cp` lies ahead of it (hits come in order, often close), else by bisection of the starts.
  std::size_t found = m_turnCount;  // none yet
  if (m_lastTurn < m_turnCount && TurnStart(m_lastTurn) <= cp) {
    std::size_t i = m_lastTurn;
    for (int step = 0; step < 8 && i + 1 < m_turnCount && TurnStart(i + 1) <= cp; ++step) ++i;
    if (i + 1 == m_turnCount || TurnStart(i + 1) > cp) found = i;
  }
  if (found == m_turnCount) {
    std::size_t low = 0, high = m_turnCount;  // the first turn starting after `cp`
    while (low < high) {
      const std::size_t middle = low + (high - low) / 2;
      if (TurnStart(middle) <= cp) low = middle + 1;
      else high = middle;
    }
    if (low == 0) return std::nullopt;  // before the first turn (or none)
    found = low - 1;
  }
  m_lastTurn = found;
  const TurnPlace t = Turn(found);
  if (cp < t.end || cp == t.start) return t;
  return std::nullopt;
}

}  // namespace duiding::search
