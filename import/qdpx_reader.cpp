// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/refi_xml.h"
#include "import/qdpx_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "import/imported.h"
#include "import/xml_document.h"
#include "import/zip_archive.h"
#include "model/error.h"
#include "model/guid.h"
#include "text/encoding.h"
#include "text/offset_map.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace duiding::import {
namespace {

using refi::CanonicalColor;
using refi::Elements;
using refi::IsXmlPlumbing;
using refi::LocalName;
using refi::Lower;
using refi::ParseBoolean;
using refi::Quoted;
using refi::TextOf;
using refi::Trim;

constexpr std::string_view kNamespacePrefix = "urn:QDA-XML:project:";
constexpr std::string_view kNamespace = "urn:QDA-XML:project:1.0";
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// --- XML and string helpers --------------------------------------------------------------------

std::string Tag(std::string_view name) { return "<" + std::string(name) + ">"; }
std::string Plural(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::optional<std::int64_t> ParseInteger(std::string_view text) {
  text = Trim(text);
  if (text.starts_with('+')) text.remove_prefix(1);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || end != text.data() + text.size()) return std::nullopt;
  // xsd:integer is unbounded; a position beyond int64 is simply far out of range.
  if (ec == std::errc::result_out_of_range)
    return text.starts_with('-') ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
  if (ec != std::errc()) return std::nullopt;
  return value;
}

std::string GuidOf(pugi::xml_node node, const char* attribute) {
  return CanonicalGuid(Trim(node.attribute(attribute).value())).value_or("");
}

// --- Text positions ----------------------------------------------------------------------------

/// What a producer's positions count: REFI-QDA's code points of the file, NVivo's UTF-16 code
/// units (CRLF = 2), or ATLAS.ti's code points with CRLF as one character. The fourth is only
/// tried when selection names ask for it (whether ATLAS.ti counts UTF-16 is unverified).
enum class Reading { CodePoints, Utf16, CrlfAsOne, Utf16CrlfAsOne };
constexpr std::array<Reading, 4> kReadings = {Reading::CodePoints, Reading::Utf16, Reading::CrlfAsOne,
                                              Reading::Utf16CrlfAsOne};

std::string Describe(Reading reading) {
  switch (reading) {
    case Reading::CodePoints: return "code points of the text file (the REFI-QDA rule)";
    case Reading::Utf16: return "UTF-16 code units with CRLF counted as 2 (as NVivo counts)";
    case Reading::CrlfAsOne: return "code points with CRLF counted as 1 (as ATLAS.ti counts)";
    case Reading::Utf16CrlfAsOne: return "UTF-16 code units with CRLF counted as 1";
  }
  return {};
}

Reading DefaultReading(std::string_view origin) {
  const std::string producer = Lower(Trim(origin));
  if (producer.starts_with("nvivo")) return Reading::Utf16;
  if (producer.starts_with("atlas")) return Reading::CrlfAsOne;
  return Reading::CodePoints;
}

std::string Utf8(std::u32string_view codePoints) {
  std::string out;
  for (const char32_t c : codePoints) text::AppendUtf8(out, c);
  return out;
}

/// A source text as its producer wrote it (BOM already dropped), its canonical form (LF, NFC),
/// and positions in any reading of the first converted to code points of the second.
class SourceText {
 public:
  explicit SourceText(std::string_view raw) {
    // The common case (LF, BMP only, NFC) needs no position maps at all.
    const bool astral =
        std::any_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xF0; });
    if (!astral && raw.find('\r') == std::string_view::npos && text::IsNfc(raw)) {
      m_canonical = raw;
    } else {
      for (std::size_t pos = 0; pos < raw.size();) m_raw.push_back(text::DecodeNext(raw, pos));
      const std::vector<std::size_t> lineAt = UnifyLineEndings();
      const std::vector<std::size_t> nfcAt = Normalize();
      m_canonAt.resize(lineAt.size());
      for (std::size_t i = 0; i < lineAt.size(); ++i) m_canonAt[i] = nfcAt.empty() ? lineAt[i] : nfcAt[lineAt[i]];
      std::u32string().swap(m_lines);
    }
    m_map = std::make_unique<text::OffsetMap>(m_canonical);
  }
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;

  const std::string& Canonical() const { return m_canonical; }
  std::size_t CanonicalLength() const { return m_map->CodePointCount(); }
  std::string_view Slice(std::size_t start, std::size_t end) const {
    const std::size_t from = m_map->ByteFromCodePoint(start);
    return std::string_view(m_canonical).substr(from, m_map->ByteFromCodePoint(end) - from);
  }
  /// Without CR and characters beyond the BMP every reading counts the same.
  bool ReadingsAgree() const { return m_readingsAgree; }
  std::size_t Length(Reading reading) { return m_canonAt.empty() ? CanonicalLength() : Units(reading).back(); }

  /// `unit` (at most Length) as a canonical code point; a unit inside a character (half a
  /// surrogate pair) rounds to the character's start, or its end when `roundUp`.
  std::size_t ToCanonical(Reading reading, std::size_t unit, bool roundUp) {
    if (m_canonAt.empty()) return unit;
    const std::vector<std::size_t>& units = Units(reading);
    std::size_t i = static_cast<std::size_t>(std::upper_bound(units.begin(), units.end(), unit) - units.begin()) - 1;
    if (units[i] != unit && roundUp) ++i;
    return m_canonAt[i];
  }

 private:
  // CRLF and lone CR become LF; a CR before LF takes the LF's place.
  std::vector<std::size_t> UnifyLineEndings() {
    std::vector<std::size_t> lineAt(m_raw.size() + 1);
    for (std::size_t i = 0; i < m_raw.size(); ++i) {
      lineAt[i] = m_lines.size();
      const char32_t c = m_raw[i];
      if (c == U'\r' || c > 0xFFFF) m_readingsAgree = false;
      if (c == U'\r' && i + 1 < m_raw.size() && m_raw[i + 1] == U'\n') continue;
      m_lines.push_back(c == U'\r' ? U'\n' : c);
    }
    lineAt[m_raw.size()] = m_lines.size();
    return lineAt;
  }

  // NFC never reaches across a character below U+0300 (all are starters that compose with
  // nothing before them), so the text is normalised in pieces that each start with one, and
  // only a piece that changes needs a position map of its own. Empty means "unchanged".
  std::vector<std::size_t> Normalize() {
    m_canonical = Utf8(m_lines);
    if (text::IsNfc(m_canonical)) return {};
    m_canonical.clear();
    std::vector<std::size_t> nfcAt(m_lines.size() + 1);
    std::size_t done = 0;
    for (std::size_t a = 0; a < m_lines.size();) {
      std::size_t b = a + 1;
      while (b < m_lines.size() && m_lines[b] >= 0x300) ++b;
      const std::u32string_view piece = std::u32string_view(m_lines).substr(a, b - a);
      const std::string utf8 = Utf8(piece);
      const std::string nfc = b - a == 1 && piece[0] < 0x300 ? utf8 : text::ToNfc(utf8);
      const std::size_t length = text::CountCodePoints(nfc);
      const bool changed = nfc != utf8;
      for (std::size_t k = 0; k < piece.size(); ++k)
        nfcAt[a + k] =
            done + (changed ? std::min(length, text::CountCodePoints(text::ToNfc(Utf8(piece.substr(0, k))))) : k);
      m_canonical += nfc;
      done += length;
      a = b;
    }
    nfcAt[m_lines.size()] = done;
    return nfcAt;
  }

  const std::vector<std::size_t>& Units(Reading reading) {
    std::vector<std::size_t>& units = m_units[static_cast<std::size_t>(reading)];
    if (!units.empty()) return units;
    units.resize(m_raw.size() + 1);
    const bool utf16 = reading == Reading::Utf16 || reading == Reading::Utf16CrlfAsOne;
    const bool crlfAsOne = reading == Reading::CrlfAsOne || reading == Reading::Utf16CrlfAsOne;
    for (std::size_t i = 0; i < m_raw.size(); ++i) {
      std::size_t width = utf16 && m_raw[i] > 0xFFFF ? 2 : 1;
      if (crlfAsOne && m_raw[i] == U'\r' && i + 1 < m_raw.size() && m_raw[i + 1] == U'\n') width = 0;
      units[i + 1] = units[i] + width;
    }
    return units;
  }

  std::u32string m_raw;
  std::u32string m_lines;
  std::string m_canonical;
  std::vector<std::size_t> m_canonAt;  ///< raw code point -> canonical code point; empty when equal
  std::array<std::vector<std::size_t>, kReadings.size()> m_units;  ///< per reading: raw code point -> unit
  std::unique_ptr<text::OffsetMap> m_map;
  bool m_readingsAgree = true;
};

