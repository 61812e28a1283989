// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "search/query.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>

#include "text/utf8.h"

// The grammar (docs/query-language.md), loosest first:
//
//   query   = or
//   or      = and { "OR" and }
//   and     = chain { ["AND"] chain }                 juxtaposition is AND
//   chain   = unary { ("NEAR/n" | "ADJ/n") unary }     one operator and distance per chain
//   unary   = ("NOT" | "-") primary | primary
//   primary = word | prefix | phrase | field | "(" or ")"
//
// The lexer cuts tokens on demand, so errors come in reading order; a pass over the finished
// tree then checks where NOT, fields and groups may stand.
namespace duiding::search {
namespace {

using Kind = QueryNode::Kind;

constexpr unsigned kMaxDistance = 100;
constexpr std::size_t kMaxDepth = 100;  // nested parentheses

// --- Characters ------------------------------------------------------------------------------

bool IsSpace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/// Phrase and value quotes: the straight one and the typographic ones Dutch text uses („…”, “…”).
bool IsQuote(char32_t c) { return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E; }

/// The straight apostrophe and the typographic one (’s).
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool IsBlank(std::string_view utf8) {
  for (std::size_t pos = 0; pos < utf8.size();)
    if (!IsSpace(text::DecodeNext(utf8, pos))) return false;
  return true;
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsBreak(char32_t c) { return IsSpace(c) || IsQuote(c) || c == '(' || c == ')'; }

// Punctuation, symbols, emoji, controls and invisible formatting: never part of a word.
// Everything else (letters of any script, digits, combining marks) is.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c);
  if (c < 0xA0) return false;                                       // C1 controls
  if (c < 0xC0) return c == 0xAA || c == 0xAD || c == 0xB5 || c == 0xBA;  // ª, soft hyphen, µ, º
  if (c == 0xD7 || c == 0xF7) return false;                         // × ÷
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kNotWord[] = {
      {0x2000, 0x2BFF},    // general punctuation, sub/superscripts, currency, symbols, arrows, shapes
      {0x2E00, 0x2E7F},    // supplemental punctuation
      {0x3000, 0x303F},    // CJK symbols and punctuation
      {0xE000, 0xF8FF},    // private use
      {0xFE00, 0xFE0F},    // variation selectors
      {0xFE10, 0xFE1F},    // vertical forms
      {0xFE30, 0xFE6F},    // CJK compatibility and small form variants
      {0xFF01, 0xFF0F},    // fullwidth punctuation
      {0xFF1A, 0xFF20},    //
      {0xFF3B, 0xFF40},    //
      {0xFF5B, 0xFF65},    //
      {0xFFF0, 0xFFFF},    // specials
      {0x1F000, 0x1FBFF},  // game symbols, enclosed alphanumerics, emoji, pictographs
      {0xE0000, 0xE01EF},  // tags, variation selectors supplement
      {0xF0000, 0x10FFFF}  // private use planes
  };
  return std::none_of(std::begin(kNotWord), std::end(kNotWord),
                      [c](const Range& r) { return c >= r.first && c <= r.last; });
}

/// A character for a message: "," or "😀" (U+1F600), or U+0007 for what cannot be seen.
std::string Show(char32_t c) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
  const bool invisible = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
                         (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) || c >= 0xE0000;
  if (invisible) return hex;
  std::string shown = "\"";
  text::AppendUtf8(shown, c);
  shown += "\"";
  return c < 0x80 ? shown : shown + " (" + hex + ")";
}

std::string AsciiLower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// --- Tokens ----------------------------------------------------------------------------------

struct Token {
  enum class Type { Word, Phrase, Field, Open, Close, And, Or, Not, Minus, Near, Adj, End };
  Type type = Type::End;
  std::string text;   // word (without '*'), phrase or field value; operator as written back (NEAR/5)
  std::string field;  // field name, lower case
  bool prefix = false;
  unsigned distance = 0;
  std::size_t offset = 0;  // code points
};

bool StartsOperand(Token::Type t) {
  return t == Token::Type::Word || t == Token::Type::Phrase || t == Token::Type::Field || t == Token::Type::Open ||
         t == Token::Type::Not || t == Token::Type::Minus;
}

/// Everything between two breaks (space, quote, parenthesis), decoded.
struct Run {
  std::string text;
  std::vector<char32_t> chars;
  std::vector<std::size_t> bytes;  // byte offset in `text` of each char
  std::size_t offset = 0;          // code points into the query
};

// Cuts the query into tokens one at a time, counting code points for offsets.
class Lexer {
 public:
  explicit Lexer(std::string_view query) : m_query(query) {}

