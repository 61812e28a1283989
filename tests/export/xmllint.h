// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

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

}  // namespace duiding::testing
