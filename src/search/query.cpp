// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/query.h"

#include <algorithm>

#include "text/utf8.h"

namespace duiding::search {
namespace {

using Kind = QueryNode::Kind;

struct Lexeme {
  enum class Type { Word, Phrase, Field, Open, Close, And, Or, Not, Minus, Near, Adj, End } type = Type::End;
  std::string text;   // word, phrase content, field value
  std::string field;  // field name, lower case
  unsigned distance = 0;
  std::size_t offset = 0;  // code points
};

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }
bool IsSpecial(char32_t c) { return c == '(' || c == ')' || c == '"'; }

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Cuts the query into lexemes, tracking code point offsets for messages.
class Lexer {
 public:
  explicit Lexer(std::string_view query) : m_query(query) {}

  std::vector<Lexeme> Run() {
    std::vector<Lexeme> out;
    for (;;) {
      while (m_pos < m_query.size() && IsSpace(Peek())) Advance();
      if (m_pos >= m_query.size()) break;
      out.push_back(Next());
    }
    out.push_back({Lexeme::Type::End, {}, {}, 0, m_cp});
    return out;
  }

 private:
  char32_t Peek() const {
    std::size_t p = m_pos;
    return text::DecodeNext(m_query, p);
  }
  char32_t Advance() {
    ++m_cp;
    return text::DecodeNext(m_query, m_pos);
  }

  std::string Quoted(std::size_t openedAt) {
    Advance();  // the opening quote
    const std::size_t from = m_pos;
    while (m_pos < m_query.size() && Peek() != '"') Advance();
    if (m_pos >= m_query.size()) throw QueryError(openedAt, "the quote that starts here is never closed");
    std::string inside(m_query.substr(from, m_pos - from));
    Advance();
    return inside;
  }

  std::string Bare() {
    const std::size_t from = m_pos;
    while (m_pos < m_query.size() && !IsSpace(Peek()) && !IsSpecial(Peek())) Advance();
    return std::string(m_query.substr(from, m_pos - from));
  }

  Lexeme Next() {
    const std::size_t at = m_cp;
    const char32_t c = Peek();
    if (c == '(') return Advance(), Lexeme{Lexeme::Type::Open, {}, {}, 0, at};
    if (c == ')') return Advance(), Lexeme{Lexeme::Type::Close, {}, {}, 0, at};
    if (c == '"') return Lexeme{Lexeme::Type::Phrase, Quoted(at), {}, 0, at};
    if (c == '-') {
      Advance();
      if (m_pos < m_query.size() && !IsSpace(Peek()) && Peek() != ')') return Lexeme{Lexeme::Type::Minus, {}, {}, 0, at};
      throw QueryError(at, "'-' must stand right before what it excludes, as in -school");
    }
    std::string word = Bare();
    if (m_pos < m_query.size() && Peek() == '"' && !word.empty() && word.back() == ':') {
      word.pop_back();
      return Lexeme{Lexeme::Type::Field, Quoted(m_cp), Lower(word), 0, at};
    }
    return Classify(word, at);
  }

  static Lexeme Classify(const std::string& word, std::size_t at) {
    if (word == "AND") return {Lexeme::Type::And, {}, {}, 0, at};
    if (word == "OR") return {Lexeme::Type::Or, {}, {}, 0, at};
    if (word == "NOT") return {Lexeme::Type::Not, {}, {}, 0, at};
    for (const char* op : {"NEAR", "ADJ"}) {
      const std::string name = op;
      if (word == name || word.rfind(name + "/", 0) == 0) return Proximity(word, name, at);
    }
    if (const std::size_t colon = word.find(':'); colon != std::string::npos && colon > 0)
      return {Lexeme::Type::Field, word.substr(colon + 1), Lower(word.substr(0, colon)), 0, at};
    return {Lexeme::Type::Word, word, {}, 0, at};
  }

  static Lexeme Proximity(const std::string& word, const std::string& name, std::size_t at) {
    const std::string digits = word.size() > name.size() + 1 ? word.substr(name.size() + 1) : "";
    const bool numeric = !digits.empty() && digits.size() <= 3 &&
                         std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    const unsigned n = numeric ? static_cast<unsigned>(std::stoul(digits)) : 0;
    if (!numeric || n < 1 || n > 100)
      throw QueryError(at, name + " needs a distance from 1 to 100, like " + name + "/5");
    return {name == "NEAR" ? Lexeme::Type::Near : Lexeme::Type::Adj, {}, {}, n, at};
  }