std::string Collapse(std::string_view utf8) {
  std::string out;
  bool space = false;
  for (const char c : utf8) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// ATLAS.ti names a selection after its quote, cut at about 100 characters with an ellipsis.
bool NameMatchesQuote(std::string_view name, std::string_view quote) {
  std::string expected = Collapse(text::ToNfc(name));
  bool truncated = false;
  for (const std::string_view ellipsis : {std::string_view("\u2026"), std::string_view("...")}) {
    if (!expected.ends_with(ellipsis)) continue;
    expected = Collapse(expected.substr(0, expected.size() - ellipsis.size()));
    truncated = true;
    break;
  }
  if (expected.empty()) return false;
  const std::string actual = Collapse(quote);
  return truncated ? actual.starts_with(expected) : actual == expected;
}

// --- The archive -------------------------------------------------------------------------------

/// The files of a .qdpx next to its project XML, found case-insensitively (NVivo writes
/// Sources/, ATLAS.ti upper-case GUIDs).
class Files {
 public:
  Files(const ZipArchive& zip, std::string base) : m_zip(zip), m_base(Lower(base)) {
    for (const std::string& name : zip.EntryNames()) m_entries.emplace(Lower(name), name);
  }

  /// The entry a plainTextPath names: internal://x.txt, a bare x.txt, or an external
  /// relative:/// or absolute:/// path whose file a producer packed anyway.
  std::optional<std::string> Find(std::string_view path) const {
    std::string name = Lower(Trim(path));
    for (const std::string_view scheme : {"internal://", "relative://", "absolute://"})
      if (name.starts_with(scheme)) name = name.substr(scheme.size());
    while (name.starts_with('/')) name.erase(0, 1);
    const std::string file = name.substr(name.find_last_of('/') == std::string::npos ? 0 : name.find_last_of('/') + 1);
    for (const std::string& candidate : {m_base + "sources/" + name, m_base + name, m_base + "sources/" + file}) {
      const auto entry = m_entries.find(candidate);
      if (entry != m_entries.end()) return entry->second;
    }
    return std::nullopt;
  }

  std::string Read(const std::string& entry) const { return m_zip.Read(entry); }

 private:
  const ZipArchive& m_zip;
  std::string m_base;
  std::map<std::string, std::string> m_entries;  ///< lower-case name -> name
};

// --- The reader --------------------------------------------------------------------------------

/// Elements left out, each kind counted once, with what they held.
struct Dropped {
  std::string tag, why;
  std::size_t count = 0;
  std::map<std::string, std::size_t> inside;
};

class Reader {
 public:
  Reader(std::string file, const Files* files) : m_file(std::move(file)), m_files(files) {}

  QdpxResult Read(std::string_view xml, const std::string& entry) {
    Parse(xml, entry);
    const pugi::xml_node root = m_doc->Root();
    CheckRoot(root);
    WarnAboutDuplicateGuids(root);
    ReadProjectAttributes(root);
    ReadSections(root);
    ResolveReferences();
    ReportTallies();
    return std::move(m_result);
  }

 private:
  // --- messages ---
  std::size_t LineAt(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(m_newlines.begin(), m_newlines.end(), offset) -
                                    m_newlines.begin()) +
           1;
  }
  std::string Where(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    return offset < 0 ? m_file + ": "
                      : m_file + ": line " + std::to_string(LineAt(static_cast<std::size_t>(offset))) + ": ";
  }
  void Warn(pugi::xml_node node, const std::string& message) { m_result.warnings.push_back(Where(node) + message); }
  void Warn(const std::string& message) { m_result.warnings.push_back(m_file + ": " + message); }

  void Drop(pugi::xml_node node, const std::string& why) {
    const std::string key = Tag(LocalName(node)) + " " + why;
    if (!m_dropped.contains(key)) m_droppedOrder.push_back(key);
    Dropped& dropped = m_dropped[key];
    dropped.tag = Tag(LocalName(node));
    dropped.why = why;
    ++dropped.count;
    CountInside(node, dropped.inside);
  }
  void CountInside(pugi::xml_node node, std::map<std::string, std::size_t>& counts) const {
    static const std::set<std::string_view> kTrivial = {"CodeRef",     "NoteRef",   "Description",   "PlainTextContent",
                                                        "VariableRef", "TextValue", "BooleanValue",  "IntegerValue",
                                                        "FloatValue",  "DateValue", "DateTimeValue", "VariableValue"};
    for (const pugi::xml_node child : Elements(node)) {
      if (!kTrivial.contains(LocalName(child))) ++counts[Tag(LocalName(child))];
      CountInside(child, counts);
    }
  }
  void DropUnknown(pugi::xml_node node, std::string_view parent) { Drop(node, "not read inside " + Tag(parent)); }
  void Tally(const std::string& message, std::size_t count = 1) {
    if (!m_tallies.contains(message)) m_tallyOrder.push_back(message);
    m_tallies[message] += count;
  }
  void Known(pugi::xml_node node, std::initializer_list<std::string_view> attributes) {
    for (const pugi::xml_attribute attribute : node.attributes()) {
      if (IsXmlPlumbing(attribute)) continue;
      if (std::find(attributes.begin(), attributes.end(), std::string_view(attribute.name())) == attributes.end())
        ++m_ignoredAttributes[attribute.name()];
    }
  }

  void ReportTallies() {
    for (const std::string& key : m_droppedOrder) {
      const Dropped& dropped = m_dropped[key];
      std::string line =
          "dropped " + Plural(dropped.count, dropped.tag, dropped.tag + " elements") + " (" + dropped.why + ")";
      std::string inside;
      for (const auto& [name, count] : dropped.inside)
        inside += (inside.empty() ? "" : ", ") + std::to_string(count) + " " + name;
      if (!inside.empty()) line += ", with " + inside + " in them";
      Warn(line);
    }
    for (const std::string& message : m_tallyOrder) Warn(std::to_string(m_tallies[message]) + " " + message);
    for (const auto& [name, count] : m_ignoredAttributes)
      Warn("ignored attribute " + name + " on " + Plural(count, "element", "elements") + " (not kept in Duiding)");
  }

  // --- document ---
  void Parse(std::string_view xml, const std::string& entry) {
    for (std::size_t i = 0; i < xml.size(); ++i)
      if (xml[i] == '\n') m_newlines.push_back(i);
    try {
      m_doc = std::make_unique<XmlDocument>(m_file, entry, xml);
    } catch (const Error& error) {
      // A bare .qde has no entry to name: "file: : XML error" becomes "file: XML error".
      std::string message = error.what();
      if (entry.empty() && message.starts_with(m_file + ": : ")) message.erase(m_file.size(), 2);
      throw Error(error.Kind(), message);
    }
  }

  void CheckRoot(pugi::xml_node root) {
    if (!root) throw Error(ErrorKind::Input, m_file + ": no XML element; not a REFI-QDA project");
    const QName name = SplitName(root.name());
    if (name.local == "CodeBook")
      throw Error(ErrorKind::Input, m_file + ": a REFI-QDA codebook, not a project; import it as a codebook (.qdc)");
    if (name.local != "Project")
      throw Error(ErrorKind::Input,
                  Where(root) + "not a REFI-QDA project (the root element is " + Tag(name.local) + ", not <Project>)");
    const std::string declaration = name.prefix.empty() ? "xmlns" : "xmlns:" + std::string(name.prefix);
    const std::string_view uri = root.attribute(declaration.c_str()).value();
    if (!uri.empty() && !uri.starts_with(kNamespacePrefix))
      throw Error(ErrorKind::Input, Where(root) + "not a REFI-QDA project (namespace " + std::string(uri) +
                                        ", expected " + std::string(kNamespace) + ")");
    if (!uri.empty() && uri != kNamespace)
      Warn(root, "namespace " + std::string(uri) + " read as " + std::string(kNamespace));
  }

  void CollectGuids(pugi::xml_node node, std::map<std::string, std::vector<std::string>>& owners) const {
    for (const pugi::xml_node child : Elements(node)) {
      const std::string guid = GuidOf(child, "guid");
      if (!guid.empty()) owners[guid].push_back(Tag(LocalName(child)));
      CollectGuids(child, owners);
    }
  }

  // The schema does not enforce unique GUIDs and ATLAS.ti repeats some; say so once per GUID.
  void WarnAboutDuplicateGuids(pugi::xml_node root) {
    std::map<std::string, std::vector<std::string>> owners;
    CollectGuids(root, owners);
    for (const auto& [guid, elements] : owners) {
      if (elements.size() < 2) continue;
      std::string list;
      for (const std::string& element : elements) list += (list.empty() ? "" : ", ") + element;
      Warn("duplicate GUID " + guid + " on " + std::to_string(elements.size()) + " elements (" + list +
           "); an imported one that repeats it gets a new GUID");
    }
  }

  /// The canonical GUID of an object that is kept; a missing, invalid or repeated one is
  /// replaced by a fresh GUID, and said so.
  std::string Claim(pugi::xml_node node, const std::string& what) {
    const std::string_view given = Trim(node.attribute("guid").value());
    std::string guid = CanonicalGuid(given).value_or("");
    if (guid.empty()) {
      guid = NewGuid();
      Warn(node, what + " has no valid GUID (" + Quoted(given) + "); given " + guid);
    } else if (m_claimed.contains(guid)) {
      const std::string fresh = NewGuid();
      Warn(node, what + " repeats GUID " + guid + " of an object read before; given " + fresh);
      guid = fresh;
    }
    m_claimed.insert(guid);
    return guid;
  }

  /// A reference's target; none (counted) when it is no GUID. The codebook schema's MemberCode
  /// names it by guid, and producers copy that into projects.
  std::optional<std::string> Target(pugi::xml_node node) {
    std::string guid = GuidOf(node, "targetGUID");
    if (guid.empty()) guid = GuidOf(node, "guid");
    Known(node, {"targetGUID", "guid"});
    if (!guid.empty()) return guid;
    Tally(Tag(LocalName(node)) + " without a valid GUID dropped");
    return std::nullopt;
  }

  void ReadProjectAttributes(pugi::xml_node root) {
    ExchangeProject& project = m_result.project;
    project.name = Trim(root.attribute("name").value());
    if (project.name.empty()) project.name = DocumentNameFromPath(m_file);
    project.origin = Trim(root.attribute("origin").value());
    project.creatingUser = GuidOf(root, "creatingUserGUID");
    project.createdAt = Trim(root.attribute("creationDateTime").value());
    m_defaultReading = DefaultReading(project.origin);
    Known(root, {"name", "origin", "creatingUserGUID", "creationDateTime"});
  }

  // Producers do not all keep the schema's order; each part is read where the others it
  // depends on are known (variables before values).
  void ReadSections(pugi::xml_node root) {
    std::map<std::string_view, std::vector<pugi::xml_node>> sections;
    static const std::set<std::string_view> kSections = {"Users",   "CodeBook",    "Variables", "Cases",
                                                         "Sources", "Notes",       "Links",     "Sets",
                                                         "Graphs",  "Description", "NoteRef"};
    for (const pugi::xml_node child : Elements(root)) {
      if (kSections.contains(LocalName(child))) sections[LocalName(child)].push_back(child);
      else DropUnknown(child, "Project");
    }
    const auto each = [&](std::string_view name, auto read) {
      for (const pugi::xml_node node : sections[name]) (this->*read)(node);
    };
    each("Users", &Reader::ReadUsers);
    each("CodeBook", &Reader::ReadCodeBook);
    each("Variables", &Reader::ReadVariables);
    each("Cases", &Reader::ReadCases);
    each("Sources", &Reader::ReadSources);
    each("Notes", &Reader::ReadNotes);
    each("Links", &Reader::DropLinks);
    each("Sets", &Reader::ReadSets);
    each("Graphs", &Reader::DropGraphs);
    each("Description", &Reader::ReadProjectDescription);
    each("NoteRef", &Reader::ReadProjectNoteRef);
  }

  void DropLinks(pugi::xml_node links) {
    for (const pugi::xml_node child : Elements(links)) Drop(child, "links between objects are not imported");
  }
  void DropGraphs(pugi::xml_node graphs) {
    for (const pugi::xml_node child : Elements(graphs)) Drop(child, "network views are not imported");
  }

  void ReadProjectDescription(pugi::xml_node node) { m_result.project.description = TextOf(node); }
  void ReadProjectNoteRef(pugi::xml_node node) {
    if (auto guid = Target(node)) m_result.project.projectNoteGuids.push_back(*guid);
  }

  // --- users, codes, variables, cases ---
  void ReadUsers(pugi::xml_node users) {
    for (const pugi::xml_node node : Elements(users)) {
      if (LocalName(node) != "User") {
        DropUnknown(node, "Users");
        continue;
      }
      ExchangeUser user;
      user.name = node.attribute("name").value();
      user.guid = Claim(node, "user " + Quoted(user.name));
      Known(node, {"guid", "name"});
      m_result.project.users.push_back(std::move(user));
    }
  }

  void ReadCodeBook(pugi::xml_node codebook) {
    for (const pugi::xml_node codes : Elements(codebook)) {
      if (LocalName(codes) != "Codes") {
        DropUnknown(codes, "CodeBook");
        continue;
      }
      for (const pugi::xml_node code : Elements(codes)) {
        if (LocalName(code) == "Code") ReadCode(code, "");
        else DropUnknown(code, "Codes");
      }
    }
  }

  void ReadCode(pugi::xml_node node, const std::string& parentGuid) {
    const std::size_t index = m_result.project.codebook.entries.size();
    m_result.project.codebook.entries.push_back({ReadCodeAttributes(node), parentGuid});
    const std::string guid = m_result.project.codebook.entries[index].code.guid;
    m_codes.insert(guid);
    for (const pugi::xml_node child : Elements(node)) {
      const std::string_view name = LocalName(child);
      if (name == "Code") ReadCode(child, guid);
      else if (name == "Description")
        ParseCodeDescription(TextOf(child), m_result.project.codebook.entries[index].code);
      else if (name == "NoteRef")
        Tally("notes linked to codes kept as free notes (a code's link to a note is not kept)");
      else DropUnknown(child, "Code");
    }
  }

  Code ReadCodeAttributes(pugi::xml_node node) {
    Code code;
    code.name = node.attribute("name").value();
    if (Trim(code.name).empty()) {
      code.name = "(no name)";
      Warn(node, "a code without a name is called " + Quoted(code.name));
    }
    const std::string what = "code " + Quoted(code.name);
    code.guid = Claim(node, what);
    if (const auto codable = node.attribute("isCodable")) {
      const auto value = ParseBoolean(codable.value());
      if (!value) Warn(node, what + ": isCodable=" + Quoted(codable.value()) + " is not true or false; read as true");
      code.isCodable = value.value_or(true);
    }
    const std::string_view color = Trim(node.attribute("color").value());
    if (!color.empty()) {
      const auto canonical = CanonicalColor(color);
      if (!canonical) Warn(node, what + ": dropped colour " + Quoted(color) + " (not #RGB or #RRGGBB)");
      code.color = canonical.value_or("");
    }
    Known(node, {"guid", "name", "isCodable", "color"});
    return code;
  }

  void ReadVariables(pugi::xml_node variables) {
    for (const pugi::xml_node node : Elements(variables)) {
      if (LocalName(node) != "Variable") {
        DropUnknown(node, "Variables");
        continue;
      }
      ExchangeVariable variable;
      variable.name = node.attribute("name").value();
      variable.guid = Claim(node, "variable " + Quoted(variable.name));
      variable.type = ReadVariableType(node, variable.name);
      for (const pugi::xml_node child : Elements(node)) {
        if (LocalName(child) == "Description") variable.description = TextOf(child);
        else DropUnknown(child, "Variable");
      }
      Known(node, {"guid", "name", "typeOfVariable"});
      m_variables[variable.guid] = variable.type;
      m_result.project.variables.push_back(std::move(variable));
    }
  }

  VariableType ReadVariableType(pugi::xml_node node, const std::string& name) {
    const std::string_view given = Trim(node.attribute("typeOfVariable").value());
    if (const auto type = ParseVariableType(given)) return *type;
    Warn(node, "variable " + Quoted(name) + ": type " + Quoted(given) + " kept as Text" +
                   (Lower(given) == "datetime" ? " (Duiding has dates without times)" : ""));
    return VariableType::Text;
  }

  /// A VariableValue as text of its variable's type; none (said why) when it cannot be one.
  std::optional<ExchangeValue> ReadValue(pugi::xml_node node, const std::string& owner) {
    ExchangeValue value;
    std::optional<pugi::xml_node> valueElement;
    for (const pugi::xml_node child : Elements(node)) {
      if (LocalName(child) == "VariableRef") value.variableGuid = Target(child).value_or("");
      else if (LocalName(child).ends_with("Value") && !valueElement) valueElement = child;
      else DropUnknown(child, "VariableValue");
    }
    const auto type = m_variables.find(value.variableGuid);
    if (type == m_variables.end()) {
      Tally("variable values dropped: their variable is not in the file");
      return std::nullopt;
    }
    if (!valueElement) {
      Tally("variable values without a value skipped");
      return std::nullopt;
    }
    std::string text = TextOf(*valueElement);
    if (type->second != VariableType::Text) text = Trim(text);
    if (type->second == VariableType::Date && LocalName(*valueElement) == "DateTimeValue") text = text.substr(0, 10);
    const auto parsed = ParseValue(type->second, text);
    if (!parsed) {
      Warn(node, owner + ": dropped value " + Quoted(text) + " (not a " + VariableTypeName(type->second) + ")");
      return std::nullopt;
    }
    value.value = FormatValue(*parsed);
    return value;
  }

  void ReadCases(pugi::xml_node cases) {
    for (const pugi::xml_node node : Elements(cases)) {
      if (LocalName(node) != "Case") {
        DropUnknown(node, "Cases");
        continue;
      }
      ExchangeCase item;
      item.name = node.attribute("name").value();
      const std::string what = "case " + Quoted(item.name);
      item.guid = Claim(node, what);
      for (const pugi::xml_node child : Elements(node)) {
        const std::string_view name = LocalName(child);
        if (name == "Description") item.description = TextOf(child);
        else if (name == "VariableValue") AddValue(item.values, ReadValue(child, what));
        else if (name == "SourceRef") AddGuid(item.sourceGuids, Target(child));
        else if (name == "CodeRef" || name == "SelectionRef") Drop(child, "cases link only to sources in Duiding");
        else DropUnknown(child, "Case");
      }
      Known(node, {"guid", "name"});
      m_result.project.cases.push_back(std::move(item));
    }
  }

  static void AddValue(std::vector<ExchangeValue>& values, std::optional<ExchangeValue> value) {
    if (value) values.push_back(std::move(*value));
  }
  static void AddGuid(std::vector<std::string>& guids, const std::optional<std::string>& guid) {
    if (guid) guids.push_back(*guid);
  }

  // --- sources ---
  void ReadSources(pugi::xml_node sources) {
    for (const pugi::xml_node node : Elements(sources)) {
      const std::string_view name = LocalName(node);
      if (name == "TextSource") ReadTextSource(node);
      else if (name == "PDFSource") Drop(node, "PDF sources are not imported");
      else if (name == "PictureSource") Drop(node, "picture sources are not imported");
      else if (name == "AudioSource") Drop(node, "audio sources and their transcripts are not imported");
      else if (name == "VideoSource") Drop(node, "video sources and their transcripts are not imported");
      else DropUnknown(node, "Sources");
    }
  }

  /// The bytes of a file the project names, or none (said why).
  std::optional<std::string> ReadFile(pugi::xml_node node, std::string_view path, const std::string& what,
                                      const std::string& loss) {
    if (!m_files) {
      Warn(node,
           what + ": its text file " + std::string(path) + " is not available (a bare .qde holds no files); " + loss);
      return std::nullopt;
    }
    const auto entry = m_files->Find(path);
    if (!entry) {
      Warn(node, what + ": its text file " + std::string(path) + " is not in the archive; " + loss);
      return std::nullopt;
    }
    try {
      return m_files->Read(*entry);
    } catch (const Error& error) {
      Warn(node, what + ": " + error.what() + "; " + loss);
      return std::nullopt;
    }
  }

  /// Text as it was written, without a leading BOM (which no producer counts); a file that
  /// is not UTF-8 is decoded as detection suggests, and said so.
  std::optional<std::string> Decode(pugi::xml_node node, std::string bytes, const std::string& what,
                                    const std::string& loss) {
    if (std::string_view(bytes).starts_with(kBom)) bytes.erase(0, kBom.size());
    if (!text::FindInvalidUtf8(bytes)) return bytes;
    try {
      text::DecodedText decoded = text::DecodeToUtf8(bytes);
      Warn(node, what + ": the text file is not UTF-8; read as " + decoded.encoding);
      return std::move(decoded.utf8);
    } catch (const std::exception& error) {
      Warn(node, what + ": the text file cannot be read (" + error.what() + "); " + loss);
      return std::nullopt;
    }
  }

  /// A source's or note's own text: its plainTextPath file, else its PlainTextContent.
  std::optional<std::string> RawText(pugi::xml_node node, const std::string& what, const std::string& loss) {
    const pugi::xml_node content = Child(node, "PlainTextContent");
    const std::string_view path = Trim(node.attribute("plainTextPath").value());
    if (!path.empty() && (!content || (m_files && m_files->Find(path)))) {
      auto bytes = ReadFile(node, path, what, loss);
      return bytes ? Decode(node, std::move(*bytes), what, loss) : std::nullopt;
    }
    if (content) return TextOf(content);
    Warn(node, what + " has neither a plainTextPath nor PlainTextContent; " + loss);
    return std::nullopt;
  }

  static pugi::xml_node Child(pugi::xml_node node, std::string_view name) {
    for (const pugi::xml_node child : Elements(node))
      if (LocalName(child) == name) return child;
    return {};
  }

  void ReadTextSource(pugi::xml_node node) {
    ExchangeSource source;
    source.name = node.attribute("name").value();
    const std::string what = "source " + Quoted(source.name);
    std::vector<pugi::xml_node> selections;
    for (const pugi::xml_node child : Elements(node))
      if (LocalName(child) == "PlainTextSelection") selections.push_back(child);
    const std::string loss =
        selections.empty() ? "dropped" : "dropped with its " + Plural(selections.size(), "selection", "selections");
    const auto raw = RawText(node, what, loss);
    if (!raw) return;
    source.guid = Claim(node, what);
    source.creatingUser = GuidOf(node, "creatingUser");
    source.createdAt = Trim(node.attribute("creationDateTime").value());
    Known(node, {"guid", "name", "plainTextPath", "creatingUser", "creationDateTime"});
    SourceText text(*raw);
    const Reading reading = ChooseReading(node, text, selections, what);
    for (const pugi::xml_node child : Elements(node)) ReadSourceChild(child, source, text, reading);
    source.text = text.Canonical();
    m_sources.insert(source.guid);
    m_result.project.sources.push_back(std::move(source));
  }

  void ReadSourceChild(pugi::xml_node child, ExchangeSource& source, SourceText& text, Reading reading) {
    const std::string what = "source " + Quoted(source.name);
    const std::string_view name = LocalName(child);
    if (name == "Description") {
      source.description = TextOf(child);
    } else if (name == "PlainTextSelection") {
      if (auto selection = ReadSelection(child, text, reading, what))
        source.selections.push_back(std::move(*selection));
    } else if (name == "Coding") {
      ReadWholeSourceCoding(child, source, text);
    } else if (name == "NoteRef") {
      AddGuid(source.noteGuids, Target(child));
    } else if (name == "VariableValue") {
      AddValue(source.values, ReadValue(child, what));
    } else if (name != "PlainTextContent") {
      DropUnknown(child, "TextSource");
    }
  }

  // A code applied to a whole source is, in Duiding, a coding of its whole text.
  void ReadWholeSourceCoding(pugi::xml_node node, ExchangeSource& source, const SourceText& text) {
    ExchangeSelection selection;
    selection.guid = NewGuid();
    selection.end = text.CanonicalLength();
    if (auto coding = ReadCoding(node, selection.noteGuids)) {
      selection.creatingUser = coding->creatingUser;
      selection.createdAt = coding->createdAt;
      selection.codings.push_back(std::move(*coding));
      source.selections.push_back(std::move(selection));
      Tally("codings of whole sources kept as selections of the whole text");
    }
  }

  /// The reading the producer's positions are in: by Project/@origin, unless selection names
  /// (ATLAS.ti writes the quote there) match the text only under another reading.
  Reading ChooseReading(pugi::xml_node node, SourceText& text, const std::vector<pugi::xml_node>& selections,
                        const std::string& what) {
    if (text.ReadingsAgree()) return m_defaultReading;
    std::size_t named = 0;
    for (const pugi::xml_node selection : selections)
      if (!Trim(selection.attribute("name").value()).empty()) ++named;
    Reading chosen = m_defaultReading;
    std::size_t best = named == 0 ? 0 : Confirmed(text, m_defaultReading, selections);
    const std::size_t byOrigin = best;
    for (const Reading reading : kReadings) {
      if (best == named || reading == m_defaultReading) continue;
      const std::size_t confirmed = Confirmed(text, reading, selections);
      if (confirmed <= best) continue;
      chosen = reading;
      best = confirmed;
    }
    const std::string evidence = std::to_string(best) + " of " + Plural(named, "selection name", "selection names");
    if (chosen != m_defaultReading)
      Warn(node, what + ": positions read as " + Describe(chosen) + ", not as " + Describe(m_defaultReading) +
                     " as the origin suggests: " + evidence + " match the text that way, " + std::to_string(byOrigin) +
                     " the other");
    else if (chosen != Reading::CodePoints)
      Warn(node, what + ": positions read as " + Describe(chosen) + ", as " + Quoted(m_result.project.origin) +
                     " writes them" + (named == 0 ? "" : "; " + evidence + " match the text"));
    return chosen;
  }

  std::size_t Confirmed(SourceText& text, Reading reading, const std::vector<pugi::xml_node>& selections) {
    std::size_t confirmed = 0;
    const std::size_t length = text.Length(reading);
    for (const pugi::xml_node selection : selections) {
      const std::string_view name = Trim(selection.attribute("name").value());
      const auto start = ParseInteger(selection.attribute("startPosition").value());
      const auto end = ParseInteger(selection.attribute("endPosition").value());
      if (name.empty() || !start || !end || *start < 0 || *start > *end || static_cast<std::uint64_t>(*end) > length)
        continue;
      const std::size_t from = text.ToCanonical(reading, static_cast<std::size_t>(*start), false);
      const std::size_t to = text.ToCanonical(reading, static_cast<std::size_t>(*end), true);
      if (NameMatchesQuote(name, text.Slice(from, to))) ++confirmed;
    }
    return confirmed;
  }

  /// Positions within [0, length] and start <= end, said so when they were not.
  std::optional<std::pair<std::size_t, std::size_t>> Positions(pugi::xml_node node, std::size_t length,
                                                               const std::string& what) {
    const auto start = ParseInteger(node.attribute("startPosition").value());
    const auto end = ParseInteger(node.attribute("endPosition").value());
    if (!start || !end) {
      Warn(node, what + ": dropped a selection without valid startPosition and endPosition (" +
                     Quoted(node.attribute("startPosition").value()) + ", " +
                     Quoted(node.attribute("endPosition").value()) + ")");
      return std::nullopt;
    }
    const auto clamp = [&](std::int64_t p) {
      return static_cast<std::size_t>(std::clamp<std::int64_t>(p, 0, static_cast<std::int64_t>(length)));
    };
    std::size_t from = clamp(*start), to = clamp(*end);
    if (from > to) std::swap(from, to);
    const auto outside = [&](std::int64_t p) { return p < 0 || p > static_cast<std::int64_t>(length); };
    if (outside(*start) || outside(*end) || *start > *end)
      Warn(node, what + ": selection " + std::to_string(*start) + "-" + std::to_string(*end) +
                     " lies outside the text (" + std::to_string(length) + " long) or runs backwards; clamped to " +
                     std::to_string(from) + "-" + std::to_string(to));
    return std::pair(from, to);
  }

  std::optional<ExchangeSelection> ReadSelection(pugi::xml_node node, SourceText& text, Reading reading,
                                                 const std::string& what) {
    const auto positions = Positions(node, text.Length(reading), what);
    if (!positions) return std::nullopt;
    ExchangeSelection selection;
    selection.guid = Claim(node, "a selection in " + what);
    selection.name = node.attribute("name").value();
    selection.start = text.ToCanonical(reading, positions->first, false);
    selection.end = text.ToCanonical(reading, positions->second, true);
    selection.creatingUser = GuidOf(node, "creatingUser");
    selection.createdAt = Trim(node.attribute("creationDateTime").value());
    Known(node, {"guid", "name", "startPosition", "endPosition", "creatingUser", "creationDateTime"});
    for (const pugi::xml_node child : Elements(node)) {
      const std::string_view name = LocalName(child);
      if (name == "Description") selection.description = TextOf(child);
      else if (name == "Coding") AddCoding(selection, ReadCoding(child, selection.noteGuids));
      else if (name == "NoteRef") AddGuid(selection.noteGuids, Target(child));
      else DropUnknown(child, "PlainTextSelection");
    }
    return selection;
  }

  static void AddCoding(ExchangeSelection& selection, std::optional<ExchangeCoding> coding) {
    if (coding) selection.codings.push_back(std::move(*coding));
  }

  /// A coding; notes on it go to its selection, which is what a Duiding coding is.
  std::optional<ExchangeCoding> ReadCoding(pugi::xml_node node, std::vector<std::string>& notes) {
    ExchangeCoding coding;
    coding.guid = Claim(node, "a coding");
    coding.creatingUser = GuidOf(node, "creatingUser");
    coding.createdAt = Trim(node.attribute("creationDateTime").value());
    Known(node, {"guid", "creatingUser", "creationDateTime"});
    for (const pugi::xml_node child : Elements(node)) {
      const std::string_view name = LocalName(child);
      if (name == "CodeRef" && coding.codeGuid.empty()) coding.codeGuid = Target(child).value_or("");
      else if (name == "NoteRef") AddGuid(notes, Target(child));
      else DropUnknown(child, "Coding");
    }
    if (!coding.codeGuid.empty()) return coding;
    Tally("codings without a code dropped");
    return std::nullopt;
  }

  // --- notes and sets ---
  void ReadNotes(pugi::xml_node notes) {
    for (const pugi::xml_node node : Elements(notes)) {
      if (LocalName(node) != "Note") {
        DropUnknown(node, "Notes");
        continue;
      }
      ExchangeNote note;
      note.name = node.attribute("name").value();
      const std::string what = "note " + Quoted(note.name);
      note.guid = Claim(node, what);
      note.creatingUser = GuidOf(node, "creatingUser");
      note.createdAt = Trim(node.attribute("creationDateTime").value());
      note.text = text::Canonicalize(RawText(node, what, "kept without text").value_or(""));
      Known(node, {"guid", "name", "plainTextPath", "creatingUser", "creationDateTime"});
      for (const pugi::xml_node child : Elements(node))
        if (LocalName(child) != "PlainTextContent") Drop(child, "notes keep only their text");
      m_notes.insert(note.guid);
      m_result.project.notes.push_back(std::move(note));
    }
  }

  void ReadSets(pugi::xml_node sets) {
    for (const pugi::xml_node node : Elements(sets)) {
      if (LocalName(node) != "Set") {
        DropUnknown(node, "Sets");
        continue;
      }
      ExchangeSet set;
      set.name = node.attribute("name").value();
      set.guid = Claim(node, "set " + Quoted(set.name));
      Known(node, {"guid", "name"});
      for (const pugi::xml_node child : Elements(node)) {
        const std::string_view name = LocalName(child);
        if (name == "Description") set.description = TextOf(child);
        else if (name == "MemberCode") AddGuid(set.codeGuids, Target(child));
        else if (name == "MemberSource") AddGuid(set.sourceGuids, Target(child));
        else if (name == "MemberNote") AddGuid(set.noteGuids, Target(child));
        else DropUnknown(child, "Set");
      }
      m_result.project.sets.push_back(std::move(set));
    }
  }

  // --- references ---
  void Keep(std::vector<std::string>& guids, const std::set<std::string>& known, const std::string& what) {
    const auto unknown =
        std::remove_if(guids.begin(), guids.end(), [&](const std::string& g) { return !known.contains(g); });
    const auto lost = static_cast<std::size_t>(guids.end() - unknown);
    guids.erase(unknown, guids.end());
    if (lost > 0) Tally(what + " dropped: they point at nothing imported", lost);
  }

  // Whatever points at a dropped or missing object is left out, so that every GUID the
  // project holds names something in it.
  void ResolveReferences() {
    ExchangeProject& project = m_result.project;
    for (ExchangeSource& source : project.sources) {
      Keep(source.noteGuids, m_notes, "note links of sources");
      for (ExchangeSelection& selection : source.selections) {
        Keep(selection.noteGuids, m_notes, "note links of selections");
        const std::size_t before = selection.codings.size();
        std::erase_if(selection.codings, [&](const ExchangeCoding& c) { return !m_codes.contains(c.codeGuid); });
        if (before != selection.codings.size())
          Tally("codings of codes that are not in the codebook dropped", before - selection.codings.size());
      }
    }
    for (ExchangeCase& item : project.cases) {
      Keep(item.sourceGuids, m_sources, "case sources");
    }
    for (ExchangeSet& set : project.sets) {
      Keep(set.codeGuids, m_codes, "set members (codes)");
      Keep(set.sourceGuids, m_sources, "set members (sources)");
      Keep(set.noteGuids, m_notes, "set members (notes)");
    }
    Keep(project.projectNoteGuids, m_notes, "note links of the project");
  }

  std::string m_file;
  const Files* m_files;
  std::unique_ptr<XmlDocument> m_doc;
  std::vector<std::size_t> m_newlines;
  QdpxResult m_result;
  Reading m_defaultReading = Reading::CodePoints;
  std::set<std::string> m_claimed, m_codes, m_sources, m_notes;
  std::map<std::string, VariableType> m_variables;
  std::map<std::string, Dropped> m_dropped;
  std::vector<std::string> m_droppedOrder;
  std::map<std::string, std::size_t> m_tallies;
  std::vector<std::string> m_tallyOrder;
  std::map<std::string, std::size_t> m_ignoredAttributes;
};