  Token Next() {
    while (!AtEnd() && IsSpace(Peek())) Advance();
    Token token;
    token.offset = m_cp;
    if (AtEnd()) return token;
    const char32_t c = Peek();
    if (c == '(' || c == ')') {
      Advance();
      token.type = c == '(' ? Token::Type::Open : Token::Type::Close;
    } else if (IsQuote(c)) {
      token.type = Token::Type::Phrase;
      token.text = Phrase();
    } else if (c == '-') {
      Advance();
      if (AtEnd() || IsSpace(Peek()) || Peek() == ')')
        throw QueryError(token.offset, "\"-\" must stand right before what it leaves out, like -code:schaamte");
      token.type = Token::Type::Minus;
      token.text = "-";
    } else {
      token = Classify(ReadRun());
    }
    return token;
  }

 private:
  bool AtEnd() const { return m_pos >= m_query.size(); }
  char32_t Peek() const {
    std::size_t p = m_pos;
    return text::DecodeNext(m_query, p);
  }
  char32_t Advance() {
    ++m_cp;
    return text::DecodeNext(m_query, m_pos);
  }

  // A quoted text at the current quote: what stands between the quotes, as typed.
  std::string Quoted(const char* what) {
    const std::size_t openedAt = m_cp;
    Advance();
    const std::size_t from = m_pos;
    while (!AtEnd() && !IsQuote(Peek())) Advance();
    if (AtEnd()) throw QueryError(openedAt, std::string("the quote that starts ") + what + " is never closed");
    std::string inside(m_query.substr(from, m_pos - from));
    Advance();
    return inside;
  }

  std::string Phrase() {
    const std::size_t at = m_cp;
    std::string inside = Quoted("this phrase");
    bool word = false;
    std::size_t pos = 0, cp = at + 1;
    while (pos < inside.size()) {
      const char32_t c = text::DecodeNext(inside, pos);
      if (c == '*') throw QueryError(cp, "\"*\" does not work inside a phrase; use it after a word, like mentor*");
      word = word || IsWordChar(c);
      ++cp;
    }
    if (!word) throw QueryError(at, "the phrase holds no word to search for");
    return inside;
  }

  Run ReadRun() {
    Run run;
    run.offset = m_cp;
    const std::size_t from = m_pos;
    while (!AtEnd() && !IsBreak(Peek())) {
      run.bytes.push_back(m_pos - from);
      run.chars.push_back(Advance());
    }
    run.text = std::string(m_query.substr(from, m_pos - from));
    return run;
  }

  Token Classify(const Run& run) {
    Token token;
    token.offset = run.offset;
    token.text = run.text;
    if (run.text == "AND") token.type = Token::Type::And;
    if (run.text == "OR") token.type = Token::Type::Or;
    if (run.text == "NOT") token.type = Token::Type::Not;
    if (token.type != Token::Type::End) return token;
    for (const auto& [name, type] : {std::pair{"NEAR", Token::Type::Near}, std::pair{"ADJ", Token::Type::Adj}}) {
      const std::string_view n = name;
      if (run.text == n || StartsWith(run.text, std::string(n) + "/")) return Proximity(run, n, type);
      if (StartsWith(AsciiLower(run.text), AsciiLower(std::string(n)) + "/"))
        throw QueryError(run.offset, "operators are written in capitals, like " + std::string(n) + "/5");
    }
    const auto colon = std::find(run.chars.begin(), run.chars.end(), U':');
    const auto letter = [](char32_t c) { return IsWordChar(c) && !IsAsciiDigit(c); };
    if (colon != run.chars.begin() && colon != run.chars.end() && std::all_of(run.chars.begin(), colon, letter))
      return Field(run, static_cast<std::size_t>(colon - run.chars.begin()));
    return Word(run);
  }

