#pragma once
// The edition's letters in the Correspondence Metadata Interchange Format
// (CMIF, the TEI Correspondence SIG's format that correspSearch harvests):
// output/cmif.xml. Made from the TEI each document WROTE, as the other
// indexes are: each correspDesc of its teiHeader becomes one correspDesc of
// the CMIF file, its persons and places given by authority URIs (the idno of
// the entry the @ref points to in the document's listPerson or listPlace:
// Wikidata, VIAF, GND, GeoNames, or an idno that is itself a URL); a
// correspondent or place without one keeps its name without @ref, as CMIF
// allows. Dates keep their Gregorian values only (CMIF's date has no
// *-custom attributes and no content).
#include <cstddef>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "edition/manifest.hpp"

namespace editio {

// The authority URI of an idno (type, value): the value when it is an
// http(s) URL; for the types Wikidata, VIAF, GND and GeoNames (any case) the
// authority's URI for the id; else empty.
std::string authority_uri(const std::string& type, const std::string& value);

class CmifWriter {
 public:
  explicit CmifWriter(const Edition& edition);

  // The letters of one document's written TEI (load_written_tei), each
  // pointing (@ref) to the document's page, and (@source) to the edition.
  void add_document(const std::string& doc_id, const pugi::xml_document& tei);

  std::size_t letters() const { return letters_; }

  // The whole file: teiHeader (fileDesc with the edition's title, editors,
  // publisher, the file's address, the date, the licence and the edition as
  // bibl type="online"; profileDesc with the letters) and an empty text.
  std::string xml() const;

 private:
  const Edition& edition_;
  pugi::xml_document doc_;
  pugi::xml_node profile_;
  std::size_t letters_ = 0;
};

}  // namespace editio
