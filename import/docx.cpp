// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/docx.h"

#include <functional>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "import/package_text.h"
#include "import/xml_document.h"
#include "import/zip_archive.h"
#include "model/error.h"

namespace duiding::import {
namespace {

const std::string kDocumentEntry = "word/document.xml";
const std::string kStylesEntry = "word/styles.xml";
constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kCompatibilityNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";

// Style ids, looked up by the string_view an attribute gives.
using StyleIds = std::set<std::string, std::less<>>;

// WordprocessingML names are matched by `w`, the prefix the part binds to the Word namespace,
// whatever that prefix is.
bool IsWord(pugi::xml_node node, std::string_view w, std::string_view local) {
  const QName name = SplitName(node.name());
  return name.prefix == w && name.local == local;
}

pugi::xml_node WordChild(pugi::xml_node node, std::string_view w, std::string_view local) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element && IsWord(child, w, local)) return child;
  }
  return {};
}

// The value of a Word attribute such as w:val; "" when the node or the attribute is missing.
std::string_view WordAttribute(pugi::xml_node node, std::string_view w, std::string_view local) {
  const std::string name = w.empty() ? std::string(local) : std::string(w) + ':' + std::string(local);
  return node.attribute(name.c_str()).value();
}

// Reads the body of word/document.xml as text. Only the main document part is read: comments,
// footnotes, endnotes, headers and footers live in parts of their own (word/comments.xml, ...),
// and the body holds nothing of them but empty reference marks.
class BodyReader {
 public:
  BodyReader(std::string word, std::string compatibility, StyleIds listStyles)
      : m_w(std::move(word)), m_mc(std::move(compatibility)), m_listStyles(std::move(listStyles)) {}

  std::string Read(pugi::xml_node body) {
    std::string out;
    Walk(body, out);
    return out;
  }

  bool SawTrackedChanges() const { return m_sawTrackedChanges; }

 private:
  // Everything below `parent` in document order; the elements named here are the only ones
  // that produce text or must be kept from producing it.
  void Walk(pugi::xml_node parent, std::string& out) {
    for (pugi::xml_node node : parent.children()) {
      if (node.type() != pugi::node_element) continue;  // text outside w:t is layout whitespace
      const QName name = SplitName(node.name());
      if (name.prefix == m_mc) {
        // Markup compatibility offers the same content twice (a modern text box and its VML
        // fallback); only the first choice is read, so a text box appears once.
        if (name.local == "AlternateContent") Walk(FirstAlternative(node), out);
        continue;
      }
      if (name.prefix != m_w) {
        Walk(node, out);  // drawing and VML wrappers around a text box (w:txbxContent)
        continue;
      }
      const std::string_view local = name.local;
      if (local == "p") {
        Paragraph(node, out);
      } else if (local == "tbl") {
        Table(node, out);
      } else if (local == "t") {
        for (pugi::xml_node chars : node.children()) {
          if (chars.type() == pugi::node_pcdata || chars.type() == pugi::node_cdata) out += chars.value();
        }
      } else if (local == "tab" || local == "ptab") {
        out += '\t';
      } else if (local == "br" || local == "cr") {
        out += '\n';  // a page or column break is a line break in plain text
      } else if (local == "noBreakHyphen") {
        out += '-';
      } else if (local == "txbxContent") {
        // A text box's paragraphs stand on lines of their own, where the box is anchored.
        if (!AtLineStart(out)) out += '\n';
        Walk(node, out);
        m_textBoxEnd = {&out, out.size()};
      } else if (local == "ins" || local == "moveTo") {
        m_sawTrackedChanges = true;  // inserted text is read as if the change were accepted
        Walk(node, out);
      } else if (local == "del" || local == "moveFrom") {
        m_sawTrackedChanges = true;  // deleted text is left out, as if the change were accepted
      } else if (!Skipped(local)) {
        Walk(node, out);  // runs, hyperlinks, content controls, simple fields, smart tags, ...
      }
    }
  }

