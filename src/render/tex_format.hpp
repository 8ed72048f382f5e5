#pragma once
// A format of the preamble every document shares: the class and the packages
// (everything of a .tex before its line "\csname endofdump\endcsname"),
// dumped once with mylatexformat and loaded by every XeLaTeX pass
// (xelatex -fmt=...), which then skips that part of the file. XeTeX cannot
// dump OpenType (fontspec) fonts: the font setup comes after the line, and
// while the format is made a font that a package selects is a TFM stand-in,
// forgotten before the dump, so that the PDF is the same with the format as
// without it.
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

// The line that ends the preloadable part of a .tex (xslt/latex/preamble.xsl).
inline const char* const kEndOfDump = "\\csname endofdump\\endcsname";

// The format for the .tex text `tex`: made in `dir` (named by a hash of the
// preamble and of the TeX installation, so that it is reused across builds
// and by every document with that preamble) unless it is there already.
// Returns what -fmt= takes (its path without ".fmt"), or "" when there is none:
// the .tex has no such line, `dir` is empty, $EDITIO_TEX_FORMAT is "off", or
// the format could not be made (then a warning against `label`, once per
// format and process). `env` is the environment XeLaTeX runs with.
std::string preamble_format(const std::string& tex, const std::string& dir, const std::string& xelatex,
                            const std::vector<std::string>& env, const std::string& label, Diagnostics& diags);

// The passes failed with the format `format` (as preamble_format returned
// it) and worked without it: it is removed, with a warning against `label`,
// and made again when next needed.
void forget_format(const std::string& format, const std::string& label, Diagnostics& diags);

}  // namespace editio
