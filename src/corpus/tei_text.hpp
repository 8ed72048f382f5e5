#pragma once
// The text of a written TEI element as the source has it: the editor's
// corrections (<corr>), the notes placed at their call sites and the other
// witnesses' readings (<rdg>: of a place of variation, the lemma) left out.
#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

namespace editio {

std::string source_reading(pugi::xml_node n);

// Parses a TEI document as the build wrote it, keeping white-space-only text
// between elements ("1931 году</date> <persName>": the space separates words).
// Parsed once per document and shared by the register, the chronology, the
// search index and the edition's description. False when it is not XML.
bool load_written_tei(pugi::xml_document& doc, const std::string& tei);

// The same, and where the descendant `mark` begins in it (npos when absent).
std::string source_reading(pugi::xml_node n, pugi::xml_node mark, std::size_t& mark_at);

// The source readings of the units of one document for many marks in them
// (the dates of a long paragraph): each unit's reading is made once, with
// where each of its elements begins, so that the marks of a unit cost time
// linear in the unit, not the unit's length for every mark. Marks are asked
// for in document order; a unit is forgotten once a mark lies outside it.
class UnitReadings {
 public:
  // source_reading(unit, mark, mark_at), from the cache.
  const std::string& reading(pugi::xml_node unit, pugi::xml_node mark, std::size_t& mark_at);

 private:
  struct Unit {
    pugi::xml_node node;
    std::string text;
    std::unordered_map<const void*, std::size_t> at;  // element -> where it begins in text
  };
  std::vector<Unit> open_;  // the units still in use, outermost first
};

// The unit a node of the text stands in (the register and the chronology link
// to it): its nearest ancestor with an xml:id, a paragraph, heading, item or
// note; null when there is none. `number` receives the unit's number for
// display: its @n, "n41" for note 41.
pugi::xml_node enclosing_unit(pugi::xml_node n, std::string& number);

}  // namespace editio