  static pugi::xml_node FirstAlternative(pugi::xml_node alternateContent) {
    pugi::xml_node fallback;
    for (pugi::xml_node child : alternateContent.children()) {
      const std::string_view local = SplitName(child.name()).local;
      if (local == "Choice") return child;
      if (local == "Fallback" && !fallback) fallback = child;
    }
    return fallback;
  }

  // Elements whose content is not document text: properties (they contain tab stops and
  // change marks), field instructions (the field's result is read instead), deleted text, and
  // symbol-font characters whose code points do not mean what they show.
  static bool Skipped(std::string_view local) {
    for (const std::string_view skipped :
         {"pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr", "instrText", "delText",
          "delInstrText", "sym", "footnoteReference", "endnoteReference", "commentReference", "annotationRef"}) {
      if (local == skipped) return true;
    }
    return false;
  }

  // A paragraph is one line ending in "\n"; a list paragraph starts with "- ". A paragraph
  // whose mark was deleted as a tracked change joins the next one, as Word shows it once the
  // change is accepted, and vanishes when all its text was deleted too.
  void Paragraph(pugi::xml_node p, std::string& out) {
    const pugi::xml_node properties = WordChild(p, m_w, "pPr");
    const bool markDeleted = WordChild(WordChild(properties, m_w, "rPr"), m_w, "del");
    std::string content;
    m_textBoxEnd = {};
    Walk(p, content);
    // A paragraph that ends with a text box has its line ended already.
    const bool endsWithTextBox =
        !content.empty() && m_textBoxEnd.first == &content && m_textBoxEnd.second == content.size();
    if (markDeleted) {
      m_sawTrackedChanges = true;
      if (content.empty()) return;
    }
    if (IsListParagraph(properties) && AtLineStart(out)) out += "- ";
    out += content;
    if (!markDeleted && !endsWithTextBox) out += '\n';
  }

  // Numbering given directly on the paragraph, or else by its paragraph style (the list styles
  // of word/styles.xml); numId 0 on the paragraph is how Word switches the style's numbering off.
  bool IsListParagraph(pugi::xml_node properties) const {
    const pugi::xml_node numbering = WordChild(properties, m_w, "numPr");
    if (numbering) return WordAttribute(WordChild(numbering, m_w, "numId"), m_w, "val") != "0";
    return m_listStyles.contains(WordAttribute(WordChild(properties, m_w, "pStyle"), m_w, "val"));
  }

  // A table is read in reading order, row by row and cell by cell: cells are separated by a tab
  // and each row ends its line, so a two-column transcript table (speaker | words) reads as
  // "speaker<TAB>words" lines. Paragraphs inside one cell stay separated by "\n"; trailing
  // empty paragraphs of a cell are dropped so that they do not break the row.
  void Table(pugi::xml_node table, std::string& out) {
    if (!AtLineStart(out)) out += '\n';
    std::vector<pugi::xml_node> rows;
    Collect(table, "tr", rows);
    for (const pugi::xml_node row : rows) {
      if (WordChild(WordChild(row, m_w, "trPr"), m_w, "del")) {  // a row deleted as a tracked change
        m_sawTrackedChanges = true;
        continue;
      }
      std::vector<pugi::xml_node> cells;
      Collect(row, "tc", cells);
      std::string line;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) line += '\t';
        std::string cell;
        Walk(cells[i], cell);
        TrimTrailingNewlines(cell);
        line += cell;
      }
      out += line;
      out += '\n';
    }
  }

  // Rows of a table or cells of a row, looking through the content controls and custom XML
  // that may wrap them.
  void Collect(pugi::xml_node parent, std::string_view local, std::vector<pugi::xml_node>& found) const {
    for (pugi::xml_node child : parent.children()) {
      if (child.type() != pugi::node_element) continue;
      if (IsWord(child, m_w, local)) {
        found.push_back(child);
      } else if (IsWord(child, m_w, "sdt") || IsWord(child, m_w, "sdtContent") || IsWord(child, m_w, "customXml")) {
        Collect(child, local, found);
      }
    }
  }

  std::string m_w;
  std::string m_mc;
  StyleIds m_listStyles;  // paragraph styles that make their paragraphs list items
  bool m_sawTrackedChanges = false;
  std::pair<const std::string*, std::size_t> m_textBoxEnd{};  // where the last text box ended
};

