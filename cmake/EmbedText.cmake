# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Duiding contributors
# Writes a C++ source whose function returns the bytes of a file, so data the team edits as a
# text file (the starter synonym list) is compiled in without a hand-kept copy. Run at build time:
#   cmake -DINPUT=<file> -DOUTPUT=<source.cpp> -DHEADER=<header declaring it>
#         -DFUNCTION=<namespace::Name> -P EmbedText.cmake
# FUNCTION is declared in HEADER as `std::string_view Name();`.
foreach(var INPUT OUTPUT HEADER FUNCTION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "EmbedText.cmake: -D${var}=... is missing")
  endif()
endforeach()

file(READ "${INPUT}" hex HEX)
if(hex STREQUAL "")
  message(FATAL_ERROR "EmbedText.cmake: ${INPUT} is empty")
endif()
# Twenty bytes a line.
string(LENGTH "${hex}" length)
set(bytes "")
foreach(offset RANGE 0 ${length} 40)
  string(SUBSTRING "${hex}" ${offset} 40 chunk)
  if(NOT chunk STREQUAL "")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1, " chunk "${chunk}")
    string(STRIP "${chunk}" chunk)
    string(APPEND bytes "\n    ${chunk}")
  endif()
endforeach()
string(REGEX REPLACE "^(.*)::([A-Za-z_][A-Za-z0-9_]*)$" "\\1" namespace "${FUNCTION}")
string(REGEX REPLACE "^(.*)::([A-Za-z_][A-Za-z0-9_]*)$" "\\2" name "${FUNCTION}")
cmake_path(GET INPUT FILENAME input_name)

file(CONFIGURE OUTPUT "${OUTPUT}" @ONLY CONTENT [=[
// Generated from @input_name@ by cmake/EmbedText.cmake at build time: edit the text file instead.
#include "@HEADER@"

namespace @namespace@ {
namespace {

constexpr unsigned char kBytes[] = {@bytes@
};

}  // namespace

std::string_view @name@() { return {reinterpret_cast<const char*>(kBytes), sizeof kBytes}; }

}  // namespace @namespace@
]=])
