#pragma once
// XML serialization with indentation that never changes text: element-only
// content is indented, and an element holding text is written on one line
// with everything inside it exactly as is.
#include <functional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace editio {

// Where a document written in parts goes (a file, a string).
using TextSink = std::function<void(std::string_view)>;

// Writes the document (declaration, processing instructions, root) as UTF-8.
std::string serialize_xml(const pugi::xml_document& doc);

// Building trees to serialize: a child element `name` holding `text` (no text
// node when it is empty), and an attribute set only when its value is not empty.
namespace xml {
pugi::xml_node add(pugi::xml_node parent, const char* name, const std::string& text = {});
void set(pugi::xml_node n, const char* attr, const std::string& value);
}  // namespace xml

// One node and its subtree as serialize_xml writes it at `depth` (two spaces
// of indentation each): for documents written in parts.
void serialize_node(std::string& out, const pugi::xml_node& node, int depth, bool inline_mode = false);

void append_escaped(std::string& out, const char* text, bool attribute);

// Removes, in `node` and below, the whitespace serialize_node writes between
// the children of an element it indents, so that a tree it wrote, parsed
// back with its whitespace (corpus/tei_text.hpp, load_written_tei), can be
// written again at another depth, or compared with a copy written at another
// depth. An element was indented when it is not of text content and holds
// no text but that whitespace (each such node a line break and spaces);
// elements written on one line keep their text exactly.
void strip_layout(pugi::xml_node node);

}  // namespace editio
