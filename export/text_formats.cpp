// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "export/text_formats.h"

#include <charconv>

namespace duiding::exchange {

std::string XmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      if (i + 1 == text.size() || text[i + 1] != '\n') out += '\n';
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') {
      out += c;
    }
  }
  return out;
}

namespace {

std::string Escaped(std::string_view text, bool apostrophe) {
  std::string out;
  out.reserve(text.size());
  for (const char c : XmlText(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'':
        if (apostrophe) out += "&#39;";
        else out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string XmlEscape(std::string_view text) { return Escaped(text, false); }

std::string HtmlEscape(std::string_view text) { return Escaped(text, true); }

std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + CsvField(fields[i]);
  return line + "\n";
}

std::string Fixed(double value, int decimals) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string text = ec == std::errc() ? std::string(buffer, end) : std::string("?");
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

std::string TailOf(const std::string& label, std::size_t keep) {
  std::size_t points = 0, cut = label.size();
  for (std::size_t i = label.size(); i-- > 0;) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;
    if (++points > keep) return "\u2026" + label.substr(cut);
    cut = i;
  }
  return label;
}

std::string SvgText(double x, double y, const std::string& anchor, const std::string& text, const std::string& extra) {
  return "<text x=\"" + Fixed(x, 1) + "\" y=\"" + Fixed(y, 1) + "\" text-anchor=\"" + anchor + "\"" + extra + ">" +
         HtmlEscape(text) + "</text>\n";
}

}  // namespace duiding::exchange
