#pragma once
// Reading the editor's TEI files (personography, gazetteer, organisations):
// positions of nodes as file:line:column, text of elements with whitespace
// normalized, and a parse that refuses what is not well-formed and warns
// about what pugixml will not expand. Shared by the loaders of edition/.
#include <cstddef>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "model/diagnostic.hpp"

namespace editio {

inline constexpr const char* kTei = "http://www.tei-c.org/ns/1.0";

// Maps byte offsets of the file to line:column (columns in bytes, 1-based).
class LineMap {
 public:
  explicit LineMap(const std::string& text);
  SourcePos at(std::ptrdiff_t offset) const;

 private:
  std::vector<std::size_t> starts_;
};

// An element's name without its prefix.
std::string local(const char* name);
// Runs of whitespace as one space, none at the ends.
std::string normalize_space(const std::string& s);
// The text of an element and its descendants.
std::string text_of(pugi::xml_node n);
// Whitespace with a line break between elements is layout; a space alone
// ("<surname>A</surname> <forename>B</forename>") is content. Comments go too:
// entries are copied into each document's header.
void drop_indentation(pugi::xml_node n);

// Parses `text` into `doc`: false (reported, `what` names the file: "the
// personography") when it is not well-formed XML or nests too deep to walk;
// an entity it will not expand is warned about.
bool load_xml(pugi::xml_document& doc, const std::string& path, const std::string& text, const LineMap& lines,
              const std::string& what, Diagnostics& diags);

}  // namespace editio