bool IsQde(const std::string& entry) { return Lower(entry).ends_with(".qde") && entry.back() != '/'; }

/// The one project XML of an archive: the *.qde at its root (ATLAS.ti names it after the
/// project), else the only one anywhere.
std::string FindQde(const std::vector<std::string>& entries, const std::string& name) {
  std::vector<std::string> atRoot, anywhere;
  for (const std::string& entry : entries) {
    if (!IsQde(entry)) continue;
    anywhere.push_back(entry);
    if (entry.find('/') == std::string::npos) atRoot.push_back(entry);
  }
  const std::vector<std::string>& candidates = atRoot.empty() ? anywhere : atRoot;
  if (candidates.size() == 1) return candidates.front();
  for (const std::string& entry : candidates)
    if (Lower(entry) == "project.qde") return entry;
  if (candidates.empty())
    throw Error(ErrorKind::Input, name + ": not a REFI-QDA project (no project.qde in the archive)");
  throw Error(ErrorKind::Input, name + ": not a REFI-QDA project (" + std::to_string(candidates.size()) +
                                    " .qde files and none is project.qde)");
}

bool LooksLikeXml(std::string_view bytes) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  return Trim(bytes.substr(0, 64)).starts_with('<');
}

}  // namespace

QdpxResult ReadQdpx(const std::string& path) { return ReadQdpxBytes(ReadFileBytes(path, ImportLimits{}), path); }

QdpxResult ReadQdpxBytes(std::string_view bytes, const std::string& name) {
  if (!IsZipArchive(bytes)) {
    if (LooksLikeXml(bytes)) return ReadQde(bytes, name);
    throw Error(ErrorKind::Input, name + ": not a REFI-QDA project (a .qdpx is a zip archive)");
  }
  const ZipArchive zip(name, bytes, ImportLimits{}, "the program that wrote it");
  const std::string qde = FindQde(zip.EntryNames(), name);
  const Files files(zip, qde.substr(0, qde.find_last_of('/') == std::string::npos ? 0 : qde.find_last_of('/') + 1));
  return Reader(name, &files).Read(zip.Read(qde), qde);
}

QdpxResult ReadQde(std::string_view xml, const std::string& name) { return Reader(name, nullptr).Read(xml, ""); }

}  // namespace duiding::import
