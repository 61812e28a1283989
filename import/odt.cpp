// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/odt.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "import/package_text.h"
#include "import/xml_document.h"
#include "import/zip_archive.h"
#include "model/error.h"

namespace duiding::import {
namespace {

const std::string kContentEntry = "content.xml";
const std::string kManifestEntry = "META-INF/manifest.xml";
constexpr std::string_view kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kSvgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

// text:s c="4000000000" would otherwise ask for 4 GB of spaces.
constexpr unsigned kMaxSpaceRun = 10000;

bool IsOdfWhitespace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The prefixes content.xml binds to the ODF namespaces it uses.
struct Prefixes {
  std::string office, text, table, svg;
};

// One paragraph's text under ODF's white-space rule (ODF 1.2, part 1, 6.1.2): tabs and line
// feeds in the XML count as spaces, a run of them is one space, and none is kept at the start
// or end of the paragraph. Spaces that matter are written as text:s and kept exactly.
class ParagraphText {
 public:
  void Characters(std::string_view chars) {
    for (const char c : chars) {
      if (IsOdfWhitespace(c)) {
        if (!m_afterSpace) m_pendingSpace = true;
        m_afterSpace = true;
      } else {
        Flush();
        m_text += c;
        m_afterSpace = false;
      }
    }
  }
  // A significant character (from text:s, text:tab, text:line-break): it ends a collapsed run,
  // and white space right after it is ignored, as after any white-space character.
  void Significant(std::string_view chars) {
    Flush();
    m_text += chars;
    m_afterSpace = true;
  }
  // Paragraphs nested in this one (in a text box) go on lines of their own.
  std::string& StartNestedBlock() {
    m_pendingSpace = false;
    if (!AtLineStart(m_text)) m_text += '\n';
    return m_text;
  }
  void EndNestedBlock() {
    m_afterSpace = true;
    m_nestedBlockEnd = m_text.size();
  }
  // Whether the text ends with a nested block, whose last line is ended already.
  bool EndsWithNestedBlock() const { return m_nestedBlockEnd == m_text.size() && !m_text.empty(); }
  std::string Finish() { return std::move(m_text); }  // a pending space at the end is dropped

 private:
  void Flush() {
    if (m_pendingSpace) m_text += ' ';
    m_pendingSpace = false;
  }
  std::string m_text;
  bool m_afterSpace = true;  // at the start of the paragraph white space is ignored
  bool m_pendingSpace = false;
  std::size_t m_nestedBlockEnd = 0;
};

// Reads office:text as text. Comments (office:annotation) and notes (text:note) sit inside
// paragraphs and are skipped; headers and footers live in styles.xml, which is not read.
class BodyReader {
 public:
  explicit BodyReader(Prefixes ns) : m_ns(std::move(ns)) {}

  std::string Read(pugi::xml_node body) {
    std::string out;
    Blocks(body, out);
    return out;
  }

  bool SawTrackedChanges() const { return m_sawTrackedChanges; }

 private:
  bool Is(const QName& name, const std::string& prefix, std::string_view local) const {
    return name.prefix == prefix && name.local == local;
  }

  // Content that is not part of the text flow: annotations (comments), notes (footnotes and
  // endnotes), ruby annotations, the alternative text of drawings, and table titles.
  bool Skipped(const QName& name) const {
    if (Is(name, m_ns.office, "annotation") || Is(name, m_ns.text, "note") || Is(name, m_ns.text, "ruby-text"))
      return true;
    if (Is(name, m_ns.svg, "title") || Is(name, m_ns.svg, "desc")) return true;
    return Is(name, m_ns.table, "title") || Is(name, m_ns.table, "desc");
  }

  // Paragraphs, headings, lists and tables; anything else (sections, indexes, frames) is looked
  // through for them.
  void Blocks(pugi::xml_node parent, std::string& out) {
    for (pugi::xml_node node : parent.children()) {
      if (node.type() != pugi::node_element) continue;  // text between blocks is XML layout
      Block(node, out, false);
    }
  }

