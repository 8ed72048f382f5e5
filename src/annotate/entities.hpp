#pragma once
// Places and organisations: finds the mentions of the gazetteer's entries in
// a document (names of several words, abbreviations, Russian inflection) and
// marks each as a PlaceName or OrgName span with the entry's id (the TEI's
// placeName/@ref, orgName/@ref). A form that fits several entries is marked
// without an id and warned about, with the candidates. The dateline places
// recognize_structure found get the id of the entry they name. Nothing here
// knows a corpus: the forms come from the gazetteer and the language rules.
#include <string>
#include <vector>

#include "edition/gazetteer.hpp"
#include "model/document.hpp"

namespace editio {

class EntityMatcher {
 public:
  // Builds the index of forms once; shared read-only by all documents.
  explicit EntityMatcher(const Gazetteer& gazetteer);

  // Adds PlaceName and OrgName spans to every block and note of the document
  // and fills Document::places and Document::orgs (ids in order of first
  // mention). Never inside a span that keeps annotations off (keeps_off).
  void annotate(Document& doc, Diagnostics& diags) const;

  // Per entry (by index in the gazetteer), the words its mentions are found
  // from: a document whose text holds none of them cannot name the entry
  // (the incremental build relies on it).
  std::vector<std::vector<std::string>> index_words() const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  const Gazetteer& gazetteer_;
};

}  // namespace editio
