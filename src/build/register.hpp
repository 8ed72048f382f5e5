#pragma once
// The register of persons: every mention of every person across the edition,
// gathered from the written TEI, and the persons sorted for the reader's
// language (ICU collation, not byte order).
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "edition/personography.hpp"

namespace editio {

struct Mention {
  std::string person;  // personography id
  std::string doc;     // document id
  std::string target;  // xml:id of the paragraph, heading, item or note that holds it
  std::string n;       // its number for display ("3", "n41"), may be empty
  std::string text;    // the form in the source
};

// The persName[@ref] of one TEI document's text (load_written_tei), in document order.
std::vector<Mention> collect_mentions(const pugi::xml_document& tei, const std::string& doc_id);

// Indexes of the persons in the order of their regular names in `lang`
// (surname first), by the collation rules of that language.
std::vector<int> register_order(const Personography& persons, const std::string& lang);

// Writes <persons> of the edition description (urn:x-editio) at `depth`,
// one person at a time (no tree of the whole register is built); `inline_mode`:
// no line breaks or indentation, as serialize_xml writes the inside of an inline element.
void write_register(std::string& out, int depth, bool inline_mode, const Personography& persons,
                    const std::vector<Mention>& mentions, const std::string& lang);

}  // namespace editio