  static Token Proximity(const Run& run, std::string_view name, Token::Type type) {
    const std::string digits = run.text.size() > name.size() ? run.text.substr(name.size() + 1) : "";
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return IsAsciiDigit(c); }))
      throw QueryError(run.offset, std::string(name) + " needs a distance, like " + std::string(name) + "/5");
    unsigned n = 0;
    for (const char c : digits) n = std::min(n * 10 + static_cast<unsigned>(c - '0'), kMaxDistance + 1);
    if (n < 1 || n > kMaxDistance)
      throw QueryError(run.offset, "the distance of " + run.text + " must be from 1 to 100");
    Token token;
    token.type = type;
    token.text = std::string(name) + "/" + std::to_string(n);
    token.distance = n;
    token.offset = run.offset;
    return token;
  }

  Token Field(const Run& run, std::size_t colon) {
    const std::string typed = run.text.substr(0, run.bytes[colon]);
    const std::string name = AsciiLower(typed);
    const auto& known = QueryFields();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (const std::string& f : known) list += (list.empty() ? "" : ", ") + f;
      throw QueryError(run.offset, "unknown field \"" + typed + ":\"; known fields: " + list);
    }
    Token token;
    token.type = Token::Type::Field;
    token.field = name;
    token.offset = run.offset;
    token.text = run.text.substr(run.bytes[colon] + 1);
    if (token.text.empty() && !AtEnd() && IsQuote(Peek())) token.text = Quoted("this value");
    for (std::size_t i = colon + 1; i < run.chars.size(); ++i)
      if (run.chars[i] == '*')
        throw QueryError(run.offset + i, "\"*\" does not work in a field value; put a value with \"*\" in quotes");
    if (IsBlank(token.text))
      throw QueryError(run.offset, "\"" + typed + ":\" needs a value right after the colon, like " + name +
                                       ":waarde or " + name + ":\"twee woorden\"");
    return token;
  }

  // A word: letters and digits, an apostrophe before a letter or digit, a hyphen between them,
  // and '*' at the end for a prefix.
  static Token Word(const Run& run) {
    const std::vector<char32_t>& w = run.chars;
    const auto wordAt = [&](std::size_t i) { return i < w.size() && IsWordChar(w[i]); };
    for (std::size_t i = 0; i < w.size(); ++i) {
      const std::size_t at = run.offset + i;
      if (IsWordChar(w[i])) continue;
      if (IsApostrophe(w[i])) {
        if (!wordAt(i + 1)) throw QueryError(at, "an apostrophe must stand before a letter or digit, as in 's or zo'n");
      } else if (w[i] == '-') {
        if (!wordAt(i + 1))
          throw QueryError(at, "a hyphen must stand between two parts of a word, as in jeugdhulp-regio");
      } else if (w[i] == '*') {
        if (i == 0) throw QueryError(at, "\"*\" needs a word before it, like mentor*");
        if (i + 1 != w.size()) throw QueryError(at, "\"*\" can only end a word, like mentor*");
      } else {
        std::string message = Show(w[i]) + " cannot be part of a word (letters and digits, with ' and - inside)";
        if (w[i] > 0x20 && w[i] < 0x7F) message += "; put text with punctuation in quotes, like \"12:30\"";
        throw QueryError(at, message);
      }
    }
    Token token;
    token.type = Token::Type::Word;
    token.offset = run.offset;
    token.prefix = w.back() == '*';
    token.text = token.prefix ? run.text.substr(0, run.text.size() - 1) : run.text;
    return token;
  }

  std::string_view m_query;
  std::size_t m_pos = 0;  // bytes
  std::size_t m_cp = 0;   // code points
};

// --- Parser ----------------------------------------------------------------------------------

QueryNode Leaf(Kind kind, const Token& token) {
  QueryNode node;
  node.kind = kind;
  node.text = token.text;
  node.field = token.field;
  node.prefix = token.prefix;
  node.offset = token.offset;
  return node;
}

// Recursive descent with one token of lookahead, loosest operator first.
class Parser {
 public:
  explicit Parser(std::string_view query) : m_lexer(query), m_next(m_lexer.Next()) {}

  QueryNode Run() {
    if (m_next.type == Token::Type::End) throw QueryError(0, "the query is empty");
    QueryNode root = Or();
    if (m_next.type == Token::Type::Close) throw QueryError(m_next.offset, "\")\" has no \"(\" before it");
    return root;
  }

 private:
  Token Take() {
    Token token = std::move(m_next);
    m_next = m_lexer.Next();
    return token;
  }

  // After a binary operator: something it can join must follow.
  void NeedOperandAfter(const Token& op) const {
    if (!StartsOperand(m_next.type)) throw QueryError(op.offset, op.text + " needs a word or group after it");
  }