  std::string_view m_query;
  std::size_t m_pos = 0, m_cp = 0;
};

// Recursive descent over the lexemes, loosest operator first.
class Parser {
 public:
  explicit Parser(std::vector<Lexeme> lexemes) : m_lex(std::move(lexemes)) {}

  QueryNode Run() {
    if (Peek().type == Lexeme::Type::End) throw QueryError(0, "the query is empty");
    QueryNode root = Or();
    if (Peek().type == Lexeme::Type::Close) throw QueryError(Peek().offset, "')' without a '(' before it");
    if (Peek().type != Lexeme::Type::End) throw QueryError(Peek().offset, "unexpected text here");
    CheckNotOnlyNegative(root);
    return root;
  }

 private:
  const Lexeme& Peek() const { return m_lex[m_at]; }
  const Lexeme& Take() { return m_lex[m_at++]; }

  static QueryNode Group(Kind kind, std::vector<QueryNode> children) {
    if (children.size() == 1) return std::move(children.front());
    QueryNode node;
    node.kind = kind;
    node.offset = children.front().offset;
    node.children = std::move(children);
    return node;
  }

  QueryNode Or() {
    std::vector<QueryNode> parts{And()};
    while (Peek().type == Lexeme::Type::Or) {
      Take();
      parts.push_back(And());
    }
    return Group(Kind::Or, std::move(parts));
  }

  bool StartsOperand() const {
    switch (Peek().type) {
      case Lexeme::Type::Word:
      case Lexeme::Type::Phrase:
      case Lexeme::Type::Field:
      case Lexeme::Type::Open:
      case Lexeme::Type::Not:
      case Lexeme::Type::Minus: return true;
      default: return false;
    }
  }

  QueryNode And() {
    std::vector<QueryNode> parts{Proximity()};
    for (;;) {
      if (Peek().type == Lexeme::Type::And) {
        Take();
        parts.push_back(Proximity());
      } else if (StartsOperand()) {
        parts.push_back(Proximity());
      } else {
        break;
      }
    }
    return Group(Kind::And, std::move(parts));
  }

  QueryNode Proximity() {
    QueryNode first = Unary();
    if (Peek().type != Lexeme::Type::Near && Peek().type != Lexeme::Type::Adj) return first;
    QueryNode node;
    node.kind = Peek().type == Lexeme::Type::Near ? Kind::Near : Kind::Adj;
    node.distance = Peek().distance;
    node.offset = first.offset;
    node.children.push_back(std::move(first));
    while (Peek().type == Lexeme::Type::Near || Peek().type == Lexeme::Type::Adj) {
      const Lexeme& op = Take();
      if ((op.type == Lexeme::Type::Near) != (node.kind == Kind::Near) || op.distance != node.distance)
        throw QueryError(op.offset, "one chain cannot mix NEAR and ADJ or distances; use parentheses");
      node.children.push_back(Unary());
    }
    for (const QueryNode& child : node.children)
      if (child.kind == Kind::Field || child.kind == Kind::Not || child.kind == Kind::And)
        throw QueryError(child.offset, "NEAR and ADJ join words, phrases, prefixes or (a OR b) groups");
    return node;
  }

  QueryNode Unary() {
    if (Peek().type == Lexeme::Type::Not || Peek().type == Lexeme::Type::Minus) {
      QueryNode node;
      node.kind = Kind::Not;
      node.offset = Take().offset;
      if (!StartsOperand() || Peek().type == Lexeme::Type::Not || Peek().type == Lexeme::Type::Minus)
        throw QueryError(Peek().offset, "NOT needs something to exclude after it");
      node.children.push_back(Primary());
      return node;
    }
    return Primary();
  }

