#pragma once
// XML serialization with indentation that never changes text: element-only
// content is indented, and an element holding text is written on one line
// with everything inside it exactly as is.
#include <pugixml.hpp>
#include <string>

namespace editio {

// Writes the document (declaration, processing instructions, root) as UTF-8.
std::string serialize_xml(const pugi::xml_document& doc);

void append_escaped(std::string& out, const char* text, bool attribute);

}  // namespace editio