  // Several parts of one kind as one node; groups of the same kind inside are merged in.
  static QueryNode Join(Kind kind, std::vector<QueryNode> parts) {
    if (parts.size() == 1) return std::move(parts.front());
    QueryNode node;
    node.kind = kind;
    node.offset = parts.front().offset;
    for (QueryNode& part : parts) {
      if (part.kind == kind)
        std::move(part.children.begin(), part.children.end(), std::back_inserter(node.children));
      else
        node.children.push_back(std::move(part));
    }
    return node;
  }

  QueryNode Or() {
    std::vector<QueryNode> parts{And()};
    while (m_next.type == Token::Type::Or) {
      NeedOperandAfter(Take());
      parts.push_back(And());
    }
    return Join(Kind::Or, std::move(parts));
  }

  QueryNode And() {
    std::vector<QueryNode> parts{Chain()};
    for (;;) {
      if (m_next.type == Token::Type::And)
        NeedOperandAfter(Take());
      else if (!StartsOperand(m_next.type))
        break;
      parts.push_back(Chain());
    }
    return Join(Kind::And, std::move(parts));
  }

  QueryNode Chain() {
    QueryNode first = Unary();
    if (m_next.type != Token::Type::Near && m_next.type != Token::Type::Adj) return first;
    QueryNode node;
    node.kind = m_next.type == Token::Type::Near ? Kind::Near : Kind::Adj;
    node.distance = m_next.distance;
    node.offset = first.offset;
    node.children.push_back(std::move(first));
    const std::string opening = m_next.text;
    while (m_next.type == Token::Type::Near || m_next.type == Token::Type::Adj) {
      const Token op = Take();
      if ((op.type == Token::Type::Near) != (node.kind == Kind::Near))
        throw QueryError(op.offset, "NEAR and ADJ cannot be mixed in one chain");
      if (op.distance != node.distance)
        throw QueryError(op.offset, "one chain has one distance: " + op.text + " after " + opening);
      NeedOperandAfter(op);
      node.children.push_back(Unary());
    }
    return node;
  }

  QueryNode Unary() {
    if (m_next.type != Token::Type::Not && m_next.type != Token::Type::Minus) return Primary();
    const Token op = Take();
    if (m_next.type == Token::Type::Not || m_next.type == Token::Type::Minus)
      throw QueryError(m_next.offset, "NOT and \"-\" cannot be doubled");
    if (!StartsOperand(m_next.type)) {
      if (op.type == Token::Type::Minus)
        throw QueryError(op.offset, "\"-\" must stand right before what it leaves out, like -code:schaamte");
      throw QueryError(op.offset, "NOT needs something after it to leave out, like NOT code:schaamte");
    }
    QueryNode node;
    node.kind = Kind::Not;
    node.offset = op.offset;
    node.children.push_back(Primary());
    return node;
  }

  QueryNode Primary() {
    const Token token = Take();
    switch (token.type) {
      case Token::Type::Word: return Leaf(Kind::Word, token);
      case Token::Type::Phrase: return Leaf(Kind::Phrase, token);
      case Token::Type::Field: return Leaf(Kind::Field, token);
      case Token::Type::Open: return Group(token);
      case Token::Type::Close: throw QueryError(token.offset, "\")\" has no \"(\" before it");
      case Token::Type::End: throw QueryError(token.offset, "the query ends where a word was expected");
      default: throw QueryError(token.offset, token.text + " needs a word or group before it");
    }
  }

  QueryNode Group(const Token& open) {
    if (m_next.type == Token::Type::Close) throw QueryError(open.offset, "\"()\" holds nothing to search for");
    if (m_next.type == Token::Type::End) throw QueryError(open.offset, "\"(\" is never closed");
    if (++m_depth > kMaxDepth) throw QueryError(open.offset, "parentheses nest more than 100 deep");
    QueryNode inside = Or();
    if (m_next.type != Token::Type::Close) throw QueryError(open.offset, "\"(\" is never closed");
    Take();
    --m_depth;
    // A group starts at its "("; a lone word, phrase or field keeps its own place.
    if (inside.kind == Kind::And || inside.kind == Kind::Or || inside.kind == Kind::Near || inside.kind == Kind::Adj)
      inside.offset = open.offset;
    return inside;
  }

  Lexer m_lexer;
  Token m_next;
  std::size_t m_depth = 0;
};

// --- Where parts may stand -------------------------------------------------------------------

bool IsNot(const QueryNode& n) { return n.kind == Kind::Not; }