  void Block(pugi::xml_node node, std::string& out, bool bullet) {
    const QName name = SplitName(node.name());
    if (Is(name, m_ns.text, "p") || Is(name, m_ns.text, "h")) {
      Paragraph(node, out, bullet);
    } else if (Is(name, m_ns.text, "list")) {
      List(node, out);
    } else if (Is(name, m_ns.text, "numbered-paragraph")) {
      ListItem(node, out);
    } else if (Is(name, m_ns.table, "table")) {
      Table(node, out);
    } else if (Is(name, m_ns.text, "tracked-changes")) {
      // Changed regions hold the text of deletions (and only metadata for insertions, whose
      // text is in the body): left out, as if every change were accepted.
      if (node.find_child([](pugi::xml_node c) { return c.type() == pugi::node_element; })) m_sawTrackedChanges = true;
    } else if (!Skipped(name)) {
      Blocks(node, out);
    }
  }

  bool IsBlock(const QName& name) const {
    return Is(name, m_ns.text, "p") || Is(name, m_ns.text, "h") || Is(name, m_ns.text, "list") ||
           Is(name, m_ns.text, "numbered-paragraph") || Is(name, m_ns.table, "table");
  }

  // A paragraph or heading is one line ending in "\n"; in a list it starts with "- ".
  void Paragraph(pugi::xml_node p, std::string& out, bool bullet) {
    ParagraphText text;
    Inline(p, text);
    const bool lineEnded = text.EndsWithNestedBlock();
    if (bullet && AtLineStart(out)) out += "- ";
    out += text.Finish();
    if (!lineEnded) out += '\n';
  }

  void Inline(pugi::xml_node parent, ParagraphText& text) {
    for (pugi::xml_node node : parent.children()) {
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        text.Characters(node.value());
        continue;
      }
      if (node.type() != pugi::node_element) continue;
      const QName name = SplitName(node.name());
      if (Is(name, m_ns.text, "s")) {
        text.Significant(std::string(SpaceCount(node), ' '));
      } else if (Is(name, m_ns.text, "tab")) {
        text.Significant("\t");
      } else if (Is(name, m_ns.text, "line-break")) {
        text.Significant("\n");
      } else if (IsBlock(name)) {
        Block(node, text.StartNestedBlock(), false);  // the paragraphs of a text box or shape
        text.EndNestedBlock();
      } else if (!Skipped(name)) {
        Inline(node, text);  // spans, links, fields, frames, change marks, ...
      }
    }
  }

