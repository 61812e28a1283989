// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/store/temp_dir.h"

namespace duiding::testing {

/// What xmllint's HTML parser says is wrong with `html`, apart from the inline SVG element names
/// it reports as "Tag ... invalid" (libxml2 before 2.14 predates HTML5; it parses them all the
/// same). Empty when the page is fine. (No std::regex: GCC 12 with the sanitizers warns inside it.)
inline std::vector<std::string> HtmlProblems(const std::string& html) {
  const TempDir dir;
  const std::string page = dir.Write("report.html", html);
  const std::string log = dir.File("xmllint.log");
  const std::string command = std::string(DUIDING_XMLLINT) + " --html --noout '" + page + "' 2> '" + log + "'";
  if (std::system(command.c_str()) != 0) return {"xmllint did not run: " + command};
  const auto known = [](const std::string& line) {
    for (const char* tag : {"svg", "line", "rect", "text"})
      if (line.ends_with(std::string("HTML parser error : Tag ") + tag + " invalid")) return true;
    return false;
  };
  std::vector<std::string> problems;
  std::ifstream in(log);
  for (std::string line; std::getline(in, line);)
    if (line.find("error") != std::string::npos && !known(line)) problems.push_back(line);
  return problems;
}

/// A whole file's bytes.
inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

/// xmllint's verdict on `xml` against the schema `xsd` (never reaching for the network); on
/// failure, what xmllint said and the document.
inline ::testing::AssertionResult ValidAgainstXsd(const std::string& xml, const std::string& xsd) {
  const TempDir dir;
  const std::string file = dir.Write("document.xml", xml);
  const std::string command = std::string("'") + DUIDING_XMLLINT + "' --nonet --noout --schema '" + xsd + "' '" +
                              file + "' 2>'" + dir.File("xmllint.log") + "'";
  if (std::system(command.c_str()) == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "xmllint rejects it:\n" << ReadAll(dir.File("xmllint.log")) << xml;
}

}  // namespace duiding::testing