// An operand of NEAR/ADJ: a word, prefix or phrase, or an OR group of them.
void CheckProximityOperand(const QueryNode& node, const std::string& op) {
  const std::string joins = op + " joins words, prefixes, phrases and OR groups of them, not ";
  switch (node.kind) {
    case Kind::Word:
    case Kind::Phrase: return;
    case Kind::Or:
      for (const QueryNode& child : node.children) CheckProximityOperand(child, op);
      return;
    case Kind::Field: throw QueryError(node.offset, joins + "fields");
    case Kind::Not: throw QueryError(node.offset, joins + "NOT or \"-\"");
    case Kind::And: throw QueryError(node.offset, joins + "AND groups");
    case Kind::Near:
    case Kind::Adj: throw QueryError(node.offset, joins + "another NEAR or ADJ");
  }
}

// NOT only beside something to look for, inside an AND; NEAR/ADJ only over words.
void CheckPlacement(const QueryNode& node, const QueryNode* parent) {
  const char* const onlyExcludes = "says only what to leave out; add what to look for, like: last -code:schaamte";
  switch (node.kind) {
    case Kind::Not:
      if (!parent) throw QueryError(node.offset, std::string("the query ") + onlyExcludes);
      if (parent->kind == Kind::Or)
        throw QueryError(node.offset, "NOT and \"-\" cannot stand inside OR; put them beside the group: (a OR b) -c");
      if (parent->kind == Kind::Not) throw QueryError(node.offset, "NOT and \"-\" cannot be doubled");
      break;
    case Kind::And:
      if (std::all_of(node.children.begin(), node.children.end(), IsNot))
        throw QueryError(node.offset, std::string(parent ? "this group " : "the query ") + onlyExcludes);
      break;
    case Kind::Near:
    case Kind::Adj: {
      const std::string op = (node.kind == Kind::Near ? "NEAR/" : "ADJ/") + std::to_string(node.distance);
      for (const QueryNode& child : node.children) CheckProximityOperand(child, op);
      return;
    }
    default: break;
  }
  for (const QueryNode& child : node.children) CheckPlacement(child, &node);
}

// --- Writing ---------------------------------------------------------------------------------

int Tightness(Kind kind) {
  switch (kind) {
    case Kind::Or: return 1;
    case Kind::And: return 2;
    case Kind::Near:
    case Kind::Adj: return 3;
    case Kind::Not: return 4;
    default: return 5;
  }
}

// A field value as written: bare when it reads back the same, else in quotes.
std::string Value(const std::string& value) {
  bool bare = !value.empty();
  for (std::size_t pos = 0; pos < value.size() && bare;) {
    const char32_t c = text::DecodeNext(value, pos);
    bare = !IsBreak(c) && c != '*';
  }
  return bare ? value : "\"" + value + "\"";
}

}  // namespace

QueryError::QueryError(std::size_t offset, const std::string& message)
    : std::runtime_error("at character " + std::to_string(offset + 1) + ": " + message),
      m_offset(offset),
      m_message(message) {}

const std::vector<std::string>& QueryFields() {
  static const std::vector<std::string> fields = {"spreker", "rol", "regio", "groep",
                                                  "methode", "doc", "code",  "codeur"};
  return fields;
}

QueryNode ParseQuery(std::string_view query) {
  if (const auto bad = text::FindInvalidUtf8(query))
    throw QueryError(text::CountCodePoints(query.substr(0, *bad)), "the query is not valid UTF-8 here");
  QueryNode root = Parser(query).Run();
  CheckPlacement(root, nullptr);
  return root;
}

std::string ToString(const QueryNode& node) {
  // A child in parentheses when it binds no tighter than its parent.
  const auto part = [&node](const QueryNode& child) {
    return Tightness(child.kind) <= Tightness(node.kind) ? "(" + ToString(child) + ")" : ToString(child);
  };
  const auto joined = [&](const std::string& separator) {
    std::string out;
    for (const QueryNode& child : node.children) out += (out.empty() ? "" : separator) + part(child);
    return out;
  };
  switch (node.kind) {
    case Kind::Word: return node.text + (node.prefix ? "*" : "");
    case Kind::Phrase: return "\"" + node.text + "\"";
    case Kind::Field: return node.field + ":" + Value(node.text);
    case Kind::Not: return "-" + part(node.children.at(0));
    case Kind::And: return joined(" ");
    case Kind::Or: return joined(" OR ");
    case Kind::Near: return joined(" NEAR/" + std::to_string(node.distance) + " ");
    case Kind::Adj: return joined(" ADJ/" + std::to_string(node.distance) + " ");
  }
  return {};
}

}  // namespace duiding::search