  unsigned SpaceCount(pugi::xml_node s) const {
    const std::string_view count = s.attribute((m_ns.text + ":c").c_str()).value();
    unsigned n = 1;
    if (count.empty()) return n;
    const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), n);
    if (error != std::errc() || n == 0) return 1;
    return std::min(n, kMaxSpaceRun);
  }

  // Each item's first paragraph gets the bullet; further paragraphs of the item continue it,
  // and a nested list's items get bullets of their own.
  void List(pugi::xml_node list, std::string& out) {
    for (pugi::xml_node item : list.children()) {
      if (item.type() != pugi::node_element) continue;
      const QName name = SplitName(item.name());
      if (Is(name, m_ns.text, "list-item")) {
        ListItem(item, out);
      } else if (!Skipped(name)) {
        Blocks(item, out);  // text:list-header: a list's unnumbered heading
      }
    }
  }

  void ListItem(pugi::xml_node item, std::string& out) {
    bool bullet = true;
    for (pugi::xml_node node : item.children()) {
      if (node.type() != pugi::node_element) continue;
      const QName name = SplitName(node.name());
      const bool paragraph = Is(name, m_ns.text, "p") || Is(name, m_ns.text, "h");
      Block(node, out, bullet && paragraph);
      if (paragraph || Is(name, m_ns.text, "list")) bullet = false;
    }
  }

  // Read in reading order, as for Word: cells separated by a tab, each row ending its line,
  // paragraphs inside a cell separated by "\n", a cell's trailing empty lines dropped. Covered
  // cells (hidden by a merged cell) are skipped, as Word has no cell for them.
  void Table(pugi::xml_node table, std::string& out) {
    if (!AtLineStart(out)) out += '\n';
    std::vector<pugi::xml_node> rows;
    CollectRows(table, rows);
    for (const pugi::xml_node row : rows) {
      std::string line;
      bool first = true;
      for (pugi::xml_node cell : row.children()) {
        if (cell.type() != pugi::node_element || !Is(SplitName(cell.name()), m_ns.table, "table-cell")) continue;
        if (!first) line += '\t';
        first = false;
        std::string content;
        Blocks(cell, content);
        TrimTrailingNewlines(content);
        line += content;
      }
      out += line;
      out += '\n';
    }
  }

  void CollectRows(pugi::xml_node parent, std::vector<pugi::xml_node>& rows) const {
    for (pugi::xml_node child : parent.children()) {
      if (child.type() != pugi::node_element) continue;
      const QName name = SplitName(child.name());
      if (Is(name, m_ns.table, "table-row")) {
        rows.push_back(child);
      } else if (Is(name, m_ns.table, "table-header-rows") || Is(name, m_ns.table, "table-rows") ||
                 Is(name, m_ns.table, "table-row-group")) {
        CollectRows(child, rows);
      }
    }
  }

  Prefixes m_ns;
  bool m_sawTrackedChanges = false;
};

// An encrypted ODF package is still a zip; its manifest gives each encrypted entry an
// encryption-data element, and content.xml is then ciphertext.
bool IsEncryptedPackage(const std::string& path, const ZipArchive& zip) {
  if (!zip.Contains(kManifestEntry)) return false;
  const XmlDocument manifest(path, kManifestEntry, zip.Read(kManifestEntry));
  return manifest.Root().find_node([](pugi::xml_node n) {
    return n.type() == pugi::node_element && SplitName(n.name()).local == "encryption-data";
  });
}

pugi::xml_node Child(pugi::xml_node parent, const std::string& prefix, std::string_view local) {
  return parent.find_child([&](pugi::xml_node c) {
    const QName name = SplitName(c.name());
    return name.prefix == prefix && name.local == local;
  });
}

}  // namespace

ImportedDocument ImportOdtBytes(const std::string& path, std::string_view bytes, const ImportLimits& limits) {
  if (IsOleCompoundFile(bytes)) {
    throw Error(ErrorKind::Input,
                path + ": password-protected or encrypted file; remove the password and import again");
  }
  const ZipArchive zip(path, bytes, limits, "LibreOffice");
  if (IsEncryptedPackage(path, zip)) {
    throw Error(ErrorKind::Input, path + ": password-protected; remove the password in LibreOffice and import again");
  }
  if (!zip.Contains(kContentEntry)) {
    throw Error(ErrorKind::Input,
                path + ": " + kContentEntry + ": not found; this is not an OpenDocument text (.odt) file");
  }
  const XmlDocument xml(path, kContentEntry, zip.Read(kContentEntry));
  const pugi::xml_node root = xml.Root();
  Prefixes ns{NamespacePrefix(root, kOfficeNs).value_or("office"), NamespacePrefix(root, kTextNs).value_or("text"),
              NamespacePrefix(root, kTableNs).value_or("table"), NamespacePrefix(root, kSvgNs).value_or("svg")};
  const pugi::xml_node body = Child(Child(root, ns.office, "body"), ns.office, "text");
  if (!body) {
    throw Error(ErrorKind::Input, path + ": " + kContentEntry +
                                      ": no text body (office:text); this is not an OpenDocument text (.odt) file");
  }

  BodyReader reader(std::move(ns));
  std::string text = reader.Read(body);
  return PackagedDocument(path, std::move(text), reader.SawTrackedChanges());
}

}  // namespace duiding::import
