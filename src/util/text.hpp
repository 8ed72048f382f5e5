#pragma once
// Editor's free text (manifest introductions, policies): blank lines separate
// paragraphs; line breaks inside a paragraph become spaces.
#include <string>
#include <vector>

namespace editio {

std::vector<std::string> split_paragraphs(const std::string& text);

// Runs of white space (space, tab, line ends) become one space; leading and
// trailing white space is dropped.
std::string squeeze_space(const std::string& s);

}  // namespace editio
