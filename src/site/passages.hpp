#pragma once
// The passages of the HTML edition's search: every addressable unit of a
// document's text (paragraph, heading, item, note...), gathered from the
// written TEI, with the xml:id the HTML page keeps as its anchor.
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace editio {

// One addressable unit of a document's text: a paragraph, heading, list item,
// note (a passage of its own, not part of the text around its call), verse
// line... anything that carries an xml:id, which the HTML page keeps as the id
// of the same unit.
struct Passage {
  std::string doc;     // document id
  std::string anchor;  // the unit's xml:id: the fragment of its place in the HTML page ("" for none)
  std::string label;   // kind and number for display: "p5" paragraph 5, "n41" note 41, "h" heading,
                       // "i3" item 3, "o" opener, "c" closer, "t" division ("t2" with a number),
                       // "x" any other unit ("x2" with a number)
  std::string lang;    // its language (xml:lang in scope)
  std::string text;    // the corrected reading (corr, reg, expan), white space collapsed
};

// The passages of one TEI document's <text>, in document order; units with no
// text are left out.
// (`tei` as load_written_tei parsed it; the string form parses it first.)
std::vector<Passage> collect_passages(const pugi::xml_document& tei, const std::string& doc_id);
std::vector<Passage> collect_passages(const std::string& tei, const std::string& doc_id);

}  // namespace editio