// Word writes the transitional namespace; ISO strict documents use another URI for the same
// vocabulary.
std::string WordPrefix(pugi::xml_node root) {
  if (auto prefix = NamespacePrefix(root, kWordNs)) return *prefix;
  return NamespacePrefix(root, kWordStrictNs).value_or("w");
}

using ParagraphStyles = std::map<std::string_view, pugi::xml_node, std::less<>>;

// The paragraph styles of word/styles.xml by id (w:style w:type="paragraph" w:styleId="...").
ParagraphStyles CollectParagraphStyles(pugi::xml_node styles, std::string_view w) {
  ParagraphStyles found;
  for (pugi::xml_node style : styles.children()) {
    if (!IsWord(style, w, "style") || WordAttribute(style, w, "type") != "paragraph") continue;
    const std::string_view id = WordAttribute(style, w, "styleId");
    if (!id.empty()) found.emplace(id, style);
  }
  return found;
}

// Whether paragraphs of style `id` are numbered: the first style along the w:basedOn chain
// whose w:numPr gives a w:numId decides, numId 0 meaning no numbering. A chain that ends, leads
// to an unknown style or comes back to a style already seen numbers nothing.
bool StyleNumbers(std::string_view id, const ParagraphStyles& styles, std::string_view w) {
  std::set<std::string_view> seen;
  for (auto style = styles.find(id); style != styles.end() && seen.insert(style->first).second;
       style = styles.find(WordAttribute(WordChild(style->second, w, "basedOn"), w, "val"))) {
    const pugi::xml_node numId = WordChild(WordChild(WordChild(style->second, w, "pPr"), w, "numPr"), w, "numId");
    if (numId) return WordAttribute(numId, w, "val") != "0";
  }
  return false;
}

// The ids of the paragraph styles that make their paragraphs list items, such as Word's
// "List Bullet" (ListBullet), which carry their numbering in word/styles.xml rather than on
// each paragraph. A package without styles.xml has none.
StyleIds ReadListStyles(const std::string& path, const ZipArchive& zip) {
  if (!zip.Contains(kStylesEntry)) return {};
  const XmlDocument xml(path, kStylesEntry, zip.Read(kStylesEntry));
  const pugi::xml_node root = xml.Root();
  const std::string w = WordPrefix(root);
  StyleIds listStyles;
  const ParagraphStyles styles = CollectParagraphStyles(root, w);
  for (const auto& style : styles) {
    if (StyleNumbers(style.first, styles, w)) listStyles.emplace(style.first);
  }
  return listStyles;
}

}  // namespace

ImportedDocument ImportDocxBytes(const std::string& path, std::string_view bytes, const ImportLimits& limits) {
  if (IsOleCompoundFile(bytes)) {
    throw Error(ErrorKind::Input,
                path + ": password-protected or encrypted Word file; remove the password and import again");
  }
  const ZipArchive zip(path, bytes, limits, "Word");
  if (!zip.Contains(kDocumentEntry)) {
    throw Error(ErrorKind::Input, path + ": " + kDocumentEntry + ": not found; this is not a Word (.docx) document");
  }
  const XmlDocument xml(path, kDocumentEntry, zip.Read(kDocumentEntry));
  const pugi::xml_node root = xml.Root();
  const std::string w = WordPrefix(root);
  const pugi::xml_node body = root.find_child([&](pugi::xml_node c) {
    const QName name = SplitName(c.name());
    return name.prefix == w && name.local == "body";
  });
  if (!body) throw Error(ErrorKind::Input, path + ": " + kDocumentEntry + ": no document body (w:body)");

  BodyReader reader(w, NamespacePrefix(root, kCompatibilityNs).value_or("mc"), ReadListStyles(path, zip));
  std::string text = reader.Read(body);
  return PackagedDocument(path, std::move(text), reader.SawTrackedChanges());
}

}  // namespace duiding::import
