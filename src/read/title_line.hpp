#pragma once
// A text's title when no one gave it: its first non-blank line, as `editio
// convert`, `editio init` and a [[document]] without a title take it.
#include <string>
#include <vector>

namespace editio {

// The first non-blank line of `lines` (decoded text), trimmed; a line of more
// than 100 characters is a paragraph, not a title: its first words (up to 80
// characters, cut at a space) and "…". Empty when every line is blank.
std::string first_line_title(const std::vector<std::string>& lines);

}  // namespace editio
