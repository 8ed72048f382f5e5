#pragma once
// The edition's own description (output/edition.xml): the data behind the
// index page and the whole-edition print, in the urn:x-editio namespace.
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "corpus/chronology.hpp"
#include "corpus/register.hpp"
#include "edition/manifest.hpp"
#include "render/formats.hpp"

namespace editio {

struct IndexedDocument {
  const DocumentEntry* entry;
  bool built;
  // What describe_source made of the document's TEI, serialized (empty or
  // null when none): its attributes and children go into the document's <document>.
  const std::string* source = nullptr;
  bool pdf = true;  // its PDF is there to be linked (with the pdf format)
};

// Describes the source of a written TEI document (load_written_tei) on `into`:
// @text-langs (the languages of its text) and a <source> child (what the TEI
// header says about the source: the list of sources of the whole-edition print).
// Done per document while its parsed TEI is at hand.
void describe_source(const pugi::xml_document& tei, pugi::xml_node into);

// The edition's description (output/edition.xml) up to its register: the
// edition and its documents, from the XML declaration to just before </edition>.
// The whole-edition PDF is linked when `book_pdf` (and the format is asked for).
std::string edition_index_head(const Edition& edition, const std::vector<IndexedDocument>& docs,
                               const std::set<Format>& formats, bool book_pdf = true);

// Writes the whole description to `out`: `head`, then, with a personography,
// the register of persons (build/register) in the order of `lang`; the
// chronology (build/chronology) when any document has a date; then </edition>.
// Written in parts: the register and the chronology come from the build's
// scratch file. False when that could not be read.
bool write_edition_index(const TextSink& out, const std::string& head, RegisterIndex* persons,
                         const std::string& lang, ChronologyIndex* dates);

}  // namespace editio
