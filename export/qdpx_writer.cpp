// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/qdpx_writer.h"

#include <charconv>
#include <cmath>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "export/zip_writer.h"
#include "model/error.h"
#include "model/guid.h"
#include "text/utf8.h"

#include "export/text_formats.h"

namespace duiding::exchange {
namespace {

constexpr const char* kNamespace = "urn:QDA-XML:project:1.0";


std::string Guid(std::string_view guid, std::string_view what) {
  const auto canonical = CanonicalGuid(guid);
  if (!canonical)
    throw Error(ErrorKind::Input, std::string(what) + " has no valid GUID (\"" + std::string(guid) + "\")");
  return *canonical;
}

bool IsDigits(std::string_view text, std::size_t from, std::size_t count) {
  if (from + count > text.size()) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

// The shape of xsd:dateTime ("2026-03-12T09:30:00Z", fractions and offsets allowed); anything
// else would make the whole file invalid, so it is left out rather than written.
bool IsXsdDateTime(std::string_view text) {
  if (!IsDigits(text, 0, 4) || text.size() < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || text[16] != ':')
    return false;
  if (!IsDigits(text, 5, 2) || !IsDigits(text, 8, 2) || !IsDigits(text, 11, 2) || !IsDigits(text, 14, 2) ||
      !IsDigits(text, 17, 2))
    return false;
  std::string_view rest = text.substr(19);
  if (rest.starts_with('.')) {
    std::size_t digits = 1;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 1) return false;
    rest.remove_prefix(digits);
  }
  if (rest.empty() || rest == "Z") return true;
  return rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && IsDigits(rest, 1, 2) && rest[3] == ':' &&
         IsDigits(rest, 4, 2);
}

bool IsXsdColor(std::string_view color) {
  if ((color.size() != 4 && color.size() != 7) || color.front() != '#') return false;
  for (const char c : color.substr(1))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

void SetText(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name) = XmlText(value).c_str();
}

void SetGuid(pugi::xml_node node, const char* name, std::string_view guid, std::string_view what) {
  node.append_attribute(name) = Guid(guid, what).c_str();
}

// Optional attributes: left out when empty.
void SetUser(pugi::xml_node node, const char* name, std::string_view guid, std::string_view what) {
  if (!guid.empty()) SetGuid(node, name, guid, std::string(what) + "'s creating user");
}
void SetDate(pugi::xml_node node, const char* name, std::string_view date) {
  if (IsXsdDateTime(date)) node.append_attribute(name) = std::string(date).c_str();
}

void AddDescription(pugi::xml_node parent, std::string_view text) {
  if (!text.empty()) parent.append_child("Description").text() = XmlText(text).c_str();
}

void AddRefs(pugi::xml_node parent, const char* element, const std::vector<std::string>& guids, std::string_view what) {
  for (const std::string& guid : guids) SetGuid(parent.append_child(element), "targetGUID", guid, what);
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// xsd:decimal has no exponent, so a float goes out in fixed notation.
std::string DecimalText(const VariableValue& value) {
  const double number = std::get<double>(value);
  if (!std::isfinite(number)) return {};
  char buffer[400];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

const char* ValueElement(VariableType type) {
  switch (type) {
    case VariableType::Text: return "TextValue";
    case VariableType::Boolean: return "BooleanValue";
    case VariableType::Integer: return "IntegerValue";
    case VariableType::Float: return "FloatValue";
    case VariableType::Date: return "DateValue";
  }
  return "TextValue";
}

const char* TypeOfVariable(VariableType type) {
  switch (type) {
    case VariableType::Text: return "Text";
    case VariableType::Boolean: return "Boolean";
    case VariableType::Integer: return "Integer";
    case VariableType::Float: return "Float";
    case VariableType::Date: return "Date";
  }
  return "Text";
}

class Writer {
 public:
  explicit Writer(const ExchangeProject& project) : m_project(project) {
    for (const ExchangeVariable& variable : project.variables)
      m_types[Guid(variable.guid, "variable " + Quoted(variable.name))] = variable.type;
  }

  std::string Write() {
    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = doc.append_child("Project");
    WriteProjectAttributes(root);
    WriteUsers(root);
    WriteCodeBook(root);
    WriteVariables(root);
    WriteCases(root);
    WriteSources(root);
    WriteNotes(root);
    WriteSets(root);
    AddDescription(root, m_project.description);
    AddRefs(root, "NoteRef", m_project.projectNoteGuids, "a note of the project");
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return std::move(out).str();
  }

 private:
  void WriteProjectAttributes(pugi::xml_node root) const {
    root.append_attribute("xmlns") = kNamespace;
    SetText(root, "name", m_project.name);
    root.append_attribute("origin") = "Duiding";
    if (!m_project.creatingUser.empty())
      SetGuid(root, "creatingUserGUID", m_project.creatingUser, "the project's creating user");
    SetDate(root, "creationDateTime", m_project.createdAt);
  }

  void WriteUsers(pugi::xml_node root) const {
    if (m_project.users.empty()) return;
    pugi::xml_node users = root.append_child("Users");
    for (const ExchangeUser& user : m_project.users) {
      pugi::xml_node element = users.append_child("User");
      SetGuid(element, "guid", user.guid, "user " + Quoted(user.name));
      if (!user.name.empty()) SetText(element, "name", user.name);
    }
  }

  void WriteCodeBook(pugi::xml_node root) {
    const std::vector<CodebookEntry>& entries = m_project.codebook.entries;
    if (entries.empty()) return;
    std::set<std::string> guids;
    for (const CodebookEntry& entry : entries) guids.insert(Guid(entry.code.guid, "code " + Quoted(entry.code.name)));
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const std::string parent =
          entries[i].parentGuid.empty() ? "" : CanonicalGuid(entries[i].parentGuid).value_or("?");
      if (!parent.empty() && !guids.contains(parent))
        throw Error(ErrorKind::Input, "code " + Quoted(entries[i].code.name) +
                                          " names a parent that is not in the codebook (" + entries[i].parentGuid +
                                          ")");
      m_children[parent].push_back(i);
    }
    AppendCodes(root.append_child("CodeBook").append_child("Codes"), "");
    if (m_codesWritten != entries.size())
      throw Error(ErrorKind::Input, "the codebook's parents form a cycle; " +
                                        std::to_string(entries.size() - m_codesWritten) +
                                        " codes cannot be placed in the tree");
  }

  void AppendCodes(pugi::xml_node parent, const std::string& parentGuid) {
    const auto children = m_children.find(parentGuid);
    if (children == m_children.end()) return;
    for (const std::size_t i : children->second) {
      const Code& code = m_project.codebook.entries[i].code;
      const std::string guid = Guid(code.guid, "code " + Quoted(code.name));
      pugi::xml_node element = parent.append_child("Code");
      element.append_attribute("guid") = guid.c_str();
      if (code.name.empty()) throw Error(ErrorKind::Input, "the code with GUID " + guid + " has no name");
      SetText(element, "name", code.name);
      element.append_attribute("isCodable") = code.isCodable ? "true" : "false";
      if (!code.color.empty()) {
        if (!IsXsdColor(code.color))
          throw Error(ErrorKind::Input,
                      "code " + Quoted(code.name) + " has a colour that is not #RRGGBB (" + Quoted(code.color) + ")");
        element.append_attribute("color") = code.color.c_str();
      }
      AddDescription(element, FormatCodeDescription(code));
      ++m_codesWritten;
      AppendCodes(element, guid);
    }
  }

  void WriteVariables(pugi::xml_node root) const {
    if (m_project.variables.empty()) return;
    pugi::xml_node variables = root.append_child("Variables");
    for (const ExchangeVariable& variable : m_project.variables) {
      pugi::xml_node element = variables.append_child("Variable");
      SetGuid(element, "guid", variable.guid, "variable " + Quoted(variable.name));
      SetText(element, "name", variable.name);
      element.append_attribute("typeOfVariable") = TypeOfVariable(variable.type);
      AddDescription(element, variable.description);
    }
  }

  void WriteValues(pugi::xml_node parent, const std::vector<ExchangeValue>& values, const std::string& owner) const {
    for (const ExchangeValue& value : values) {
      const std::string guid = Guid(value.variableGuid, "a variable value of " + owner);
      const auto type = m_types.find(guid);
      if (type == m_types.end())
        throw Error(ErrorKind::Input, owner + " has a value of a variable that is not in the project (" + guid + ")");
      const auto parsed = ParseValue(type->second, value.value);
      if (!parsed)
        throw Error(ErrorKind::Input,
                    owner + ": the value " + Quoted(value.value) + " is not a " + VariableTypeName(type->second));
      const std::string textValue = type->second == VariableType::Float ? DecimalText(*parsed) : FormatValue(*parsed);
      pugi::xml_node element = parent.append_child("VariableValue");
      element.append_child("VariableRef").append_attribute("targetGUID") = guid.c_str();
      if (type->second == VariableType::Text || !textValue.empty())
        element.append_child(ValueElement(type->second)).text() = XmlText(textValue).c_str();
    }
  }

  void WriteCases(pugi::xml_node root) const {
    if (m_project.cases.empty()) return;
    pugi::xml_node cases = root.append_child("Cases");
    for (const ExchangeCase& item : m_project.cases) {
      const std::string what = "case " + Quoted(item.name);
      pugi::xml_node element = cases.append_child("Case");
      SetGuid(element, "guid", item.guid, what);
      if (!item.name.empty()) SetText(element, "name", item.name);
      AddDescription(element, item.description);
      WriteValues(element, item.values, what);
      AddRefs(element, "SourceRef", item.sourceGuids, what + "'s source");
    }
  }

  void WriteSources(pugi::xml_node root) const {
    if (m_project.sources.empty()) return;
    pugi::xml_node sources = root.append_child("Sources");
    for (const ExchangeSource& source : m_project.sources) WriteSource(sources.append_child("TextSource"), source);
  }

  void WriteSource(pugi::xml_node element, const ExchangeSource& source) const {
    const std::string what = "source " + Quoted(source.name);
    const std::string guid = Guid(source.guid, what);
    element.append_attribute("guid") = guid.c_str();
    SetText(element, "name", source.name);
    element.append_attribute("plainTextPath") = ("internal://" + guid + ".txt").c_str();
    SetUser(element, "creatingUser", source.creatingUser, what);
    SetDate(element, "creationDateTime", source.createdAt);
    AddDescription(element, source.description);
    if (text::FindInvalidUtf8(source.text)) throw Error(ErrorKind::Input, what + ": the text is not valid UTF-8");
    const std::size_t length = text::CountCodePoints(source.text);
    for (const ExchangeSelection& selection : source.selections)
      WriteSelection(element.append_child("PlainTextSelection"), selection, what, length);
    AddRefs(element, "NoteRef", source.noteGuids, what + "'s note");
    WriteValues(element, source.values, what);
  }

  static void WriteSelection(pugi::xml_node element, const ExchangeSelection& selection, const std::string& source,
                             std::size_t length) {
    const std::string what = "a selection in " + source;
    if (selection.start > selection.end || selection.end > length)
      throw Error(ErrorKind::Input, what + " lies outside the text ([" + std::to_string(selection.start) + ", " +
                                        std::to_string(selection.end) + ") of " + std::to_string(length) +
                                        " characters)");
    SetGuid(element, "guid", selection.guid, what);
    SetText(element, "name", selection.name);
    element.append_attribute("startPosition") = static_cast<unsigned long long>(selection.start);
    element.append_attribute("endPosition") = static_cast<unsigned long long>(selection.end);
    SetUser(element, "creatingUser", selection.creatingUser, what);
    SetDate(element, "creationDateTime", selection.createdAt);
    AddDescription(element, selection.description);
    for (const ExchangeCoding& coding : selection.codings) {
      pugi::xml_node codingElement = element.append_child("Coding");
      SetGuid(codingElement, "guid", coding.guid, "a coding in " + source);
      SetUser(codingElement, "creatingUser", coding.creatingUser, "a coding in " + source);
      SetDate(codingElement, "creationDateTime", coding.createdAt);
      SetGuid(codingElement.append_child("CodeRef"), "targetGUID", coding.codeGuid, "a coding's code in " + source);
    }
    AddRefs(element, "NoteRef", selection.noteGuids, what + "'s note");
  }

  void WriteNotes(pugi::xml_node root) const {
    if (m_project.notes.empty()) return;
    pugi::xml_node notes = root.append_child("Notes");
    for (const ExchangeNote& note : m_project.notes) {
      const std::string what = "note " + Quoted(note.name);
      pugi::xml_node element = notes.append_child("Note");
      SetGuid(element, "guid", note.guid, what);
      SetText(element, "name", note.name);
      SetUser(element, "creatingUser", note.creatingUser, what);
      SetDate(element, "creationDateTime", note.createdAt);
      element.append_child("PlainTextContent").text() = XmlText(note.text).c_str();
    }
  }

  void WriteSets(pugi::xml_node root) const {
    if (m_project.sets.empty()) return;
    pugi::xml_node sets = root.append_child("Sets");
    for (const ExchangeSet& set : m_project.sets) {
      const std::string what = "set " + Quoted(set.name);
      pugi::xml_node element = sets.append_child("Set");
      SetGuid(element, "guid", set.guid, what);
      SetText(element, "name", set.name);
      AddDescription(element, set.description);
      AddRefs(element, "MemberCode", set.codeGuids, what + "'s code");
      AddRefs(element, "MemberSource", set.sourceGuids, what + "'s source");
      AddRefs(element, "MemberNote", set.noteGuids, what + "'s note");
    }
  }

  const ExchangeProject& m_project;
  std::map<std::string, VariableType> m_types;                 ///< variable GUID -> type
  std::map<std::string, std::vector<std::size_t>> m_children;  ///< parent GUID -> codebook entries
  std::size_t m_codesWritten = 0;
};

}  // namespace

std::string WriteProjectQde(const ExchangeProject& project) { return Writer(project).Write(); }

std::string WriteQdpx(const ExchangeProject& project) {
  ZipWriter zip;
  zip.Add("project.qde", WriteProjectQde(project));
  for (const ExchangeSource& source : project.sources)
    zip.Add("sources/" + *CanonicalGuid(source.guid) + ".txt", source.text);
  return zip.Finish();
}

}  // namespace duiding::exchange