  QueryNode Primary() {
    const Lexeme& lex = Take();
    QueryNode node;
    node.offset = lex.offset;
    switch (lex.type) {
      case Lexeme::Type::Open: {
        if (Peek().type == Lexeme::Type::Close) throw QueryError(Peek().offset, "'()' holds nothing to search for");
        node = Or();
        if (Peek().type != Lexeme::Type::Close) throw QueryError(lex.offset, "the '(' that starts here is never closed");
        Take();
        return node;
      }
      case Lexeme::Type::Phrase:
        if (lex.text.find_first_not_of(" \t") == std::string::npos) throw QueryError(lex.offset, "the phrase is empty");
        node.kind = Kind::Phrase;
        node.text = lex.text;
        return node;
      case Lexeme::Type::Field: return Field(lex);
      case Lexeme::Type::Word: return Word(lex);
      case Lexeme::Type::End: throw QueryError(lex.offset, "the query ends where a word was expected");
      default: throw QueryError(lex.offset, "a word was expected here, not an operator");
    }
  }

  static QueryNode Word(const Lexeme& lex) {
    QueryNode node;
    node.offset = lex.offset;
    node.text = lex.text;
    const std::size_t star = node.text.find('*');
    if (star != std::string::npos) {
      if (star + 1 != node.text.size() || star == 0)
        throw QueryError(lex.offset + text::CountCodePoints(node.text.substr(0, star)),
                         "'*' only ends a word, as in mentor*");
      node.text.pop_back();
      node.prefix = true;
    }
    return node;
  }

  static QueryNode Field(const Lexeme& lex) {
    const auto& known = QueryFields();
    if (std::find(known.begin(), known.end(), lex.field) == known.end()) {
      std::string list;
      for (const std::string& f : known) list += (list.empty() ? "" : ", ") + f;
      throw QueryError(lex.offset, "unknown field '" + lex.field + ":'; known fields: " + list);
    }
    if (lex.text.empty()) throw QueryError(lex.offset, "'" + lex.field + ":' needs a value");
    QueryNode node;
    node.kind = Kind::Field;
    node.field = lex.field;
    node.text = lex.text;
    node.offset = lex.offset;
    return node;
  }

  static void CheckNotOnlyNegative(const QueryNode& root) {
    const auto negative = [](const QueryNode& n) { return n.kind == Kind::Not; };
    if (negative(root) || (root.kind == Kind::And && std::all_of(root.children.begin(), root.children.end(), negative)))
      throw QueryError(root.offset, "the query only excludes; say what to look for too");
  }

  std::vector<Lexeme> m_lex;
  std::size_t m_at = 0;
};

std::string Quoted(const std::string& value) {
  return value.find_first_of(" \t()\"") == std::string::npos ? value : "\"" + value + "\"";
}

}  // namespace

QueryError::QueryError(std::size_t offset, const std::string& message)
    : std::runtime_error("at character " + std::to_string(offset + 1) + ": " + message),
      m_offset(offset),
      m_message(message) {}

const std::vector<std::string>& QueryFields() {
  static const std::vector<std::string> fields = {"spreker", "rol", "regio", "groep", "methode", "doc", "code", "codeur"};
  return fields;
}

QueryNode ParseQuery(std::string_view query) {
  if (text::FindInvalidUtf8(query)) throw QueryError(0, "the query is not valid UTF-8");
  return Parser(Lexer(query).Run()).Run();
}

std::string ToString(const QueryNode& node) {
  const auto wrapped = [](const QueryNode& child, bool loose) {
    const bool compound = child.kind == Kind::Or || (loose && child.kind == Kind::And);
    return compound ? "(" + ToString(child) + ")" : ToString(child);
  };
  std::string out;
  switch (node.kind) {
    case Kind::Word: return node.text + (node.prefix ? "*" : "");
    case Kind::Phrase: return "\"" + node.text + "\"";
    case Kind::Field: return node.field + ":" + Quoted(node.text);
    case Kind::Not: return "-" + wrapped(node.children.at(0), true);
    case Kind::Or:
      for (const QueryNode& c : node.children) out += (out.empty() ? "" : " OR ") + ToString(c);
      return out;
    case Kind::And:
      for (const QueryNode& c : node.children) out += (out.empty() ? "" : " ") + wrapped(c, false);
      return out;
    case Kind::Near:
    case Kind::Adj: {
      const std::string op = std::string(node.kind == Kind::Near ? " NEAR/" : " ADJ/") + std::to_string(node.distance) + " ";
      for (const QueryNode& c : node.children) out += (out.empty() ? "" : op) + wrapped(c, true);
      return out;
    }
  }
  return out;
}

}  // namespace duiding::search
