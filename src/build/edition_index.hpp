#pragma once
// The edition's own description (output/edition.xml): the data behind the
// index page and the whole-edition print, in the urn:x-editio namespace.
#include <set>
#include <string>
#include <vector>

#include "build/build.hpp"
#include "build/chronology.hpp"
#include "build/register.hpp"
#include "edition/manifest.hpp"

namespace editio {

struct IndexedDocument {
  const DocumentEntry* entry;
  bool built;
  // The document's TEI as written (may be null or empty): its header gives the
  // <source> element (the list of sources of the whole-edition print) and its
  // text the languages used (@text-langs).
  const std::string* tei = nullptr;
};

// With a personography, the register of persons (build/register) is added;
// the chronology (build/chronology) when any document has a date. `dates` must be sorted.
std::string edition_index_xml(const Edition& edition, const std::vector<IndexedDocument>& docs,
                              const std::set<Format>& formats, const Personography* persons = nullptr,
                              const std::vector<Mention>& mentions = {},
                              const std::vector<DatedMention>& dates = {});

}  // namespace editio
