#pragma once
// What an edition is rendered as: the output formats a build makes, and the
// edition's settings handed to the LaTeX stylesheets.
#include <map>
#include <set>
#include <string>

namespace editio {

struct Edition;

enum class Format { Tei, Html, Tex, Pdf };

// Reads "tei,html,tex,pdf" (any of them, comma-separated) into `out`. False
// when the list names none, or names an unknown format (left in `bad`).
bool parse_formats(const std::string& list, std::set<Format>& out, std::string& bad);

// The parameters of the LaTeX stylesheets (xslt/latex/) for this edition:
// the index's language and the manifest's [print] settings.
std::map<std::string, std::string> latex_params(const Edition& edition);

}  // namespace editio
