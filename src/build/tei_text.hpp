#pragma once
// The text of a written TEI element as the source has it: the editor's
// corrections (<corr>) and the notes placed at their call sites left out.
#include <string>

#include <pugixml.hpp>

namespace editio {

std::string source_reading(pugi::xml_node n);

// The same, and where the descendant `mark` begins in it (npos when absent).
std::string source_reading(pugi::xml_node n, pugi::xml_node mark, std::size_t& mark_at);

}  // namespace editio
